import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scoring side of tools/benchmark-forecast. {@code prepare M1.csv DIR} writes, per frequency, the training parts
 * as Grenier's forecast input ({@code train-monthly.csv}: series,date,value) and the test parts
 * ({@code test-monthly.csv}). {@code score DIR FREQUENCY PERIOD FILE...} prints, for each forecast file, the mean
 * sMAPE and MASE over the series (as the M-competition literature defines them) and the share of test values inside
 * the 80 % and 95 % intervals.
 */
public class ForecastBenchmark {

    record Series(String frequency, List<String> dates, List<Double> train, List<Double> test) {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("prepare")) {
            prepare(Path.of(args[1]), Path.of(args[2]));
        } else {
            Path dir = Path.of(args[1]);
            String frequency = args[2];
            int period = Integer.parseInt(args[3]);
            for (int i = 4; i < args.length; i++) {
                score(dir, frequency, period, Path.of(args[i]));
            }
        }
    }

    static void prepare(Path m1, Path dir) throws IOException {
        Map<String, Series> all = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(m1);
        for (String line : rows.subList(1, rows.size())) {
            String[] c = line.split(",");
            Series s = all.computeIfAbsent(c[0], k -> new Series(c[1], new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            if (c[6].equals("train")) {
                s.dates().add(c[4]);
                s.train().add(Double.parseDouble(c[5]));
            } else {
                s.test().add(Double.parseDouble(c[5]));
            }
        }
        Files.createDirectories(dir);
        for (String frequency : List.of("yearly", "quarterly", "monthly")) {
            try (PrintWriter train = new PrintWriter(Files.newBufferedWriter(dir.resolve("train-" + frequency + ".csv")));
                    PrintWriter test = new PrintWriter(Files.newBufferedWriter(dir.resolve("test-" + frequency + ".csv")))) {
                train.println("series,date,value");
                test.println("series,step,value");
                all.forEach((name, s) -> {
                    if (s.frequency().equals(frequency)) {
                        for (int i = 0; i < s.train().size(); i++) {
                            train.println(name + "," + s.dates().get(i) + "," + s.train().get(i));
                        }
                        for (int i = 0; i < s.test().size(); i++) {
                            test.println(name + "," + (i + 1) + "," + s.test().get(i));
                        }
                    }
                });
            }
        }
    }

    static void score(Path dir, String frequency, int period, Path forecasts) throws IOException {
        Map<String, List<Double>> train = column(dir.resolve("train-" + frequency + ".csv"), 2);
        Map<String, List<Double>> test = column(dir.resolve("test-" + frequency + ".csv"), 2);
        Map<String, List<double[]>> predicted = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(forecasts);
        for (String line : rows.subList(1, rows.size())) {
            String[] c = splitCsv(line);
            double[] row = new double[5];
            for (int i = 0; i < 5; i++) {
                row[i] = Double.parseDouble(c[3 + i]);
            }
            predicted.computeIfAbsent(c[0], k -> new ArrayList<>()).add(row);
        }
        double smape = 0, mase = 0;
        int inside80 = 0, inside95 = 0, points = 0, missing = 0;
        for (Map.Entry<String, List<Double>> entry : test.entrySet()) {
            List<double[]> f = predicted.get(entry.getKey());
            List<Double> actual = entry.getValue();
            if (f == null || f.size() != actual.size()) {
                missing++;
                continue;
            }
            double scale = naiveScale(train.get(entry.getKey()), period);
            double sumSmape = 0, sumError = 0;
            for (int i = 0; i < actual.size(); i++) {
                double y = actual.get(i), p = f.get(i)[0];
                sumSmape += 200 * Math.abs(y - p) / (Math.abs(y) + Math.abs(p));
                sumError += Math.abs(y - p);
                inside80 += y >= f.get(i)[1] && y <= f.get(i)[2] ? 1 : 0;
                inside95 += y >= f.get(i)[3] && y <= f.get(i)[4] ? 1 : 0;
                points++;
            }
            smape += sumSmape / actual.size();
            mase += sumError / actual.size() / scale;
        }
        int scored = test.size() - missing;
        System.out.printf(Locale.ROOT, "%s %s series %d missing %d sMAPE %.3f MASE %.3f cover80 %.1f cover95 %.1f%n",
                forecasts.getFileName(), frequency, scored, missing, smape / scored, mase / scored,
                100.0 * inside80 / points, 100.0 * inside95 / points);
    }

    /** Mean absolute error of the seasonal naive forecast in the training part (the naive one when it is too short). */
    static double naiveScale(List<Double> y, int period) {
        int lag = y.size() > period ? period : 1;
        double sum = 0;
        for (int t = lag; t < y.size(); t++) {
            sum += Math.abs(y.get(t) - y.get(t - lag));
        }
        return sum / (y.size() - lag);
    }

    static Map<String, List<Double>> column(Path file, int index) throws IOException {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            values.computeIfAbsent(c[0], k -> new ArrayList<>()).add(Double.parseDouble(c[index]));
        }
        return values;
    }

    static String[] splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }
}
