package org.grenier.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.grenier.core.imports.FormatHints;
import org.grenier.testsupport.JsonRows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public csv-spectrum suite (npm package csv-spectrum 2.0.0, fetched by tools/fetch-csv-spectrum): every file,
 * sniffed with no settings and read by the import's own reader, gives exactly the rows of its JSON.
 */
class CsvSpectrumTest {

    /** Where run-tests put the package; the test fails, rather than skips, when it is missing. */
    static Path suite() {
        String folder = System.getProperty("grenier.csvSpectrum", "");
        Path path = Path.of(folder);
        assertTrue(!folder.isEmpty() && Files.isDirectory(path.resolve("csvs")),
                "csv-spectrum is missing at '" + folder + "': run tools/fetch-csv-spectrum (./run-tests does)");
        return path;
    }

    static Stream<String> files() throws IOException {
        try (Stream<Path> csvs = Files.list(suite().resolve("csvs"))) {
            List<String> names = csvs.map(p -> p.getFileName().toString().replace(".csv", "")).sorted().toList();
            assertEquals(12, names.size(), "csv-spectrum 2.0.0 has 12 files: " + names);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void parsesToItsExpectedJson(String name) throws IOException {
        Path csv = suite().resolve("csvs/" + name + ".csv");
        List<Map<String, String>> expected = JsonRows.parse(Files.readString(suite().resolve("json/" + name + ".json"),
                StandardCharsets.UTF_8));
        List<Map<String, String>> actual = read(csv);
        if (name.equals("location_coordinates")) {
            // The suite's own erratum: its JSON gives a phone number its CSV does not contain.
            assertEquals("1234567890", expected.get(0).get("Contact Phone Number"));
            assertEquals("2095257564", actual.get(0).get("Contact Phone Number"));
            expected.get(0).put("Contact Phone Number", "2095257564");
        }
        assertEquals(expected, actual);
    }

    private static List<Map<String, String>> read(Path csv) throws IOException {
        SniffedFile sniffed = new CsvImporter().sniffFile(csv, FormatHints.AUTO).orElseThrow();
        assertTrue(sniffed.format().header(), "every file of the suite has a header");
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvRows csvRows = new CsvRows(csv, sniffed.scan().charset(), sniffed.format())) {
            List<String> header = csvRows.next().cells();
            CsvRows.Row row;
            while ((row = csvRows.next()) != null) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), row.cells().get(i));
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
