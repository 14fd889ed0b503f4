package org.grenier.forecast.internal.drift;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.grenier.core.forecast.DriftPolicy;
import org.grenier.core.forecast.DriftReason;
import org.grenier.core.forecast.DriftReport;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.SalesHistory;
import org.grenier.core.forecast.TrainingWindow;

/**
 * Compares a recorded forecast run with the sales of the periods completed since it was trained. A period still
 * under way is left out: half a month's sales would read as a collapse in demand.
 */
public final class DriftCheck {

    /** The population stability index means little on fewer new values than it has bins. */
    private static final int PSI_MINIMUM = 10;

    private final DriftPolicy policy;

    public DriftCheck(DriftPolicy policy) {
        this.policy = policy;
    }

    public DriftReport check(ForecastRun run, SalesHistory sales, ZonedDateTime now) {
        TrainingWindow window = run.window();
        double[] since = completed(sales.after(window.lastPeriod()), window, now.toLocalDateTime());
        double[] forecast = run.forecast().mean();
        int compared = Math.min(since.length, forecast.length);
        double liveMase = liveMase(since, forecast, compared, window.naiveError());
        double backtestMase = run.chosenScore().map(score -> score.mase()).orElse(Double.NaN);
        PopulationStability reference = new PopulationStability(window.binEdges(), window.binShares());
        PopulationStability.Shift shift = since.length >= PSI_MINIMUM ? reference.measure(since) : null;
        double psi = shift == null ? Double.NaN : shift.index();

        List<DriftReason> reasons = new ArrayList<>();
        boolean errorsGrew = compared >= policy.minimumPeriods() && backtestMase > 0
                && liveMase > policy.errorRatio() * backtestMase;
        if (errorsGrew) {
            reasons.add(new DriftReason(DriftReason.Kind.ERROR_GREW, format("error on the %d periods since training "
                    + "(MASE %.2f) is over %.1f times the backtest's (%.2f)", compared, liveMase, policy.errorRatio(),
                    backtestMase), compared, liveMase, policy.errorRatio(), backtestMase));
        }
        boolean shifted = shift != null && shift.beyondNoise() > policy.psiLimit();
        if (shifted) {
            double chance = psi - shift.beyondNoise();
            reasons.add(new DriftReason(DriftReason.Kind.SALES_SHIFTED, format("sales have shifted from the training "
                    + "history (stability index %.2f over %d new periods, where chance alone reaches %.2f; limit %.2f "
                    + "above that)", psi, since.length, chance, policy.psiLimit()), psi, since.length, chance,
                    policy.psiLimit()));
        }
        boolean stale = !run.trainedAt().plus(policy.retrainEvery()).isAfter(now.toInstant());
        if (stale) {
            long days = policy.retrainEvery().toDays();
            reasons.add(new DriftReason(DriftReason.Kind.TRAINED_LONG_AGO, "trained more than " + days + " days ago",
                    days));
        }
        boolean exhausted = !window.forecastPeriod(forecast.length + 1).isAfter(now.toLocalDateTime());
        if (exhausted) {
            reasons.add(new DriftReason(DriftReason.Kind.FORECAST_PASSED, "every period of the forecast has passed"));
        }
        boolean degraded = errorsGrew || shifted;
        return new DriftReport(run.series(), run.id(), run.trainedAt(), compared, liveMase, backtestMase, psi,
                degraded, degraded || stale || exhausted, reasons);
    }

    /** The new periods whose end has passed by {@code now}. */
    private static double[] completed(double[] since, TrainingWindow window, LocalDateTime now) {
        int complete = 0;
        while (complete < since.length && !window.forecastPeriod(complete + 2).isAfter(now)) {
            complete++;
        }
        return Arrays.copyOf(since, complete);
    }

    private static double liveMase(double[] actual, double[] forecast, int compared, double scale) {
        if (compared == 0 || !(scale > 0)) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < compared; i++) {
            sum += Math.abs(actual[i] - forecast[i]);
        }
        return sum / compared / scale;
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
