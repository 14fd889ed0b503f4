package org.grenier.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grenier.core.demo.DemoDataset;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code grenier patterns} on the demo co-operative's year of sales (weekends sell 0.6 where weekdays sell 1.1) with a
 * stock count imported from a real CSV file by the stock-snapshot profile.
 */
class PatternsCommandTest extends CliTestBase {

    @TempDir
    Path folder;

    @Test
    void printsSectorStockWeekdaySeasonsAndPopularProducts() throws IOException {
        try (Store store = opener().open(folder.resolve("store")).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
        }
        Path counts = folder.resolve("inventaire.csv");
        Files.writeString(counts, """
                date inventaire;produit;emplacement;quantite
                01/12/2025;BLE-T1;VAL-S1;300
                31/12/2025;BLE-T1;VAL-S1;250,5
                31/12/2025;LAIT-CRU;VAL-CF1;40
                """, StandardCharsets.UTF_8);
        assertEquals(0, run("import", "--db", db(), "--profile", "Stock snapshot", counts.toString()), err());

        assertEquals(0, run("patterns", "--db", db(), "--frequency", "daily", "--level", "sector", "--top", "2"),
                err());
        List<String> lines = out().lines().toList();
        String agriculture = row(lines, "agriculture ");
        assertTrue(agriculture.matches("agriculture\\s+8\\s+8\\s+.*\\s290\\.5\\s+.*"), agriculture);
        String season = row(lines, "sector ");
        assertTrue(!season.contains("Saturday") && !season.contains("Sunday"), "the weekend is no peak: " + season);
        String[] cells = season.trim().split("\\s{2,}");
        double saturday = Double.parseDouble(cells[cells.length - 2]);
        double tuesday = Double.parseDouble(cells[cells.length - 6]);
        assertTrue(saturday < 0.75 && tuesday > 1.05, "weekends sell about 0.6 / 0.95 of an average day: " + season);
        assertEquals(3 * 2, lines.stream().filter(line -> line.matches("(Nord|Centre|Sud)\\s+2026-01-01\\s+.*"))
                .count(), "two products for each of the three zones: " + out());
        // each day's sale of a product goes to one zone drawn at random, so a zone's ranking is noisy; milk, the
        // biggest seller (25 a day against 22 for the next), still makes every zone's top two
        for (String zone : List.of("Nord", "Centre", "Sud")) {
            assertTrue(lines.stream().anyMatch(line -> line.startsWith(zone + " ") && line.contains("LAIT-CRU")),
                    zone + ": " + out());
        }

        assertEquals(ExitCodes.USAGE, run("patterns", "--db", db(), "--frequency", "hourly"));
        assertTrue(err().contains("daily, weekly, monthly or quarterly"), err());
        assertEquals(0, run("patterns", "--db", db(), "--frequency", "monthly", "--level", "product"), err());
        assertTrue(out().contains("Note: 8 of 8 products have too little history"), "a year is not two: " + out());
        assertEquals(ExitCodes.USAGE, run("patterns", "--db", db(), "--level", "aisle"));
        assertTrue(err().contains("unknown --level 'aisle'"), err());
    }

    private static String row(List<String> lines, String start) {
        return lines.stream().filter(line -> line.startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("no line starts with " + start));
    }

    private String db() {
        return folder.resolve("store").toString();
    }

    private StoreOpener opener() {
        var context = FrameworkUtil.getBundle(CommandLine.class).getBundleContext();
        return context.getService(context.getServiceReference(StoreOpener.class));
    }
}
