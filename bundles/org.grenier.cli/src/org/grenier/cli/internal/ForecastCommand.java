package org.grenier.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.calendar.Holidays;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.ForecastEngine;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.SeriesForecast;

/** {@code grenier forecast --input FILE.csv --horizon H}: forecasts every series of a file. */
final class ForecastCommand implements Command {

    static final String HEADER = "series,date,model,forecast,lo80,hi80,lo95,hi95";

    /** Eight significant digits: more than any demand figure carries, and no exponent notation in the file. */
    private static final MathContext SIGNIFICANT = new MathContext(8);

    private final Services services;

    ForecastCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "forecast";
    }

    @Override
    public String summary() {
        return "forecast series from a CSV file, or products from the store's sales, with 80 % and 95 % intervals";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier forecast --input FILE.csv --horizon H [--frequency F] [--method M]
                                        [--holidays fr|ca|ca-qc] [--events EVENTS.csv] [--threads N]
                       grenier forecast --sku CODE[,CODE...]|all --horizon H [--db PATH]
                                        [--frequency F] [--method M] [--origins K]
                                        [--holidays fr|ca|ca-qc] [--threads N]

                FILE.csv has the header series,date,value and one row per series and period,
                oldest first, with ISO dates (2024-03-31 or 2024-03-31T14:00). Further columns are
                regressors (a promotion flag, a price, a temperature forecast): every history row
                gives them, and rows with an empty value after the history give their future values.
                --frequency  yearly, quarterly, monthly, weekly, daily, hourly or 30min; read from
                             the dates when left out
                --method     auto (default: the mean of the median of ets, arima and theta and the
                             global gradient-boosted trees), gbm (the trees alone, learnt across all
                             series on lags, calendar, holidays and regressors), median, ets, arima,
                             theta, combo, mlp (a neural network learnt like the trees),
                             naive, snaive, mean, drift
                --holidays   public holiday calendars the trees see, comma-separated: fr (France),
                             ca (Canada), ca-qc (Quebec); none by default; kept with stored runs
                --events     the company's own days (a fair, a stocktaking day): date,event lines,
                             ISO dates; the trees see them as they see holidays
                --threads    series forecast in parallel (default: the preference, else every core)
                Prints series,date,model,forecast,lo80,hi80,lo95,hi95: one row per series and
                future period. Exit code 1 when no series could be forecast.

                With --sku, each product's stored sales are summed per period (--frequency, weekly
                by default; periods in this computer's time zone) and trained; with --method auto
                each product keeps the candidate (auto, ets, arima, theta, snaive; sba and tsb too
                for slow movers) with the lowest MASE over K rolling-origin backtests (--origins,
                default 3). Every run is recorded
                in the store's model registry as the product's active forecast: see 'grenier models'.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<ForecastEngine> engine = services.find(ForecastEngine.class);
        if (engine.isEmpty()) {
            err.println("grenier forecast: the forecasting service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        Optional<String> input = invocation.option("--input");
        Optional<String> horizonText = invocation.option("--horizon");
        boolean stored = invocation.option("--sku").isPresent();
        if (input.isPresent() == stored || horizonText.isEmpty()) {
            err.println("grenier forecast: give --input FILE.csv or --sku CODE, and --horizon H. Run 'grenier forecast"
                    + " --help'.");
            return ExitCodes.USAGE;
        }
        try {
            int horizon = ForecastInput.positive(horizonText.get(), "--horizon");
            int threads = ForecastInput.threads(services, invocation);
            String method = invocation.option("--method").orElse(ForecastEngine.AUTO);
            if (!engine.get().methods().contains(method)) {
                throw new IllegalArgumentException("unknown --method '" + method + "'; known: "
                        + String.join(", ", engine.get().methods()));
            }
            if (stored) {
                return StoredForecast.run(services, invocation, horizon, method, threads, out, err);
            }
            ForecastInput file = ForecastInput.read(Path.of(input.get()));
            Optional<Frequency> frequency = ForecastInput.frequencyOption(invocation);
            Holidays holidays = ForecastInput.holidaysOption(invocation);
            return forecast(engine.get(), file, new Calendar(frequency, holidays), horizon, method, threads, out, err);
        } catch (IllegalArgumentException | ForecastInput.BadInput e) {
            err.println("grenier forecast: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("grenier forecast: cannot read " + input.orElseThrow() + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** The --frequency (when given) and --holidays options. */
    private record Calendar(Optional<Frequency> frequency, Holidays holidays) {
    }

    private int forecast(ForecastEngine engine, ForecastInput file, Calendar calendar, int horizon,
            String method, int threads, PrintStream out, PrintStream err) {
        List<DemandSeries> histories = new ArrayList<>();
        List<Frequency> frequencies = new ArrayList<>();
        for (ForecastInput.History history : file.series()) {
            frequencies.add(history.frequency(calendar.frequency()));
            histories.add(history.demand(calendar.frequency(), file.regressorNames(), calendar.holidays()));
        }
        List<Result<SeriesForecast>> results = engine.forecastAll(histories, horizon, method, threads,
                new NullProgressMonitor());
        out.println(HEADER);
        int forecast = 0;
        DateTimeFormatter dates = file.withTime() ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : DateTimeFormatter.ISO_LOCAL_DATE;
        for (int i = 0; i < results.size(); i++) {
            Result<SeriesForecast> result = results.get(i);
            if (result.failed()) {
                err.println("grenier forecast: " + result.message());
                continue;
            }
            forecast++;
            write(out, result.value(), file.series().get(i).last(), frequencies.get(i), dates);
        }
        err.printf(Locale.ROOT, "grenier forecast: %d of %d series forecast%n", forecast, results.size());
        return forecast == 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    static void write(PrintStream out, SeriesForecast f, LocalDateTime last, Frequency frequency,
            DateTimeFormatter dates) {
        for (int step = 0; step < f.horizon(); step++) {
            out.printf(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%s%n", quoted(f.series()),
                    dates.format(frequency.after(last, step + 1)), quoted(f.model()), number(f.mean()[step]),
                    number(f.lo80()[step]), number(f.hi80()[step]), number(f.lo95()[step]), number(f.hi95()[step]));
        }
    }

    private static String number(double value) {
        return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
