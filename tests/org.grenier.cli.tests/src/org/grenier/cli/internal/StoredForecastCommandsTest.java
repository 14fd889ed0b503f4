package org.grenier.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grenier.core.demo.DemoDataset;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** {@code grenier forecast --sku}, {@code models} and {@code drift} on a real store holding a year of sales. */
class StoredForecastCommandsTest extends CliTestBase {

    @TempDir
    Path folder;

    @Test
    void trainsFromStoredSalesRecordsRunsAndRestoresAnOlderOne() {
        String first = demoSku();
        assertEquals(0, run("forecast", "--db", db(), "--sku", first, "--horizon", "8", "--frequency", "weekly"));
        List<String> rows = out().lines().toList();
        assertEquals(ForecastCommand.HEADER, rows.get(0));
        assertEquals(9, rows.size(), out());
        assertTrue(rows.get(1).startsWith(first + ",2026-01-05,"), rows.get(1));
        assertTrue(err().contains(first + " run 1 (version 1)"), err());
        assertTrue(err().contains("chose "), err());

        assertEquals(0, run("forecast", "--db", db(), "--sku", first, "--horizon", "8", "--frequency", "weekly",
                "--method", "snaive"));
        assertEquals(0, run("models", "--db", db(), "--sku", first));
        List<String> listed = out().lines().toList();
        assertTrue(listed.get(1).startsWith("*     2        2"), out());
        assertTrue(listed.get(2).startsWith("      1        1"), out());
        assertTrue(out().contains("Run 2: method snaive asked for"), out());

        assertEquals(0, run("models", "--db", db(), "--restore", "1"));
        assertEquals(1, activeRun(first).id());
        assertEquals(1, run("models", "--db", db(), "--restore", "42"));
        assertTrue(err().contains("no forecast run 42"), err());
    }

    @Test
    void trainsEveryProductSoldAndChecksThemForDrift() {
        demoSku();
        assertEquals(0, run("forecast", "--db", db(), "--sku", "all", "--horizon", "4", "--frequency", "weekly",
                "--threads", "2"));
        int products = DemoDataset.create().skus().size();
        assertTrue(err().contains(products + " of " + products + " products trained"), err());

        int code = run("drift", "--db", db());
        assertTrue(code == 0 || code == DriftCommand.DEGRADED, err());
        assertEquals(products + 1, out().lines().count(), out());
        assertTrue(out().lines().skip(1).allMatch(line -> line.contains(" due ")), "trained on sales from 2025, the"
                + " forecasts are used up by now: " + out());

        int health = run("models", "health", "--db", db());
        assertTrue(health == 0 || health == ModelHealthCommand.ALERTS, err());
        Pattern row = Pattern.compile("\\S+\\s+(\\d+)\\s+(\\d+)\\s+\\d+ ms\\s+\\d+ ms\\s+[0-9.]+ MB\\s+[0-9.]+ ms"
                + "\\s+[0-9.]+\\s+[0-9.-]+\\s+(.+)");
        int served = 0;
        for (String line : out().lines().skip(1).takeWhile(line -> !line.isBlank()).toList()) {
            Matcher method = row.matcher(line);
            // no sale since training: the checks compared no period, so there is no live error ("-")
            assertTrue(method.matches(), "every method measured and served: " + line);
            assertEquals(method.group(1), method.group(2), "one run per product: " + line);
            served += Integer.parseInt(method.group(1));
            assertEquals(health == 0, method.group(3).equals("-"), line);
        }
        assertEquals(products, served, out());
        assertTrue(out().contains("Cache: " + products + " of 2000 forecasts held, " + products + " hits, " + products
                + " misses"), out());
        assertEquals(ModelHealthCommand.ALERTS, run("models", "health", "--db", db(), "--max-serve-ms", "0.000001"));
        assertTrue(out().contains("over the 0 ms limit"), out());

        assertEquals(ExitCodes.FAILED, run("drift", "--db", db(), "--sku", "NOPE"));
        assertTrue(err().contains("NOPE has no forecast in the registry yet"), err());
    }

    private String demoSku() {
        try (Store store = opener().open(folder).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
            return store.skusSold().orElseThrow().get(0);
        }
    }

    private ForecastRun activeRun(String sku) {
        try (Store store = opener().open(folder).orElseThrow()) {
            return store.forecasts().active(sku).orElseThrow().orElseThrow();
        }
    }

    private StoreOpener opener() {
        var context = FrameworkUtil.getBundle(CommandLine.class).getBundleContext();
        return context.getService(context.getServiceReference(StoreOpener.class));
    }

    private String db() {
        return folder.toString();
    }
}
