package org.grenier.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.grenier.core.imports.FormatHints;
import org.grenier.core.imports.FormatHints.DateOrder;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.store.RecordKind;
import org.junit.jupiter.api.Test;

/** The file most users start with: a French Excel export, imported with no settings into a real store. */
class FrenchExportImportTest extends ImportTestBase {

    static final Charset CP1252 = Charset.forName("windows-1252");
    static final String EXPORT = """
            Date;Article;Désignation;Quantité;Montant TTC;Client;Zone de livraison\r
            03/02/2025;BLE-T1;Blé tendre;12;1 288,50 €;Épicerie « Dupré »;Nord\r
            14/02/2025;POM-GALA;Pomme Gala;7,5;10,88;Café œnologie;Sud\r
            \r
            15/02/2025 08:30;CAROTTE;"Carotte; des sables";-2;-1,78;Cantine;Centre\r
            """;

    @Test
    void sniffsEveryFormatDetailFromTheData() throws IOException {
        Path file = fixture.write("ventes.csv", EXPORT, CP1252);
        var format = fixture.importer.sniff(file, FormatHints.AUTO).orElseThrow();
        assertEquals("Windows-1252", format.encoding(), "€ and œ are bytes 0x80 and 0x9C: Windows-1252");
        assertEquals(';', format.delimiter());
        assertEquals(',', format.decimal());
        assertEquals(DateOrder.DAY_FIRST, format.dateOrder());
        assertTrue(format.header());
        assertEquals(List.of("Date", "Article", "Désignation", "Quantité", "Montant TTC", "Client",
                "Zone de livraison"), format.columns());
    }

    @Test
    void importsTheRowsWithTheirValues() throws IOException {
        Path file = fixture.write("ventes.csv", EXPORT, CP1252);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals("Generic sales lines", report.profile());
        assertEquals(3, report.accepted(), report.firstRejections().toString());
        assertEquals(0, report.rejected());
        SalesObservation ble = last(fixture.store.sales("BLE-T1").orElseThrow());
        assertEquals(0, new BigDecimal("1288.50").compareTo(ble.amount()), "thousands space, decimal comma, euro sign");
        assertEquals(LocalDateTime.of(2025, 2, 3, 0, 0).atZone(ZoneId.systemDefault()).toInstant(), ble.at());
        assertEquals("Épicerie « Dupré »", ble.customer());
        SalesObservation carrot = last(fixture.store.sales("CAROTTE").orElseThrow());
        assertEquals(0, new BigDecimal("-2").compareTo(carrot.quantity()), "a return is a negative quantity");
        assertEquals(LocalDateTime.of(2025, 2, 15, 8, 30).atZone(ZoneId.systemDefault()).toInstant(), carrot.at());
        assertEquals(0, new BigDecimal("7.5").compareTo(last(fixture.store.sales("POM-GALA").orElseThrow())
                .quantity()));
    }

    @Test
    void reimportingTheSameFileAddsNothing() throws IOException {
        Path file = fixture.write("ventes.csv", EXPORT, CP1252);
        long before = fixture.count(RecordKind.SALES_LINE);
        fixture.importAuto(file).orElseThrow();
        ImportReport again = fixture.importAuto(file).orElseThrow();
        assertEquals(0, again.accepted());
        assertEquals(3, again.alreadyStored());
        assertEquals(0, again.rejected());
        assertEquals(before + 3, fixture.count(RecordKind.SALES_LINE));
    }

    @Test
    void undoTakesTheWholeBatchOutAndAllowsAReimport() throws IOException {
        Path file = fixture.write("ventes.csv", EXPORT, CP1252);
        long before = fixture.count(RecordKind.SALES_LINE);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        fixture.store.imports().undo(report.batchId()).orElseThrow();
        assertEquals(before, fixture.count(RecordKind.SALES_LINE));
        assertTrue(fixture.store.imports().batches().orElseThrow().get(0).undone());
        assertTrue(fixture.store.imports().undo(report.batchId()).failed(), "a batch is undone once");
        assertEquals(3, fixture.importAuto(file).orElseThrow().accepted());
    }

