package org.grenier.forecast.internal.arima;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.model.UnfitSeries;

/**
 * Automatic ARIMA, after Hyndman &amp; Khandakar (2008): differencing by tests, then a stepwise search over
 * (p,q)(P,Q) and the constant that moves one order at a time from the best model so far while the AICc improves.
 */
public final class AutoArima implements ForecastMethod {

    private static final int MAX_P = 5, MAX_Q = 5, MAX_SEASONAL = 2, MAX_MODELS = 94;

    @Override
    public String methodName() {
        return "arima";
    }

    @Override
    public FittedModel fit(double[] history, int seasonPeriod) {
        if (history.length < 4) {
            throw new UnfitSeries("ARIMA needs at least 4 past values; the series has " + history.length);
        }
        int period = Math.max(1, seasonPeriod);
        int seasonalD = Differencing.seasonal(history, period);
        double[] seasonallyDifferenced = Polynomials.apply(Polynomials.difference(period, seasonalD), history);
        int d = Differencing.regular(seasonallyDifferenced);
        boolean seasonal = period > 1 && history.length >= 2 * period + 2;
        return new Search(history, period, d, seasonalD, seasonal).run();
    }

    /** One stepwise search, remembering every model it fitted. */
    private static final class Search {

        private final double[] y;
        private final Map<ArimaOrder, ArimaModel> fitted = new HashMap<>();
        private final ArimaOrder base;
        private final boolean seasonal;
        private ArimaModel best;

        Search(double[] y, int period, int d, int seasonalD, boolean seasonal) {
            this.y = y;
            this.seasonal = seasonal;
            this.base = new ArimaOrder(0, d, 0, 0, seasonal ? seasonalD : 0, 0, seasonal ? period : 1, d + seasonalD <= 1);
        }

        FittedModel run() {
            int s = seasonal ? 1 : 0;
            boolean constant = base.constant();
            for (ArimaOrder start : List.of(base.with(2, 2, s, s, constant), base.with(0, 0, 0, 0, constant),
                    base.with(1, 0, s, 0, constant), base.with(0, 1, 0, s, constant), base.with(0, 0, 0, 0, false))) {
                consider(start);
            }
            boolean improved = best != null;
            while (improved && fitted.size() < MAX_MODELS) {
                improved = false;
                for (ArimaOrder neighbour : neighbours(best.order())) {
                    if (consider(neighbour)) {
                        improved = true;
                        break;
                    }
                }
            }
            if (best == null) {
                throw new UnfitSeries("No ARIMA model fits a series of " + y.length + " values");
            }
            return best;
        }

        /** Fits an order not tried yet; true when it became the best. */
        private boolean consider(ArimaOrder order) {
            if (fitted.containsKey(order) || order.p() > MAX_P || order.q() > MAX_Q
                    || order.seasonalP() > MAX_SEASONAL || order.seasonalQ() > MAX_SEASONAL) {
                return false;
            }
            ArimaModel model = new ArimaFit(order, y).fit();
            fitted.put(order, model);
            if (model != null && Double.isFinite(model.aicc()) && (best == null || model.aicc() < best.aicc())) {
                best = model;
                return true;
            }
            return false;
        }

        private List<ArimaOrder> neighbours(ArimaOrder o) {
            List<ArimaOrder> next = new ArrayList<>();
            int[][] steps = { { -1, 0, 0, 0 }, { 1, 0, 0, 0 }, { 0, -1, 0, 0 }, { 0, 1, 0, 0 }, { -1, -1, 0, 0 },
                    { 1, 1, 0, 0 }, { 0, 0, -1, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, -1 }, { 0, 0, 0, 1 },
                    { 0, 0, -1, -1 }, { 0, 0, 1, 1 } };
            for (int[] step : steps) {
                int p = o.p() + step[0], q = o.q() + step[1];
                int seasonalP = o.seasonalP() + step[2], seasonalQ = o.seasonalQ() + step[3];
                boolean seasonalStep = step[2] != 0 || step[3] != 0;
                if (p >= 0 && q >= 0 && seasonalP >= 0 && seasonalQ >= 0 && (seasonal || !seasonalStep)) {
                    next.add(o.with(p, q, seasonalP, seasonalQ, o.constant()));
                }
            }
            if (o.d() + o.seasonalD() <= 1) {
                next.add(o.with(o.p(), o.q(), o.seasonalP(), o.seasonalQ(), !o.constant()));
            }
            return next;
        }
    }
}
