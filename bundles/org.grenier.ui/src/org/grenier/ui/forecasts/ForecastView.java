package org.grenier.ui.forecasts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.forecast.DriftPolicy;
import org.grenier.core.forecast.DriftReport;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.ForecastServing;
import org.grenier.core.forecast.ForecastServing.ServedForecast;
import org.grenier.core.forecast.ForecastTraining;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.SalesHistory;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.store.Store;

/**
 * What the Forecasts part shows, read in the background: the products sold, the chosen product's sales history and
 * forecast runs, and the drift check of every product with a forecast. The active forecast comes through the serving
 * cache ({@code served}, null when the product has none or no serving service runs), timed.
 */
record ForecastView(List<String> products, String product, SalesHistory history, List<ForecastRun> runs,
        List<DriftReport> drift, String problem, ServedForecast served) {

    /** Sales periods drawn before the forecast: enough to see a season or two, not so many the forecast is a sliver. */
    static final int PERIODS_SHOWN = 104;

    Optional<ForecastRun> active() {
        if (served != null) {
            return Optional.of(served.run());
        }
        return runs.stream().filter(ForecastRun::active).findFirst();
    }

    /**
     * Reads the view of {@code wanted} (or the first product sold). {@code knownDrift} is the drift list read before,
     * reused when only the product changed, since checking drift reads every product's sales; null reads it again.
     */
    static ForecastView read(Store store, ForecastTraining training, ForecastServing serving, String wanted,
            Frequency frequency, List<DriftReport> knownDrift) {
        Result<List<String>> sold = store.skusSold();
        if (sold.failed()) {
            return failed(sold.message());
        }
        List<String> products = sold.value();
        if (products.isEmpty()) {
            return new ForecastView(products, null, null, List.of(), List.of(), null, null);
        }
        String product = wanted != null && products.contains(wanted) ? wanted : products.get(0);
        ServedForecast served = serving == null ? null : serving.serve(store, product).asOptional().orElse(null);
        Result<List<ForecastRun>> runs = store.forecasts().runs(product);
        if (runs.failed()) {
            return failed(runs.message());
        }
        Frequency shown = Optional.ofNullable(served).map(ServedForecast::run)
                .or(() -> runs.value().stream().filter(ForecastRun::active).findFirst())
                .map(run -> run.window().frequency()).orElse(frequency);
        Result<List<SalesObservation>> sales = store.sales(product);
        if (sales.failed()) {
            return failed(sales.message());
        }
        SalesHistory history = SalesHistory.of(product, sales.value(), shown, ZoneId.systemDefault());
        List<DriftReport> drift = knownDrift != null ? knownDrift : drift(store, training);
        return new ForecastView(products, product, history, runs.value(), drift, null, served);
    }

    private static List<DriftReport> drift(Store store, ForecastTraining training) {
        List<DriftReport> reports = new ArrayList<>();
        if (training == null) {
            return reports;
        }
        ZonedDateTime now = ZonedDateTime.now();
        for (String series : store.forecasts().series().asOptional().orElse(List.of())) {
            training.drift(store, series, now, DriftPolicy.WEEKLY).asOptional().ifPresent(reports::add);
        }
        return reports;
    }

    private static ForecastView failed(String message) {
        return new ForecastView(List.of(), null, null, List.of(), List.of(), message, null);
    }

    /** The start of each period of the history's last {@link #PERIODS_SHOWN}, as instants. */
    Instant[] historyPeriods(int from) {
        Instant[] periods = new Instant[history.series().length() - from];
        for (int i = 0; i < periods.length; i++) {
            periods[i] = history.periodStart(from + i).atZone(ZoneId.systemDefault()).toInstant();
        }
        return periods;
    }
}
