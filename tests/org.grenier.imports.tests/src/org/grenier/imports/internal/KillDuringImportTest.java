package org.grenier.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.imports.ProfileText;
import org.grenier.core.store.RecordKind;
import org.grenier.core.store.Store;
import org.grenier.store.internal.H2StoreOpener;
import org.h2.Driver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the middle of an import: a child JVM imports a large file and is killed with SIGKILL once it has
 * written tens of thousands of rows. Reopened, the store holds the earlier batch intact and nothing of the killed one.
 */
class KillDuringImportTest {

    @TempDir
    Path folder;

    private static final int ROWS = 400_000;

    /**
     * Killed just after it began, in the middle, or close to the end: the last may land after the commit, and then
     * the whole batch must be there. Half a batch never is.
     */
    @ParameterizedTest(name = "killed after {0} rows")
    @ValueSource(ints = { 1_000, 60_000, 399_000 })
    void aKilledImportLeavesTheWholeBatchOrNone(int killAfter) throws Exception {
        long earlier;
        Path big = folder.resolve("big.csv");
        Path profile = folder.resolve("generic.properties");
        try (ImportFixture fixture = new ImportFixture(folder)) {
            Path small = fixture.write("small.csv", "date;article;qte\n01/03/2025;BLE-T1;4\n02/03/2025;BLE-T1;5\n",
                    StandardCharsets.UTF_8);
            earlier = fixture.importAuto(small).orElseThrow().accepted();
            Files.writeString(profile, ProfileText.write(fixture.profile("Generic sales lines")));
            writeBigFile(big, ROWS);
        }
        Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), ImportChild.class.getName(),
                folder.resolve("store").toString(), big.toString(), profile.toString()).redirectErrorStream(true)
                .start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.matches("\\d+ rows read.*") && Long.parseLong(line.split(" ")[0]) >= killAfter
                        && child.isAlive()) {
                    // SIGKILL through the process handle: Process.destroyForcibly would also close this end of the
                    // pipe, and the child's last words, read to the end, tell a finished import from a killed one.
                    child.toHandle().destroyForcibly();
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        boolean committed = child.exitValue() == 0;
        if (committed) {
            assertEquals("committed", seen.get(seen.size() - 1), "a child that was not killed finished its import");
        }
        if (killAfter < ROWS / 2) {
            assertEquals(137, child.exitValue(), "killed by SIGKILL mid-import; the child said " + tail(seen));
        }
        try (Store store = new H2StoreOpener().open(folder.resolve("store")).orElseThrow()) {
            var summary = store.summary().orElseThrow();
            assertEquals(earlier + (committed ? ROWS : 0), summary.count(RecordKind.SALES_LINE), "all or none; the "
                    + "child said " + tail(seen));
            assertEquals(committed ? 2 : 1, summary.count(RecordKind.IMPORT_BATCH));
            assertEquals(committed ? 503 : 3, summary.count(RecordKind.SKU), "the batch's products with it");
        }
    }

    private static void writeBigFile(Path file, int rows) throws IOException {
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                var printer = de.siegmar.fastcsv.writer.CsvWriter.builder().fieldSeparator(';').build(writer)) {
            printer.writeRecord("date", "article", "qte", "client");
            for (int i = 0; i < rows; i++) {
                printer.writeRecord(String.format("%02d/%02d/2024", 1 + i % 28, 1 + i / 28 % 12), "K-" + i % 500,
                        i % 97 + ",5", "client " + i);
            }
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The jars and class folders the bundles' classes came from, which also make a plain class path. */
    private static String classPath() throws java.net.URISyntaxException, ClassNotFoundException {
        Set<String> entries = new LinkedHashSet<>();
        // The store's bulk insert lives in a fragment of H2's bundle, so it is found through the store's class loader.
        Class<?> engineInsert = H2StoreOpener.class.getClassLoader().loadClass("org.grenier.store.h2.EngineInsert");
        for (Class<?> type : List.of(ImportChild.class, CsvImporter.class, H2StoreOpener.class, Store.class,
                Driver.class, engineInsert, de.siegmar.fastcsv.reader.CsvReader.class,
                IProgressMonitor.class, org.osgi.framework.Bundle.class)) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 5), lines.size()).toString();
    }
}
