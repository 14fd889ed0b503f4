package org.grenier.ui.forecasts;

import org.eclipse.osgi.util.NLS;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DriftReason;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.Frequency;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;

/** Forecast periods, drift reasons and why a model was chosen, in the user's language and number format. */
final class Labels {

    private Labels() {
    }

    static String frequency(Frequency frequency) {
        return switch (frequency) {
            case YEARLY -> Messages.Frequency_Yearly;
            case QUARTERLY -> Messages.Frequency_Quarterly;
            case MONTHLY -> Messages.Frequency_Monthly;
            case WEEKLY -> Messages.Frequency_Weekly;
            case DAILY -> Messages.Frequency_Daily;
            case HOURLY -> Messages.Frequency_Hourly;
            case HALF_HOURLY -> Messages.Frequency_HalfHourly;
        };
    }

    static String[] frequencies(Frequency... frequencies) {
        String[] labels = new String[frequencies.length];
        for (int i = 0; i < frequencies.length; i++) {
            labels[i] = frequency(frequencies[i]);
        }
        return labels;
    }

    /** A reason to retrain, worded from its numbers (the stored English wording is the command line's). */
    static String reason(DriftReason reason) {
        return switch (reason.kind()) {
            case ERROR_GREW -> NLS.bind(Messages.Drift_ErrorGrew, new Object[] {whole(reason.value(0)),
                Numbers.number(reason.value(1), 2), Numbers.number(reason.value(2), 1), Numbers.number(reason.value(3), 2)});
            case SALES_SHIFTED -> NLS.bind(Messages.Drift_SalesShifted, new Object[] {Numbers.number(reason.value(0), 2),
                whole(reason.value(1)), Numbers.number(reason.value(2), 2), Numbers.number(reason.value(3), 2)});
            case TRAINED_LONG_AGO -> NLS.bind(Messages.Drift_TrainedLongAgo, whole(reason.value(0)));
            case FORECAST_PASSED -> Messages.Drift_ForecastPassed;
        };
    }

    /** Why the run's model was chosen: asked for, the best of the backtest, or kept for want of history. */
    static String choice(ForecastRun run) {
        if (!ForecastEngine.AUTO.equals(run.asked())) {
            return NLS.bind(Messages.Forecasts_ChosenAsked, run.asked());
        }
        return run.candidates().stream().filter(score -> score.method().equals(run.chosen())).findFirst()
                .map(BacktestScore::mase).map(mase -> NLS.bind(Messages.Forecasts_ChosenBest,
                        Numbers.number(mase, 2), run.candidates().size()))
                .orElse(Messages.Forecasts_ChosenUntested);
    }

    private static String whole(double value) {
        return Numbers.number(value, 0);
    }
}
