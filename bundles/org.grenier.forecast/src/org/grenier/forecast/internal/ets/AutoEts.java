package org.grenier.forecast.internal.ets;

import java.util.ArrayList;
import java.util.List;

import org.grenier.forecast.internal.ets.EtsSpec.Season;
import org.grenier.forecast.internal.ets.EtsSpec.Trend;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.model.UnfitSeries;

/**
 * Automatic exponential smoothing: fits every admissible member of the family and keeps the one with the lowest
 * AICc. Like Hyndman et al.'s {@code ets()}, it leaves out additive errors with a multiplicative season (numerically
 * unstable) and multiplicative trends; multiplicative parts need positive data, seasons two full cycles.
 */
public final class AutoEts implements ForecastMethod {

    @Override
    public String methodName() {
        return "ets";
    }

    @Override
    public FittedModel fit(double[] history, int seasonPeriod) {
        return best(history, candidates(history, seasonPeriod));
    }

    /** Fits the one model given, e.g. {@code ETS(A,N,N)} for simple exponential smoothing. */
    public static EtsModel fitOne(EtsSpec spec, double[] history) {
        EtsModel model = new EtsSearch(spec, history).fit();
        if (model == null) {
            throw new UnfitSeries(spec.label() + " found no admissible parameters for this series");
        }
        return model;
    }

    /** The level smoothing parameter of a model this class fitted. */
    public static double alphaOf(FittedModel model) {
        return ((EtsModel) model).alpha();
    }

    static FittedModel best(double[] y, List<EtsSpec> specs) {
        EtsModel best = null;
        for (EtsSpec spec : specs) {
            EtsModel model = new EtsSearch(spec, y).fit();
            if (model != null && Double.isFinite(model.aicc()) && (best == null || model.aicc() < best.aicc())) {
                best = model;
            }
        }
        if (best == null) {
            throw new UnfitSeries("No exponential smoothing model fits a series of " + y.length + " values");
        }
        return best;
    }

    static List<EtsSpec> candidates(double[] y, int period) {
        if (y.length < 3) {
            throw new UnfitSeries("Exponential smoothing needs at least 3 past values; the series has " + y.length);
        }
        boolean positive = allPositive(y);
        boolean seasonal = period > 1 && y.length >= 2 * period;
        List<EtsSpec> specs = new ArrayList<>();
        for (boolean multiplicativeError : positive ? new boolean[] { false, true } : new boolean[] { false }) {
            for (Trend trend : Trend.values()) {
                for (Season season : Season.values()) {
                    boolean admissible = season == Season.NONE || seasonal;
                    admissible &= season != Season.MULTIPLICATIVE || (positive && multiplicativeError);
                    EtsSpec spec = new EtsSpec(multiplicativeError, trend, season, season == Season.NONE ? 1 : period);
                    if (admissible && y.length > spec.parameterCount() + 1) {
                        specs.add(spec);
                    }
                }
            }
        }
        if (specs.isEmpty()) {
            specs.add(new EtsSpec(false, Trend.NONE, Season.NONE, 1));
        }
        return specs;
    }

    private static boolean allPositive(double[] y) {
        for (double value : y) {
            if (!(value > 0)) {
                return false;
            }
        }
        return true;
    }
}