    @Test
    void undoRemovesTheProductsTheBatchCreated() throws IOException {
        Path file = fixture.write("new-products.csv", "date,product,qty\n2025-03-01,NEW-1,4\n2025-03-02,NEW-2,5\n",
                StandardCharsets.UTF_8);
        long skus = fixture.count(RecordKind.SKU);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals(2, report.createdCodes());
        assertEquals(skus + 2, fixture.count(RecordKind.SKU));
        fixture.store.imports().undo(report.batchId()).orElseThrow();
        assertEquals(skus, fixture.count(RecordKind.SKU));
    }

    @Test
    void keepsUnmappedColumnsAsExtrasRatherThanDroppingThem() throws IOException {
        Path file = fixture.write("ventes.csv", EXPORT, CP1252);
        var profile = fixture.importer.chooseProfile(fixture.store, file).orElseThrow();
        var preview = fixture.importer.preview(fixture.store, file, profile, 10).orElseThrow();
        assertEquals(List.of("Désignation"), preview.extraColumns());
        assertEquals(3, preview.rows().size());
        assertTrue(preview.rejections().isEmpty(), preview.rejections().toString());
    }

    @Test
    void writesTheRejectedRowsWithLineColumnAndReasonBesideASummary() throws IOException {
        String bad = EXPORT + "31/02/2025;BLE-T1;x;1;1;a;b\r\n" + "01/03/2025;;x;1;1;a;b\r\n"
                + "02/03/2025;BLE-T1;x;douze;1;a;b\r\n" + "03/03/2025;BLE-T1;x;1;1;a;b;surplus\r\n";
        Path file = fixture.write("ventes.csv", bad, CP1252);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals(3, report.accepted());
        assertEquals(4, report.rejected());
        List<String> reasons = report.firstRejections().stream().map(Object::toString).toList();
        assertTrue(reasons.get(0).endsWith("ventes.csv:6, column 'Date': sold_at is not a valid date (Invalid date "
                + "'FEBRUARY 31'; read as dd/MM/yyyy or yyyy-MM-dd) (value '31/02/2025')"), reasons.get(0));
        assertTrue(reasons.get(1).contains(":7, column 'Article': sku is required but empty"), reasons.get(1));
        assertTrue(reasons.get(2).contains(":8, column 'Quantité': quantity is not a number (value 'douze')"),
                reasons.get(2));
        assertTrue(reasons.get(3).contains(":9: has 8 cells where the header has 7"), reasons.get(3));
        Path rejected = report.rejectedFile().orElseThrow();
        assertEquals(folder.resolve("ventes.csv.rejected.csv"), rejected);
        List<String> lines = Files.readAllLines(rejected, StandardCharsets.UTF_8);
        assertEquals(5, lines.size());
        assertEquals("\ufeffDate;Article;Désignation;Quantité;Montant TTC;Client;Zone de livraison;grenier_line;"
                + "grenier_column;grenier_reason", lines.get(0));
        assertTrue(lines.get(3).startsWith("02/03/2025;BLE-T1;x;douze;1;a;b;8;Quantité;"), lines.get(3));
        String summary = Files.readString(report.summaryFile());
        assertTrue(summary.contains("Rejected         4"), summary);
        assertTrue(summary.contains("Windows-1252, ';' delimited, decimal ','"), summary);
    }

    @Test
    void aCleanReimportRemovesTheStaleRejectedFile() throws IOException {
        Path file = fixture.write("ventes.csv", EXPORT + "31/02/2025;BLE-T1;x;1;1;a;b\r\n", CP1252);
        assertTrue(fixture.importAuto(file).orElseThrow().rejectedFile().isPresent());
        fixture.write("ventes.csv", EXPORT, CP1252);
        assertFalse(fixture.importAuto(file).orElseThrow().rejectedFile().isPresent());
        assertFalse(Files.exists(folder.resolve("ventes.csv.rejected.csv")));
    }

    private static SalesObservation last(List<SalesObservation> sales) {
        return sales.get(sales.size() - 1);
    }
}
