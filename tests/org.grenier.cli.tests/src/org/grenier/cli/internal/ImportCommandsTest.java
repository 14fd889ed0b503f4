package org.grenier.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, imports, undo, profiles, backup and restore from the command line, on real files and a real store. */
class ImportCommandsTest extends CliTestBase {

    private static final String VENTES = "Date de vente;Code article;Quantité;Client\r\n"
            + "03/02/2025;BLE-T1;12,5;Épicerie\r\n04/02/2025;ORGE;3;Moulin\r\n05/02/2025;ORGE;trois;Moulin\r\n";

    @TempDir
    Path folder;

    private String db() {
        return folder.resolve("store").toString();
    }

    private Path file(String name, String text) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(Charset.forName("windows-1252")));
    }

    @Test
    void importsAFrenchExportAndReportsCountsAndTheRejectedFile() throws IOException {
        Path file = file("ventes.csv", VENTES);
        assertEquals(0, run("import", "--db", db(), file.toString()));
        assertTrue(out().startsWith(file + ": 2 added, 1 rejected, 0 already in the store, 2 products or sites "
                + "created (batch "), out());
        assertTrue(out().contains("profile 'Generic sales lines'"), out());
        assertTrue(out().contains("read as ISO-8859-1, ';' delimited, decimal ','"), out());
        assertTrue(out().contains("  rejected rows: " + folder.resolve("ventes.csv.rejected.csv")), out());
        assertTrue(out().contains("ventes.csv:4, column 'Quantité': quantity is not a number (value 'trois')"), out());
        assertTrue(Files.exists(folder.resolve("ventes.csv.import-summary.txt")));
    }

    @Test
    void reimportingAddsNothingAndUndoTakesABatchBack() throws IOException {
        Path file = file("ventes.csv", VENTES);
        run("import", "--db", db(), file.toString());
        run("import", "--db", db(), file.toString());
        assertTrue(out().contains(": 0 added, 1 rejected, 2 already in the store"), out());
        assertEquals(0, run("imports", "--db", db()));
        String[] lines = out().split("\n");
        assertEquals(3, lines.length, out());
        String firstBatch = lines[2].strip().split("\\s+")[0];
        assertEquals(0, run("undo", firstBatch, "--db", db()));
        assertTrue(out().startsWith("Import " + firstBatch + " of " + file + " undone: 2 records removed."), out());
        assertEquals(0, run("info", "--db", db()));
        assertTrue(out().contains("Sales lines      0"), out());
        assertEquals(1, run("undo", firstBatch, "--db", db()), "an undone batch cannot be undone again");
        assertEquals(2, run("undo", "--db", db()));
    }

    @Test
    void exitsNonZeroWhenNothingCouldBeImported() throws IOException {
        Path bad = file("bad.csv", "date;article;quantite\n01/02/2025;BLE;x\n");
        assertEquals(1, run("import", "--db", db(), bad.toString()));
        Path empty = file("empty.csv", "");
        assertEquals(1, run("import", "--db", db(), empty.toString()));
        assertTrue(err().contains("empty.csv is empty"));
        assertEquals(1, run("import", "--db", db(), folder.resolve("missing.csv").toString()));
        assertTrue(err().contains("missing.csv does not exist"));
        assertEquals(2, run("import", "--db", db()));
    }

    @Test
    void aProfileIsNamedOrGivenAsAFileAndSavedInTheStore() throws IOException {
        assertEquals(0, run("profiles", "--db", db()));
        assertTrue(out().contains("Odoo sales order lines"), out());
        assertTrue(out().contains("Dolibarr invoice lines"), out());
        assertEquals(0, run("profiles", "Generic", "sales", "lines", "--db", db()));
        String text = out().replace("name=Generic sales lines", "name=Ventes maison")
                .replace("column.quantity=", "column.quantity=Poids |");
        Path profile = Files.writeString(folder.resolve("maison.properties"), text);
        Path file = file("poids.csv", "date;article;poids\n01/02/2025;BLE;4\n");
        assertEquals(0, run("import", "--profile", profile.toString(), "--db", db(), file.toString()));
        assertTrue(out().contains("profile 'Ventes maison'"), out());
        assertEquals(0, run("profiles", "--save", profile.toString(), "--db", db()));
        assertEquals(0, run("import", "--profile", "ventes maison", "--db", db(), file.toString()));
        assertTrue(out().contains("1 already in the store"), out());
        assertEquals(1, run("import", "--profile", "No such profile", "--db", db(), file.toString()));
    }

    @Test
    void backupAndRestoreTheWholeStore() throws IOException {
        run("import", "--db", db(), file("ventes.csv", VENTES).toString());
        Path backup = folder.resolve("grenier-backup.zip");
        assertEquals(0, run("backup", backup.toString(), "--db", db()));
        assertTrue(out().startsWith("Store " + db() + " backed up to " + backup), out());
        run("undo", "1", "--db", db());
        run("undo", "2", "--db", db());
        assertEquals(0, run("restore", backup.toString(), "--db", db()));
        assertTrue(out().contains("Sales lines      2"), out());
        assertEquals(1, run("restore", folder.resolve("nope.zip").toString(), "--db", db()));
    }
}
