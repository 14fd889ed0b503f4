package org.grenier.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.forecast.HourlyOrders;
import org.grenier.core.forecast.PeakHourClassification;
import org.grenier.core.forecast.PeakHourReport;

/** {@code grenier peaks --input FILE.csv}: how well peak delivery hours can be told in advance. */
final class PeaksCommand implements Command {

    private final Services services;

    PeaksCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "peaks";
    }

    @Override
    public String summary() {
        return "classify peak delivery hours from hourly orders and temperature; accuracy, F1, calibration";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier peaks --input FILE.csv [--peak-share S] [--test-share S]

                FILE.csv has the header time,orders,temperature: one row per consecutive hour, ISO
                times (2025-06-02T14:00), the temperature may be empty. A peak hour is one among the
                busiest --peak-share of the training hours (default 0.2). The classifier (gradient-
                boosted trees on hour, weekday, temperature, orders 24 h and 168 h before) learns on
                all but the last --test-share of the hours (default 0.25) and is scored on those.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<PeakHourClassification> classifier = services.find(PeakHourClassification.class);
        if (classifier.isEmpty()) {
            err.println("grenier peaks: the classification service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        Optional<String> input = invocation.option("--input");
        if (input.isEmpty()) {
            err.println("grenier peaks: give --input FILE.csv. Run 'grenier peaks --help'.");
            return ExitCodes.USAGE;
        }
        try {
            double peakShare = share(invocation.option("--peak-share").orElse("0.2"), "--peak-share");
            double testShare = share(invocation.option("--test-share").orElse("0.25"), "--test-share");
            HourlyOrders orders = read(Path.of(input.get()));
            Result<PeakHourReport> report = classifier.get().evaluate(orders, peakShare, testShare,
                    new NullProgressMonitor());
            if (report.failed()) {
                err.println("grenier peaks: " + report.message());
                return ExitCodes.FAILED;
            }
            print(report.value(), out);
            return ExitCodes.OK;
        } catch (IllegalArgumentException | ForecastInput.BadInput e) {
            err.println("grenier peaks: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("grenier peaks: cannot read " + input.get() + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static double share(String text, String option) {
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && value < 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " takes a share between 0 and 1, such as 0.2, not '" + text + "'");
    }

    static HourlyOrders read(Path file) throws IOException, ForecastInput.BadInput {
        List<LocalDateTime> hours = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").toLowerCase(Locale.ROOT)
                    .startsWith("time,orders,temperature")) {
                throw new ForecastInput.BadInput(file + ", line 1: the header must be time,orders,temperature");
            }
            String line;
            for (int number = 2; (line = reader.readLine()) != null; number++) {
                if (!line.isBlank()) {
                    List<String> cells = ForecastInput.cells(line);
                    hours.add(time(file, number, cells.get(0)));
                    String orders = cells.size() > 1 ? cells.get(1) : "";
                    String temperature = cells.size() > 2 ? cells.get(2) : "";
                    values.add(new double[] {ForecastInput.number(file, number, 2, "orders", orders),
                            temperature.isBlank() ? Double.NaN
                                    : ForecastInput.number(file, number, 3, "temperature", temperature)});
                }
            }
        }
        return new HourlyOrders(hours, values.stream().mapToDouble(v -> v[0]).toArray(),
                values.stream().mapToDouble(v -> v[1]).toArray());
    }

    private static LocalDateTime time(Path file, int line, String text) throws ForecastInput.BadInput {
        try {
            return LocalDateTime.parse(text.trim().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new ForecastInput.BadInput(file + ", line " + line + ", column 1 (time): '" + text
                    + "' is not an ISO time such as 2025-06-02T14:00");
        }
    }

    private static void print(PeakHourReport r, PrintStream out) {
        out.printf(Locale.ROOT, "Peak hours        %.0f %% busiest (%.1f orders or more)%n", 100 * r.peakShare(),
                r.threshold());
        out.printf(Locale.ROOT, "Hours             %d trained, %d tested%n", r.trainingHours(), r.testHours());
        out.printf(Locale.ROOT, "Accuracy          %.3f (always \"no peak\": %.3f)%n", r.accuracy(),
                r.baselineAccuracy());
        out.printf(Locale.ROOT, "Precision, recall %.3f, %.3f%n", r.precision(), r.recall());
        out.printf(Locale.ROOT, "F1                %.3f%n", r.f1());
        out.printf(Locale.ROOT, "Brier score       %.4f%n", r.brier());
        out.printf(Locale.ROOT, "Calibration error %.4f (expected, over %d bins)%n", r.calibrationError(),
                r.calibration().size());
        out.println("Predicted   Hours  Mean chance  Peaked");
        for (PeakHourReport.CalibrationBin bin : r.calibration()) {
            out.printf(Locale.ROOT, "%.1f-%.1f  %7d  %11.3f  %6.3f%n", bin.from(), bin.to(), bin.hours(),
                    bin.meanPredicted(), bin.observed());
        }
    }
}
