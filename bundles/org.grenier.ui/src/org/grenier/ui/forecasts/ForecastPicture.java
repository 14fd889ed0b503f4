package org.grenier.ui.forecasts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import java.text.NumberFormat;

import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.ForecastServing.ServedForecast;
import org.grenier.core.forecast.TrainingCost;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.ui.Messages;
import org.grenier.ui.charts.ChartCanvas;
import org.grenier.ui.charts.ForecastCharts;

/** The chart and caption of the Forecasts part, from a view read in the background. */
final class ForecastPicture {

    private ForecastPicture() {
    }

    static void draw(ChartCanvas chart, ForecastView view) {
        if (view.history() == null) {
            chart.clear();
            return;
        }
        int from = Math.max(0, view.history().series().length() - ForecastView.PERIODS_SHOWN);
        ForecastCharts.History history = new ForecastCharts.History(view.historyPeriods(from),
                Arrays.copyOfRange(view.history().series().values(), from, view.history().series().length()));
        ForecastCharts.Forecast forecast = view.active().map(ForecastPicture::forecast).orElse(null);
        String title = NLS.bind(Messages.Forecasts_ChartTitle, view.product(),
                Labels.frequency(view.history().frequency()));
        ForecastCharts.show(chart, title, Messages.Forecasts_Quantity, history, forecast, new ForecastCharts.Legend(
                Messages.Forecasts_Sold, Messages.Forecasts_Band95, Messages.Forecasts_Band80));
    }

    private static ForecastCharts.Forecast forecast(ForecastRun run) {
        SeriesForecast f = run.forecast();
        Instant[] periods = new Instant[f.horizon()];
        for (int step = 1; step <= periods.length; step++) {
            periods[step - 1] = run.window().forecastPeriod(step).atZone(ZoneId.systemDefault()).toInstant();
        }
        return new ForecastCharts.Forecast(periods, f.mean(), f.lo80(), f.hi80(), f.lo95(), f.hi95());
    }

    static String caption(ForecastView view) {
        if (view.problem() != null) {
            return view.problem();
        }
        if (view.product() == null) {
            return Messages.Forecasts_NoSales;
        }
        String caption = view.active().map(run -> NLS.bind(Messages.Forecasts_Caption, new Object[] {
            ModelWords.of(run.forecast().model()), run.version(), Labels.choice(run)}))
                .orElse(Messages.Forecasts_NotTrained);
        return view.served() == null ? caption : caption + "\n" + served(view.served());
    }

    /** How the forecast reached the part and what producing it cost: model operations, where the planner looks. */
    private static String served(ServedForecast served) {
        NumberFormat decimal = NumberFormat.getNumberInstance();
        decimal.setMaximumFractionDigits(1);
        TrainingCost cost = served.run().cost();
        return NLS.bind(Messages.Forecasts_Served, new Object[] {decimal.format(served.millis()),
            served.cached() ? Messages.Forecasts_FromCache : Messages.Forecasts_FromRegistry,
            cost.measured() ? decimal.format(cost.trainingMillis()) : "-",
            cost.measured() ? decimal.format(cost.allocatedMegabytes()) : "-"});
    }
}
