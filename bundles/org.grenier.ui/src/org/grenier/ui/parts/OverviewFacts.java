package org.grenier.ui.parts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grenier.core.Result;
import org.grenier.core.forecast.AccuracyCheck;
import org.grenier.core.forecast.RunRecord;
import org.grenier.core.sensors.Alert;
import org.grenier.core.store.ImportBatch;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreSummary;

/**
 * What the overview says of the store, read in the background: its counts, the last import, the open alerts, and
 * how well the active forecasts did in their back-tests and their latest checks.
 *
 * @param lastImport     the newest import still in the store
 * @param refusedImports the imports still in the store that refused rows
 * @param openAlerts     alerts nobody has acknowledged, newest first (at most {@link #ALERTS_READ})
 * @param forecastSeries products with an active forecast
 * @param medianMase     the median back-test MASE of the active forecasts (NaN without any)
 * @param drifting       products whose latest accuracy check found the forecast degraded
 */
record OverviewFacts(StoreSummary summary, Optional<ImportBatch> lastImport, long refusedImports,
        List<Alert> openAlerts, int forecastSeries, double medianMase, Optional<Instant> lastTrained,
        List<String> drifting) {

    static final int ALERTS_READ = 100;

    static Result<OverviewFacts> read(Store store) {
        try {
            StoreSummary summary = store.summary().orElseThrow();
            List<ImportBatch> kept = store.imports().batches().orElseThrow().stream().filter(b -> !b.undone()).toList();
            List<Alert> alerts = store.sensors().alerts(true, ALERTS_READ).orElseThrow();
            List<RunRecord> active = store.forecasts().records().orElseThrow().stream().filter(RunRecord::active)
                    .toList();
            return Result.ok(new OverviewFacts(summary,
                    kept.stream().max(Comparator.comparing(ImportBatch::importedAt)),
                    kept.stream().filter(b -> b.rejected() > 0).count(), alerts,
                    (int) active.stream().map(RunRecord::series).distinct().count(), median(active),
                    active.stream().map(RunRecord::trainedAt).max(Comparator.naturalOrder()),
                    drifting(store.forecasts().checks().orElseThrow())));
        } catch (RuntimeException e) {
            return Result.error(e.getMessage());
        }
    }

    private static double median(List<RunRecord> active) {
        double[] mase = active.stream().mapToDouble(RunRecord::backtestMase).filter(Double::isFinite).sorted()
                .toArray();
        if (mase.length == 0) {
            return Double.NaN;
        }
        return mase.length % 2 == 1 ? mase[mase.length / 2] : (mase[mase.length / 2 - 1] + mase[mase.length / 2]) / 2;
    }

    /** The products whose most recent check says degraded: an older bad check since retrained does not count. */
    private static List<String> drifting(List<AccuracyCheck> checks) {
        Map<String, AccuracyCheck> latest = checks.stream().collect(Collectors.toMap(AccuracyCheck::series,
                Function.identity(), (a, b) -> a.checkedAt().isAfter(b.checkedAt()) ? a : b));
        return latest.values().stream().filter(AccuracyCheck::degraded).map(AccuracyCheck::series).sorted().toList();
    }
}
