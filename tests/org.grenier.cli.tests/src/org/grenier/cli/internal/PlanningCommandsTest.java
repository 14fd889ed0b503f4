package org.grenier.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grenier risk} and {@code grenier plan} on the demo cooperative's store. */
class PlanningCommandsTest extends CliTestBase {

    @TempDir
    Path folder;

    @Test
    void riskListsTheRiskiestUnitFirstAndRaisesItsAlertOnce() throws IOException {
        String db = demoStore().toString();
        assertEquals(0, run("risk", "--db", db), err());
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(1).startsWith("VAL-S1") && lines.get(1).contains("WHEAT")
                && lines.get(1).endsWith("HIGH"), out());
        assertTrue(out().contains("No sensor readings in the last 30 days"), out());
        assertTrue(out().contains("1 alert raised."), out());
        assertEquals(0, run("risk", "--db", db), err());
        assertTrue(out().contains("0 alerts raised."), out());
        assertEquals(0, run("alerts", "--db", db));
        assertTrue(out().contains("STORAGE_RISK"), out());
    }

    @Test
    void planRecommendsOrdersAndWritesTheSameCsvForTheSameSeed() throws IOException {
        String db = demoStore().toString();
        assertEquals(0, run("plan", "--db", db, "--paths", "200"), err());
        assertTrue(out().startsWith("Plan of 8 products over 90 days: 200 paths (seed 1)"), out());
        assertTrue(out().contains("VAL-S1"), "silo utilisation is reported: " + out());
        assertTrue(err().contains("have no supply terms"), err());
        Path first = folder.resolve("plan-1.csv");
        Path second = folder.resolve("plan-2.csv");
        assertEquals(0, run("plan", "--db", db, "--paths", "200", "--seed", "7", "--output", first.toString()), err());
        assertEquals(0, run("plan", "--db", db, "--paths", "200", "--seed", "7", "--threads", "1", "--output",
                second.toString()), err());
        List<String> rows = Files.readAllLines(first);
        assertEquals(9, rows.size(), "a header and 8 products");
        assertTrue(rows.get(0).startsWith("sku,storage_unit,class,policy,service_target,safety_stock"), rows.get(0));
        assertEquals(rows, Files.readAllLines(second), "same seed, same plan, on one thread or many");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("\"LAIT-CRU\"") && r.contains("lot R=4")),
                "fresh milk gets a lot per 4-day shelf life: " + rows);
    }

    @Test
    void aBudgetKeepsTheAverageStockValueWithinIt() throws IOException {
        String db = demoStore().toString();
        assertEquals(0, run("plan", "--db", db, "--paths", "50"), err());
        double free = planned(out(), "budget");
        assertTrue(free > 0, out());
        double budget = Math.floor(0.8 * free);
        assertEquals(0, run("plan", "--db", db, "--paths", "50", "--budget", Double.toString(budget)), err());
        assertTrue(planned(out(), "budget") <= budget, out());
        var costs = java.util.regex.Pattern.compile("yearly cost (\\d+) \\((\\d+) with no limits").matcher(out());
        assertTrue(costs.find(), out());
        assertTrue(Long.parseLong(costs.group(1)) > Long.parseLong(costs.group(2)), "the budget costs something");
        assertEquals(ExitCodes.USAGE, run("plan", "--db", db, "--budget", "-5"));
        assertTrue(err().contains("--budget takes a positive amount"), err());
    }

    @Test
    void scenariosAreSavedCopiedDeletedAndPlayedAgainstTheBaseline() throws IOException {
        String db = demoStore().toString();
        Path file = Files.writeString(folder.resolve("rush.json"), """
                {"name": "Christmas rush", "description": "cheese demand up, slower suppliers",
                 "changes": [
                   {"kind": "demand", "scope": "sku:FROM-COMTE", "factor": 1.8},
                   {"kind": "lead_time", "scope": "*", "days": 5},
                   {"kind": "capacity", "scope": "VAL-S1", "factor": 0.5}]}""");
        assertEquals(0, run("scenarios", "save", file.toString(), "--db", db), err());
        assertEquals(0, run("scenarios", "copy", "Christmas rush", "Rush 2", "--db", db), err());
        assertEquals(0, run("scenarios", "--db", db), err());
        assertTrue(out().contains("Christmas rush") && out().contains("Rush 2"), out());
        assertEquals(0, run("scenarios", "show", "Rush 2", "--db", db), err());
        assertTrue(out().contains("\"lead_time\"") && out().contains("\"days\": 5.0"), out());
        assertEquals(0, run("scenarios", "delete", "Rush 2", "--db", db), err());
        assertEquals(ExitCodes.FAILED, run("scenarios", "show", "Rush 2", "--db", db));
        assertTrue(err().contains("there is no scenario named 'Rush 2'"), err());

        assertEquals(0, run("plan", "--db", db, "--paths", "100", "--scenario", "Christmas rush"), err());
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).matches("KPI\\s+Baseline\\s+Christmas rush\\s*"), lines.get(0));
        String capacity = lines.stream().filter(l -> l.startsWith("VAL-S1: mean use %")).findFirst().orElseThrow();
        String[] cells = capacity.substring(34).trim().split("\\s+");
        assertTrue(Double.parseDouble(cells[1]) > 1.5 * Double.parseDouble(cells[0]),
                "half the silo, twice the share used: " + capacity);
        assertTrue(out().contains("Under 'Christmas rush':"), out());

        Path csv = folder.resolve("compare.csv");
        assertEquals(0, run("plan", "--db", db, "--paths", "100", "--scenario", file.toString(), "--output",
                csv.toString()), err());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("\"kpi\",\"Baseline\",\"Christmas rush\"", rows.get(0));
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"name\": \"X\", \"changes\": [{\"kind\": \"demand\"}]}");
        assertEquals(ExitCodes.FAILED, run("plan", "--db", db, "--scenario", bad.toString()));
        assertTrue(err().contains("bad.json: change 1 (demand): \"factor\" must be a number"), err());
    }

    /** What a plan's text says the chosen policies use of a limit. */
    private static double planned(String text, String limit) {
        return text.lines().map(String::trim).filter(l -> l.startsWith(limit + " ")).findFirst()
                .map(l -> Double.parseDouble(l.split("\\s+")[2])).orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void everyClassIsPlannedAtTheServiceLevelGivenIt() throws IOException {
        String db = demoStore().toString();
        Path low = folder.resolve("plan-low.csv");
        assertEquals(0, run("plan", "--db", db, "--paths", "50", "--service-levels",
                "0.6,0.6,0.6,0.6,0.6,0.6,0.6,0.6,0.6", "--output", low.toString()), err());
        // perishables' lots are sized at their own critical ratio, whatever their class
        String outsideQuotes = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";
        List<String[]> rows = Files.readAllLines(low).subList(1, 9).stream().map(row -> row.split(outsideQuotes))
                .filter(cells -> !cells[3].startsWith("\"lot")).toList();
        assertTrue(rows.size() >= 4, "most products are not perishable lots: " + rows.size());
        assertTrue(rows.stream().allMatch(cells -> cells.length == 30), "every row has the header's 30 cells");
        for (String[] row : rows) {
            double target = Double.parseDouble(row[4]);
            assertTrue(target <= 0.6 + 1e-9 && target >= 0.5, "planned at 60 % at most: " + String.join(",", row));
        }
        assertEquals(ExitCodes.USAGE, run("plan", "--db", db, "--service-levels", "0.99,0.98"));
        assertTrue(err().contains("--service-levels: nine service levels"), err());
        assertEquals(ExitCodes.USAGE, run("plan", "--db", db, "--service-levels", "1,1,1,1,1,1,1,1,1"));
        assertTrue(err().contains("class AX must be between 50.0 % and 99.9 %"), err());
    }

    @Test
    void planRefusesBadNumbers() throws IOException {
        assertEquals(ExitCodes.USAGE, run("plan", "--paths", "0", "--db", folder.toString()));
        assertTrue(err().contains("--paths takes a whole number"), err());
        assertEquals(ExitCodes.USAGE, run("plan", "--seed", "x1", "--db", folder.toString()));
        assertEquals(ExitCodes.USAGE, run("plan", "--horizon", "3", "--db", folder.toString()));
        assertTrue(err().contains("7 to 1,095 days"), err());
    }

    @Test
    void costsValueTheStockSplitItsHoldingCostAndPutAWarmSiloAtRisk() throws IOException {
        String db = demoStore().toString();
        assertEquals(0, run("costs", "--db", db, "--paths", "100"), err());
        assertTrue(out().contains("FIFO value") && out().lines().anyMatch(l -> l.startsWith("Total")), out());
        Path csv = folder.resolve("costs.csv");
        assertEquals(0, run("costs", "--db", db, "--paths", "100", "--factors", "0.5,0.25,0.25", "--output",
                csv.toString()), err());
        Map<String, String[]> units = new HashMap<>();
        for (String line : Files.readAllLines(csv)) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("unit")) {
                units.put(cells[1].replace("\"", ""), cells);
            }
        }
        for (String[] unit : units.values()) {
            double holding = Double.parseDouble(unit[6]);
            assertEquals(0.5 * holding, Double.parseDouble(unit[7]), 1e-3, "storage is half the holding cost");
            assertEquals(0.25 * holding, Double.parseDouble(unit[8]), 1e-3, "handling a quarter");
        }
        // two months at 25 °C use up wheat's storage life: the whole silo is at risk; maize at 8 °C keeps
        double siloValue = Double.parseDouble(units.get("VAL-S1")[4]);
        assertTrue(siloValue > 0, "the counted wheat has a value");
        assertEquals(siloValue, Double.parseDouble(units.get("VAL-S1")[11]), 1e-6);
        assertEquals(0, Double.parseDouble(units.get("VAL-S2")[11]), 1e-9);
        assertEquals(ExitCodes.USAGE, run("costs", "--db", db, "--factors", "0.5,0.5,0.5"));
        assertTrue(err().contains("must add up to 1"), err());
    }

    private Path demoStore() throws IOException {
        Path db = folder.resolve("store");
        try (Store store = OsgiServices.get(StoreOpener.class).open(db).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
            List<SensorReading> readings = new ArrayList<>();
            Instant now = Instant.now();
            for (int hour = 60 * 24; hour > 0; hour--) {
                Instant at = now.minus(Duration.ofHours(hour));
                readings.add(new SensorReading("S1-T", "VAL-S1", at, Measure.TEMPERATURE, 25));
                readings.add(new SensorReading("S2-T", "VAL-S2", at, Measure.TEMPERATURE, 8));
            }
            store.sensors().append(readings).orElseThrow();
        }
        Path stock = Files.writeString(folder.resolve("stock.csv"), "date;article;cellule;quantite\n"
                + "15/09/2026;BLE-T1;VAL-S1;800\n15/09/2026;MAIS-G;VAL-S2;600\n");
        assertEquals(0, run("import", "--db", db.toString(), "--profile", "Stock snapshot", stock.toString()),
                err());
        return db;
    }
}
