package org.grenier.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.grenier.core.demo.DemoDataset;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against the real store service and real store files. */
class CommandLineTest extends CliTestBase {

    @TempDir
    Path folder;

    @Test
    void printsTheVersion() {
        assertEquals(0, run("--version"));
        assertEquals("Grenier 0.1.0.test", out().strip());
    }

    @Test
    void helpListsTheCommandsAndConventions() {
        assertEquals(0, run("help"));
        assertTrue(out().contains("info "), out());
        assertTrue(out().contains("--db PATH"), out());
        assertTrue(out().contains("90s, 15m, 2h"), out());
        assertEquals(0, run());
    }

    @Test
    void everyCommandExplainsItself() {
        assertEquals(0, run("info", "--help"));
        assertTrue(out().startsWith("Usage: grenier info"), out());
        assertEquals(0, run("help", "info"));
        assertTrue(out().startsWith("Usage: grenier info"), out());
    }

    @Test
    void infoCreatesAMissingStoreAndReportsItsCounts() {
        Path db = folder.resolve("new-store");
        assertEquals(0, run("info", "--db", db.toString()));
        assertTrue(out().contains("Store            " + db), out());
        assertTrue(out().contains("Schema version   8"), out());
        assertTrue(out().contains("Products         0"), out());
        assertTrue(Files.exists(db.resolve("grenier.mv.db")));
        assertEquals("", err());
    }

    @Test
    void infoCountsWhatTheStoreHolds() throws IOException {
        Path db = folder.resolve("demo");
        try (var store = OsgiServices.get(StoreOpener.class).open(db).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
        }
        Path report = folder.resolve("info.txt");
        assertEquals(0, run("info", "--db", db.toString(), "--output", report.toString()));
        assertEquals("", out(), "results went to the file, not stdout");
        String text = Files.readString(report);
        assertTrue(text.contains("Products         8"), text);
        assertTrue(text.contains("Sales lines      " + DemoDataset.create().sales().size()), text);
    }

    @Test
    void failsWithAClearMessageWhenTheStoreCannotBeOpened() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        assertEquals(1, run("info", "--db", notAFolder.toString()));
        assertTrue(err().startsWith("grenier info: Cannot create the store folder " + notAFolder), err());
    }

    @Test
    void rejectsUnknownCommandsAndOptionsWithExitCodeTwo() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        err.reset();
        assertEquals(2, run("info", "--colour"));
        assertTrue(err().contains("unknown option '--colour'"), err());
        err.reset();
        assertEquals(2, run("info", "--db"));
        assertTrue(err().contains("option --db needs a value"), err());
    }
}
