package org.grenier.forecast.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.SalesHistory;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.core.forecast.TrainingCost;
import org.grenier.core.forecast.TrainingPlan;
import org.grenier.core.forecast.TrainingWindow;
import org.grenier.forecast.internal.backtest.BatchBacktest;
import org.grenier.forecast.internal.backtest.RollingOrigin;
import org.grenier.forecast.internal.drift.PopulationStability;
import org.grenier.forecast.internal.model.BatchForecaster;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.model.Prediction;
import org.grenier.forecast.internal.model.UnfitSeries;
import org.grenier.forecast.internal.ops.Footprint;

/**
 * Trains one series for the registry: backtests the candidates over rolling origins, keeps the method asked for or,
 * when the choice is automatic, the candidate with the lowest backtest MASE, fits it on the whole history and
 * forecasts.
 */
final class SeriesTraining {

    private final MethodCatalogue catalogue;
    private final TrainingPlan plan;
    private final ComputeLimits limits;

    /** Training for the plan, each series on one thread within {@code limits}' memory. */
    SeriesTraining(MethodCatalogue catalogue, TrainingPlan plan, ComputeLimits limits) {
        this.catalogue = catalogue;
        this.plan = plan;
        this.limits = limits;
    }

    /** Trains the series and measures what it cost: the whole training, the final fit alone, and memory. */
    ForecastRun train(SalesHistory history, Instant now) {
        Footprint.Measured<Trained> trained = Footprint.measure(() -> trainUnmeasured(history, now));
        return trained.value().run().withCost(new TrainingCost(trained.millis(), trained.value().fitMillis(),
                trained.allocatedBytes()));
    }

    /** A run and how long its final fit took. */
    private record Trained(ForecastRun run, long fitMillis) {
    }

    private Trained trainUnmeasured(SalesHistory history, Instant now) {
        boolean automatic = ForecastEngine.AUTO.equals(plan.method());
        List<BacktestScore> scores = backtest(history, automatic ? candidates(history.series())
                : List.of(plan.method()));
        List<BacktestScore> complete = scores.stream().filter(score -> score.forecasts() == plan.origins())
                .sorted(Comparator.comparingDouble(BacktestScore::mase)).toList();
        String chosen;
        String reason;
        if (!automatic) {
            chosen = plan.method();
            reason = "method " + chosen + " asked for";
        } else if (complete.isEmpty()) {
            chosen = ForecastEngine.AUTO;
            reason = "history of " + history.series().length() + " periods too short to backtest " + plan.origins()
                    + " origins of " + plan.horizon() + "; kept the automatic method";
        } else {
            chosen = complete.get(0).method();
            reason = choiceReason(complete);
        }
        Footprint.Measured<BatchForecaster.Fit> measured = Footprint.measure(() -> fit(chosen, history.series()));
        BatchForecaster.Fit fit = measured.value();
        SeriesForecast f = fit.forecast();
        if (plan.seesHolidays()) {
            reason = reason + "; holidays " + plan.holidays();
        }
        SeriesForecast forecast = new SeriesForecast(f.series(), f.model(), f.mean(), f.lo80(), f.hi80(), f.lo95(),
                f.hi95(), f.reason().isBlank() ? reason : reason + "; " + f.reason());
        return new Trained(new ForecastRun(0, 0, history.series().name(), now, plan.method(), chosen, window(history),
                forecast, fit.parameters(), scores, false), measured.millis());
    }

    /** The plan's candidates, and for a slow mover (a third of its periods without sales or more) SBA and TSB. */
    private List<String> candidates(DemandSeries series) {
        long empty = Arrays.stream(series.values()).filter(v -> v == 0).count();
        if (empty * 3 < series.length()) {
            return plan.candidates();
        }
        List<String> names = new ArrayList<>(plan.candidates());
        List.of("sba", "tsb").stream().filter(name -> !names.contains(name)).forEach(names::add);
        return names;
    }

    /** The chosen method fitted on the whole history, its forecast and parameters. */
    private BatchForecaster.Fit fit(String name, DemandSeries series) {
        Optional<BatchForecaster> batch = catalogue.batch(name);
        if (batch.isPresent()) {
            Result<BatchForecaster.Fit> fit = batch.get().forecastAll(List.of(series), plan.horizon(), limits,
                    new NullProgressMonitor()).get(0);
            if (fit.failed()) {
                throw new UnfitSeries(fit.message());
            }
            return fit.value();
        }
        FittedModel model = method(name).fit(series.values(), series.frequency().seasonPeriod());
        Prediction p = model.forecast(plan.horizon());
        return new BatchForecaster.Fit(new SeriesForecast(series.name(), model.name(), p.mean(), p.lo80(), p.hi80(),
                p.lo95(), p.hi95(), ""), model.parameters());
    }

    private List<BacktestScore> backtest(SalesHistory history, List<String> names) {
        List<BacktestScore> scores = new ArrayList<>();
        for (String name : names) {
            Optional<BatchForecaster> batch = catalogue.batch(name);
            if (batch.isPresent()) {
                scores.add(BatchBacktest.run(batch.get(), List.of(history.series()), plan.horizon(), plan.origins(),
                        limits, new NullProgressMonitor()));
            } else {
                RollingOrigin backtest = new RollingOrigin(plan.horizon(), plan.origins(), List.of(method(name)));
                backtest.run(0, history.series());
                scores.addAll(backtest.scores());
            }
        }
        return scores.stream().filter(score -> score.forecasts() > 0).toList();
    }

    private ForecastMethod method(String name) {
        return catalogue.find(name).orElseThrow(() -> new UnfitSeries("Unknown forecasting method '" + name
                + "'; known: " + String.join(", ", catalogue.names())));
    }

    private String choiceReason(List<BacktestScore> ranked) {
        BacktestScore best = ranked.get(0);
        String others = ranked.stream().skip(1).map(score -> score.method() + " " + twoDecimals(score.mase()))
                .collect(Collectors.joining(", "));
        return "chose " + best.method() + ": lowest backtest MASE (" + twoDecimals(best.mase()) + ") over "
                + plan.origins() + " origins of " + plan.horizon() + " periods" + (others.isEmpty() ? ""
                        : "; " + others);
    }

    private TrainingWindow window(SalesHistory history) {
        double[] values = history.series().values();
        PopulationStability bins = PopulationStability.of(values);
        return new TrainingWindow(history.frequency(), history.firstPeriod(), history.lastPeriod(), values.length,
                RollingOrigin.naiveError(values, history.frequency().seasonPeriod()), bins.edges(), bins.shares());
    }

    private static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static List<String> unknown(MethodCatalogue catalogue, TrainingPlan plan) {
        List<String> unknown = new ArrayList<>();
        List<String> names = new ArrayList<>(plan.candidates());
        names.add(plan.method());
        for (String name : names) {
            if (!catalogue.knows(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }
}
