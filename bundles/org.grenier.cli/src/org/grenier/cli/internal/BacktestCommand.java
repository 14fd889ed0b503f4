package org.grenier.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.calendar.Holidays;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.Frequency;

/** {@code grenier backtest --input FILE.csv --horizon H}: how well each method would have forecast the past. */
final class BacktestCommand implements Command {

    private static final String DEFAULT_METHODS = "auto,ets,arima,theta,combo,snaive,naive";

    private final Services services;

    BacktestCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "backtest";
    }

    @Override
    public String summary() {
        return "score forecasting methods on the past of a CSV file's series (rolling origin)";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier backtest --input FILE.csv --horizon H [--origins K] [--methods M,M...]
                                        [--frequency F] [--holidays fr|ca|ca-qc] [--events FILE]
                                        [--threads N] [--output FILE]

                Each method forecasts each series from K successive cut-off points (default 3), the
                last one H periods before the end, seeing only the values before its cut-off, and is
                scored on what followed: MASE, sMAPE (%), RMSE, bias (forecast minus actual) and the
                share of actual values inside the 80 % and 95 % intervals. FILE.csv is read as by
                'grenier forecast'. Methods: %s by default.""".formatted(DEFAULT_METHODS);
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<ForecastEngine> engine = services.find(ForecastEngine.class);
        if (engine.isEmpty()) {
            err.println("grenier backtest: the forecasting service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        if (invocation.option("--input").isEmpty() || invocation.option("--horizon").isEmpty()) {
            err.println("grenier backtest: give --input FILE.csv and --horizon H. Run 'grenier backtest --help'.");
            return ExitCodes.USAGE;
        }
        try {
            int horizon = ForecastInput.positive(invocation.option("--horizon").get(), "--horizon");
            int origins = ForecastInput.positive(invocation.option("--origins").orElse("3"), "--origins");
            int threads = ForecastInput.threads(services, invocation);
            List<String> methods = Arrays.stream(invocation.option("--methods").orElse(DEFAULT_METHODS).split(","))
                    .map(String::trim).filter(name -> !name.isEmpty()).toList();
            Optional<Frequency> frequency = ForecastInput.frequencyOption(invocation);
            Holidays holidays = ForecastInput.holidaysOption(invocation);
            ForecastInput file = ForecastInput.read(Path.of(invocation.option("--input").get()));
            List<DemandSeries> series = file.series().stream()
                    .map(history -> history.demand(frequency, file.regressorNames(), holidays)).toList();
            Result<List<BacktestScore>> scores = engine.get().backtest(series, horizon, origins, methods, threads,
                    new NullProgressMonitor());
            if (scores.failed()) {
                err.println("grenier backtest: " + scores.message());
                return ExitCodes.USAGE;
            }
            print(out, scores.value());
            return scores.value().stream().anyMatch(score -> score.forecasts() > 0) ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (IllegalArgumentException | ForecastInput.BadInput e) {
            err.println("grenier backtest: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("grenier backtest: cannot read " + invocation.option("--input").get() + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static void print(PrintStream out, List<BacktestScore> scores) {
        out.printf(Locale.ROOT, "%-8s %7s %9s %7s %7s %12s %12s %7s %7s%n", "method", "series", "forecasts", "MASE",
                "sMAPE", "RMSE", "bias", "in 80%", "in 95%");
        for (BacktestScore s : scores) {
            out.printf(Locale.ROOT, "%-8s %7d %9d %7.3f %7.2f %12.4g %12.4g %6.1f%% %6.1f%%%n", s.method(), s.series(),
                    s.forecasts(), s.mase(), s.smape(), s.rmse(), s.bias(), s.coverage80(), s.coverage95());
        }
    }
}
