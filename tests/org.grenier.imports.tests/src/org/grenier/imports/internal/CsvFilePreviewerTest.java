package org.grenier.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.imports.FilePreviewer;
import org.grenier.core.imports.TablePreview;
import org.grenier.testsupport.OsgiServices;
import org.grenier.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commons CSV inside OSGi, through the previewer service, on real export files. */
class CsvFilePreviewerTest {

    @TempDir
    Path folder;

    private final FilePreviewer previewer = OsgiServices.get(FilePreviewer.class);

    @Test
    void readsAFrenchExcelExportWithNoSettings() throws IOException {
        Path file = TestData.copy(getClass(), "ventes-fr-1252.csv", folder);
        TablePreview preview = previewer.preview(file, 10).orElseThrow();
        assertEquals("windows-1252", preview.encoding());
        assertEquals(';', preview.delimiter());
        assertEquals(List.of("Date", "Article", "Désignation", "Quantité", "Montant TTC"), preview.header());
        assertEquals(3, preview.rows().size());
        assertEquals(List.of("04/02/2025", "POM-GALA", "Pomme Gala « bio »", "7,5", "10,88"), preview.rows().get(1));
        assertEquals("Carotte; des sables", preview.rows().get(2).get(2), "a quoted delimiter stays in its cell");
    }

    @Test
    void skipsTheByteOrderMarkOfAUtf8Export() throws IOException {
        Path file = TestData.copy(getClass(), "sales-utf8-bom.csv", folder);
        TablePreview preview = previewer.preview(file, 10).orElseThrow();
        assertEquals(StandardCharsets.UTF_8.name(), preview.encoding());
        assertEquals(',', preview.delimiter());
        assertEquals("sku", preview.header().get(0), "no BOM left in the first header");
        assertEquals(List.of("ORGE-B", "3", "67.50"), preview.rows().get(1));
    }

    @Test
    void stopsAtTheRowsAskedFor() throws IOException {
        Path file = TestData.copy(getClass(), "ventes-fr-1252.csv", folder);
        assertEquals(1, previewer.preview(file, 1).orElseThrow().rows().size());
    }

    @Test
    void saysAnEmptyFileHasNothingToImport() throws IOException {
        Path file = TestData.copy(getClass(), "empty.csv", folder);
        Result<TablePreview> preview = previewer.preview(file, 10);
        assertTrue(preview.failed());
        assertTrue(preview.message().contains("empty.csv is empty"), preview.message());
    }

    @Test
    void namesTheFileItCannotRead() {
        Result<TablePreview> preview = previewer.preview(folder.resolve("missing.csv"), 10);
        assertTrue(preview.failed());
        assertTrue(preview.message().startsWith("Cannot read " + folder.resolve("missing.csv")), preview.message());
    }
}
