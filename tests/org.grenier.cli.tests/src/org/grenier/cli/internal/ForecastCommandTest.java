package org.grenier.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grenier forecast} on real files: the contract the benchmarks and scripts rely on. */
class ForecastCommandTest extends CliTestBase {

    @TempDir
    Path folder;

    @Test
    void forecastsEverySeriesOfAFileWithIntervalsAndTheNextDates() throws IOException {
        Path input = folder.resolve("demand.csv");
        List<String> lines = new ArrayList<>(List.of("series,date,value,promo"));
        LocalDate month = LocalDate.of(2020, 1, 31);
        for (int t = 0; t < 48; t++) {
            double seasonal = 100 + 30 * Math.sin(2 * Math.PI * t / 12) + t;
            lines.add("\"Wheat, milled\"," + month.plusMonths(t).withDayOfMonth(1) + "," + seasonal + ",0");
            lines.add("SKU-2," + month.plusMonths(t).withDayOfMonth(1) + "," + (50 + t % 3) + ",1");
        }
        lines.add("SKU-2,2024-01-01,,1");
        Files.write(input, lines);
        Path output = folder.resolve("forecast.csv");

        assertEquals(0, run("forecast", "--input", input.toString(), "--horizon", "6", "--output", output.toString()));

        List<String> rows = Files.readAllLines(output);
        assertEquals("series,date,model,forecast,lo80,hi80,lo95,hi95", rows.get(0));
        assertEquals(13, rows.size());
        assertTrue(rows.get(1).startsWith("\"Wheat, milled\",2024-01-01,"), rows.get(1));
        assertTrue(rows.get(12).startsWith("SKU-2,2024-06-01,"), rows.get(12));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.substring(row.lastIndexOf('"') + 1).split(",");
            double lo95 = Double.parseDouble(cells[cells.length - 2]), lo80 = Double.parseDouble(cells[cells.length - 4]);
            double mean = Double.parseDouble(cells[cells.length - 5]), hi80 = Double.parseDouble(cells[cells.length - 3]);
            double hi95 = Double.parseDouble(cells[cells.length - 1]);
            assertTrue(lo95 <= lo80 && lo80 <= mean && mean <= hi80 && hi80 <= hi95, row);
        }
        assertTrue(err().contains("2 of 2 series forecast"), err());
    }

    @Test
    void aNamedMethodIsUsedAndTheSeasonRepeats() throws IOException {
        Path input = folder.resolve("quarters.csv");
        Files.write(input, List.of("series,date,value", "A,2023-01-01,10", "A,2023-04-01,20", "A,2023-07-01,30",
                "A,2023-10-01,40", "A,2024-01-01,11", "A,2024-04-01,21", "A,2024-07-01,31", "A,2024-10-01,41"));
        assertEquals(0, run("forecast", "--input", input.toString(), "--horizon", "2", "--method", "snaive"));
        assertTrue(out().startsWith("series,date,model,forecast,lo80,hi80,lo95,hi95"), out());
        assertTrue(out().contains("A,2025-01-01,Seasonal naive,11,"), out());
        assertTrue(out().contains("A,2025-04-01,Seasonal naive,21,"), out());
    }

    @Test
    void badInputSaysWhatAndWhere() throws IOException {
        Path input = folder.resolve("bad.csv");
        Files.write(input, List.of("series,date,value", "A,2024-01-01,5", "A,31/01/2024,6"));
        assertEquals(ExitCodes.USAGE, run("forecast", "--input", input.toString(), "--horizon", "3"));
        assertTrue(err().contains("bad.csv, line 3, column 2 (date): '31/01/2024' is not an ISO date"), err());

        Files.write(input, List.of("series,date,value", "A,2024-01-01,five"));
        assertEquals(ExitCodes.USAGE, run("forecast", "--input", input.toString(), "--horizon", "3"));
        assertTrue(err().contains("line 2, column 3 (value): 'five' is not a number"), err());

        assertEquals(ExitCodes.USAGE, run("forecast", "--input", input.toString(), "--horizon", "0"));
        assertTrue(err().contains("--horizon takes a whole number of at least 1, not '0'"), err());
        assertEquals(ExitCodes.USAGE, run("forecast", "--input", input.toString(), "--horizon", "2", "--method", "magic"));
        assertTrue(err().contains("unknown --method 'magic'; known: auto, gbm, median, ets, arima, theta"), err());
    }

    @Test
    void backtestScoresEachMethodOnThePast() throws IOException {
        Path input = folder.resolve("history.csv");
        List<String> lines = new ArrayList<>(List.of("series,date,value"));
        for (int t = 0; t < 40; t++) {
            double value = 100 + t + 20 * Math.sin(2 * Math.PI * t / 12);
            lines.add("A," + LocalDate.of(2020, 1, 1).plusMonths(t) + "," + value);
        }
        Files.write(input, lines);
        assertEquals(0, run("backtest", "--input", input.toString(), "--horizon", "6", "--origins", "2", "--methods",
                "snaive,naive"));
        List<String> table = out().lines().toList();
        assertTrue(table.get(0).startsWith("method    series forecasts    MASE"), out());
        assertTrue(table.get(1).startsWith("snaive         1         2   1.000"), out());
        assertTrue(table.get(2).startsWith("naive          1         2"), out());
        assertEquals(ExitCodes.USAGE, run("backtest", "--input", input.toString(), "--horizon", "6", "--methods",
                "snaive,oracle"));
        assertTrue(err().contains("Unknown forecasting method 'oracle'"), err());
    }

    @Test
    void regressorsWithFutureRowsReachTheGlobalTrees() throws IOException {
        Path input = folder.resolve("promotions.csv");
        List<String> lines = new ArrayList<>(List.of("series,date,value,promo"));
        java.util.Random random = new java.util.Random(4);
        LocalDate first = LocalDate.of(2025, 1, 6);
        for (int s = 0; s < 8; s++) {
            double level = 30 + 20 * s;
            for (int t = 0; t < 160; t++) {
                int promo = random.nextDouble() < 0.15 ? 1 : 0;
                double value = level * (1 + promo) * (1 + 0.05 * random.nextGaussian());
                lines.add("SKU-" + s + "," + first.plusDays(t) + "," + value + "," + promo);
            }
            for (int t = 160; t < 167; t++) {
                lines.add("SKU-" + s + "," + first.plusDays(t) + ",," + (t == 163 ? 1 : 0));
            }
        }
        Files.write(input, lines);
        assertEquals(0, run("forecast", "--input", input.toString(), "--horizon", "7", "--method", "gbm",
                "--holidays", "fr"));
        List<String> rows = out().lines().filter(row -> row.startsWith("SKU-3,")).toList();
        assertEquals(7, rows.size());
        assertTrue(rows.get(3).startsWith("SKU-3," + first.plusDays(163) + ",\"GBM (global, "), rows.get(3));
        double promoted = Double.parseDouble(rows.get(3).split("\"")[2].split(",")[1]);
        double ordinary = Double.parseDouble(rows.get(2).split("\"")[2].split(",")[1]);
        assertTrue(promoted > 1.5 * ordinary, promoted + " against " + ordinary);

        assertEquals(ExitCodes.USAGE, run("forecast", "--input", input.toString(), "--horizon", "7", "--holidays",
                "xx"));
        assertTrue(err().contains("unknown holiday calendar 'xx'; known: fr, ca, ca-qc, none"), err());
        lines.set(5, lines.get(5).replaceAll(",[01]$", ",yes"));
        Files.write(input, lines);
        assertEquals(ExitCodes.USAGE, run("forecast", "--input", input.toString(), "--horizon", "7"));
        assertTrue(err().contains("promotions.csv, line 6, column 4 (promo): 'yes' is not a number"), err());
    }

    @Test
    void theCompanysOwnEventsReachTheGlobalTrees() throws IOException {
        // eight shops shut on their stocktaking days, every 9th day; the next one falls 4 days after the history
        Path input = folder.resolve("shops.csv");
        Path events = folder.resolve("stocktaking.csv");
        List<String> lines = new ArrayList<>(List.of("series,date,value"));
        List<String> days = new ArrayList<>(List.of("date,event"));
        java.util.Random random = new java.util.Random(6);
        LocalDate first = LocalDate.of(2025, 1, 6);
        for (int t = 1; t < 175; t += 9) {
            days.add(first.plusDays(t) + ",stocktaking");
        }
        for (int s = 0; s < 8; s++) {
            for (int t = 0; t < 160; t++) {
                boolean shut = (t - 1) % 9 == 0;
                lines.add("SHOP-" + s + "," + first.plusDays(t) + "," + (shut ? 0 : (40 + 10 * s)
                        * (1 + 0.05 * random.nextGaussian())));
            }
        }
        Files.write(input, lines);
        Files.write(events, days);
        assertEquals(0, run("forecast", "--input", input.toString(), "--horizon", "7", "--method", "gbm",
                "--events", events.toString()), err());
        List<String> rows = out().lines().filter(row -> row.startsWith("SHOP-2,")).toList();
        assertTrue(rows.get(3).startsWith("SHOP-2," + first.plusDays(163) + ","), rows.get(3));
        double shut = Double.parseDouble(rows.get(3).split("\"")[2].split(",")[1]);
        double open = Double.parseDouble(rows.get(2).split("\"")[2].split(",")[1]);
        assertTrue(shut < 0.5 * open, "stocktaking day " + shut + " against " + open);

        Files.write(events, List.of("date,event", "2025-13-01,fair"));
        assertEquals(ExitCodes.USAGE, run("forecast", "--input", input.toString(), "--horizon", "7", "--events",
                events.toString()));
        assertTrue(err().contains(events + ", line 2, column 1: '2025-13-01' is not an ISO date"), err());
    }

    @Test
    void nothingForecastIsAFailure() throws IOException {
        Path input = folder.resolve("short.csv");
        Files.write(input, List.of("series,date,value", "A,2024-01-01,5"));
        assertEquals(ExitCodes.FAILED, run("forecast", "--input", input.toString(), "--horizon", "3"));
        assertTrue(err().contains("A: ") && err().contains("0 of 1 series forecast"), err());
    }
}
