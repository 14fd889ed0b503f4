package org.grenier.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.imports.FormatHints;
import org.grenier.core.imports.FormatHints.DateOrder;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.MappingProfile.UnknownCodes;
import org.grenier.core.imports.Rejection;
import org.grenier.core.imports.SniffedFormat;
import org.grenier.core.store.RecordKind;
import org.junit.jupiter.api.Test;

/** The files that break naive importers: each gives the right rows or a clear error, and never half a batch. */
class EdgeFileTest extends ImportTestBase {

    private SniffedFormat sniff(Path file) {
        return fixture.importer.sniff(file, FormatHints.AUTO).orElseThrow();
    }

    @Test
    void utf8WithAByteOrderMark() throws IOException {
        Path file = fixture.write("bom.csv", "\ufeffdate,sku,quantity\n2025-01-02,BLE-T1,3\n", StandardCharsets.UTF_8);
        assertEquals("UTF-8", sniff(file).encoding());
        assertEquals(3, sniff(file).bomLength());
        assertEquals("date", sniff(file).columns().get(0), "no BOM left in the first column name");
        assertEquals(1, fixture.importAuto(file).orElseThrow().accepted());
    }

    @Test
    void isoLatin1WithoutWindowsOnlyCharacters() throws IOException {
        Path file = fixture.write("latin1.csv", "date;sku;quantité;client\n02/01/2025;BLE-T1;3;Gérard\n",
                StandardCharsets.ISO_8859_1);
        assertEquals("ISO-8859-1", sniff(file).encoding());
        assertEquals(1, fixture.importAuto(file).orElseThrow().accepted());
        assertEquals("Gérard", fixture.store.sales("BLE-T1").orElseThrow().getLast().customer());
    }

    @Test
    void anAccentFarDownTheFileStillDecidesTheEncoding() throws IOException {
        StringBuilder text = new StringBuilder("date;sku;quantity;customer\n");
        for (int i = 0; i < 60_000; i++) {
            text.append("02/01/2025;BLE-T1;").append(i).append(";plain\n");
        }
        text.append("03/01/2025;BLE-T1;1;Cr\u00e9mier \u20ac\n");
        Path file = fixture.write("late-accent.csv", text.toString(), FrenchExportImportTest.CP1252);
        assertEquals("UTF-8", sniff(file).encoding(), "the first megabyte alone looks like UTF-8");
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals(60_001, report.accepted());
        assertEquals("Windows-1252", report.format().encoding(), "the import read every byte and started again");
        assertEquals("Crémier €", fixture.store.sales("BLE-T1").orElseThrow().getLast().customer());
        assertEquals(1, fixture.count(RecordKind.IMPORT_BATCH));
    }

    @Test
    void mixedLineEndingsAndAQuotedNewlineKeepLineNumbersRight() throws IOException {
        String text = "date,sku,quantity,customer\r\n2025-01-02,BLE-T1,1,a\n2025-01-03,BLE-T1,2,\"two\r\nlines\"\r"
                + "2025-01-04,BLE-T1,x,c\r\n";
        Path file = fixture.write("mixed.csv", text, StandardCharsets.UTF_8);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals(2, report.accepted());
        assertEquals(1, report.rejected());
        assertEquals(5, report.firstRejections().get(0).line(), "the bad row starts on physical line 5");
        assertEquals("two\r\nlines", fixture.store.sales("BLE-T1").orElseThrow().getLast().customer());
    }

    @Test
    void raggedRowsShortOnesAreReadLongOnesRejected() throws IOException {
        String text = "date,sku,quantity,customer,zone\n2025-01-02,BLE-T1,1\n2025-01-03,BLE-T1,2,b,Nord,extra\n"
                + "2025-01-04,BLE-T1,3,c,Sud,,\n";
        Path file = fixture.write("ragged.csv", text, StandardCharsets.UTF_8);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals(2, report.accepted(), "a short row and one with empty trailing cells are fine");
        assertEquals(1, report.rejected());
        assertEquals(3, report.firstRejections().get(0).line());
    }

    @Test
    void anEmptyFileIsAClearError() throws IOException {
        Result<ImportReport> result = fixture.importWith(fixture.write("empty.csv", new byte[0]),
                "Generic sales lines");
        assertTrue(result.failed());
        assertTrue(result.message().endsWith("empty.csv is empty: there is nothing to import."), result.message());
    }

    @Test
    void aHeaderOnlyFileIsAClearErrorAndLeavesNoBatch() throws IOException {
        Path file = fixture.write("header.csv", "date;sku;quantity\r\n", StandardCharsets.UTF_8);
        Result<ImportReport> result = fixture.importWith(file, "Generic sales lines");
        assertTrue(result.failed());
        assertTrue(result.message().endsWith("header.csv has a header row but no data rows: there is nothing to "
                + "import."), result.message());
        assertEquals(0, fixture.count(RecordKind.IMPORT_BATCH));
    }

    @Test
    void aBinaryFileRenamedCsvIsRefused() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        Result<ImportReport> result = fixture.importWith(fixture.write("photo.csv", bytes), "Generic sales lines");
        assertTrue(result.failed());
        assertTrue(result.message().contains("photo.csv is not a text file"), result.message());
        assertEquals(0, fixture.count(RecordKind.IMPORT_BATCH));
    }

    @Test
    void monthFirstDatesAreResolvedFromALaterRow() throws IOException {
        StringBuilder text = new StringBuilder("date,sku,quantity\n");
        for (int day = 1; day <= 12; day++) {
            for (int i = 0; i < 30; i++) {
                text.append("01/").append(String.format("%02d", day)).append("/2025,BLE-T1,").append(i).append('\n');
            }
        }
        text.append("01/25/2025,BLE-T1,1\n");
        Path file = fixture.write("us.csv", text.toString(), StandardCharsets.UTF_8);
        SniffedFormat format = sniff(file);
        assertEquals(DateOrder.MONTH_FIRST, format.dateOrder(), "row 362 has a day of 25 in second place");
        assertEquals(361, fixture.importAuto(file).orElseThrow().accepted());
    }

    @Test
    void ambiguousDatesAreReadDayFirstWithANote() throws IOException {
        Path file = fixture.write("ambiguous.csv", "date;sku;quantity\n03/04/2025;BLE-T1;1\n", StandardCharsets.UTF_8);
        SniffedFormat format = sniff(file);
        assertEquals(DateOrder.DAY_FIRST, format.dateOrder());
        assertTrue(format.notes().get(0).contains("read day first"), format.notes().toString());
    }

    @Test
    void tabPipeAndSingleQuotedFiles() throws IOException {
        assertEquals('\t', sniff(fixture.write("tab.tsv", "date\tsku\tquantity\n2025-01-02\tBLE-T1\t1,5\n",
                StandardCharsets.UTF_8)).delimiter());
        Path pipe = fixture.write("pipe.csv", "date|sku|quantity|customer\n2025-01-02|BLE-T1|1|'Dupont, fils'\n"
                + "2025-01-03|BLE-T1|2|'Martin'\n", StandardCharsets.UTF_8);
        assertEquals('|', sniff(pipe).delimiter());
        assertEquals('\'', sniff(pipe).quote());
        fixture.importAuto(pipe).orElseThrow();
        assertEquals("Martin", fixture.store.sales("BLE-T1").orElseThrow().getLast().customer());
    }

    @Test
    void aFileWithoutHeaderIsMappedByPosition() throws IOException {
        Path file = fixture.write("noheader.csv", "2025-01-02;BLE-T1;4\n2025-01-03;BLE-T1;5\n", StandardCharsets.UTF_8);
        assertFalse(sniff(file).header());
        var profile = org.grenier.core.imports.MappingProfile.generic("by position",
                org.grenier.core.imports.ImportTarget.SALES_LINE);
        profile = profile.withRule(org.grenier.core.imports.ColumnRule.of(org.grenier.core.imports.ImportField.SOLD_AT,
                "#1")).withRule(org.grenier.core.imports.ColumnRule.of(org.grenier.core.imports.ImportField.SALE_SKU,
                        "#2")).withRule(org.grenier.core.imports.ColumnRule.of(
                                org.grenier.core.imports.ImportField.SALE_QUANTITY, "#3"));
        ImportReport report = fixture.importer.importFile(fixture.store, file, profile, new NullProgressMonitor())
                .orElseThrow();
        assertEquals(2, report.accepted());
    }

    @Test
    void thousandsSeparatorsInBothConventions() throws IOException {
        Path file = fixture.write("us-amounts.csv", "date,sku,quantity,amount\n2025-01-02,BLE-T1,1,\"1,234.50\"\n"
                + "2025-01-03,BLE-T1,2,12.25\n", StandardCharsets.UTF_8);
        assertEquals('.', sniff(file).decimal());
        fixture.importAuto(file).orElseThrow();
        var sales = fixture.store.sales("BLE-T1").orElseThrow();
        assertEquals(0, new BigDecimal("1234.50").compareTo(sales.get(sales.size() - 2).amount()));
    }

    @Test
    void unknownProductsAreRejectedWhenTheProfileSaysSo() throws IOException {
        Path file = fixture.write("unknown.csv", "date,sku,quantity\n2025-01-02,NOPE,1\n2025-01-02,BLE-T1,1\n",
                StandardCharsets.UTF_8);
        var strict = fixture.profile("Generic sales lines").withUnknownCodes(UnknownCodes.REJECT);
        ImportReport report = fixture.importer.importFile(fixture.store, file, strict, new NullProgressMonitor())
                .orElseThrow();
        assertEquals(1, report.accepted());
        assertTrue(report.firstRejections().get(0).toString().contains("column 'sku': unknown product: not in the "
                + "store"), report.firstRejections().toString());
    }

    @Test
    void aRowRepeatedInTheFileIsRejectedWithTheLineItRepeats() throws IOException {
        Path file = fixture.write("twice.csv", "date,sku,quantity,order\n2025-01-02,BLE-T1,1,A1\n2025-01-02,BLE-T1,2,A2\n"
                + "2025-01-02,BLE-T1,1,A1\n", StandardCharsets.UTF_8);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals(2, report.accepted());
        assertEquals("repeats line 2 of this file", report.firstRejections().get(0).reason());
        assertEquals(4, report.firstRejections().get(0).line());
        assertEquals(Rejection.Problem.REPEATED, report.firstRejections().get(0).problem());
        assertEquals(List.of("2"), report.firstRejections().get(0).facts(), "the line repeated, for any language");
    }

    @Test
    void aCatalogueRowThatContradictsTheStoreIsAConflict() throws IOException {
        Path first = fixture.write("cat1.csv", "code;name;price\nNEW-A;Pomme Reinette;1,20\n", StandardCharsets.UTF_8);
        assertEquals("Product catalogue", fixture.importAuto(first).orElseThrow().profile());
        Path second = fixture.write("cat2.csv", "code;name;price\nNEW-A;Pomme Reinette;1,35\nNEW-B;Poire;2\n",
                StandardCharsets.UTF_8);
        ImportReport report = fixture.importAuto(second).orElseThrow();
        assertEquals(1, report.accepted());
        assertTrue(report.firstRejections().get(0).reason().startsWith("conflicts with line 2 of import"),
                report.firstRejections().get(0).reason());
        Rejection conflict = report.firstRejections().get(0);
        assertEquals(Rejection.Problem.CONFLICT, conflict.problem());
        assertEquals("2", conflict.facts().get(0));
        assertTrue(conflict.reason().endsWith(" of import " + conflict.facts().get(1) + ": same product code, "
                + "other values"), conflict.reason());
        assertEquals("SKU", conflict.facts().get(2), "what the rows share, for any language to word");
    }

    @Test
    void stockLevelsNeedKnownStorageUnits() throws IOException {
        Path file = fixture.write("stock.csv", "date;article;emplacement;stock\n01/03/2025;BLE-T1;VAL-S1;812,5\n"
                + "01/03/2025;BLE-T1;NOWHERE;3\n", StandardCharsets.UTF_8);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals("Stock snapshot", report.profile());
        assertEquals(1, report.accepted());
        assertEquals(1, fixture.count(RecordKind.STOCK_LEVEL));
        assertTrue(report.firstRejections().get(0).reason().startsWith("unknown storage unit"));
    }

    @Test
    void weatherAndProductionPlanFilesFindTheirProfiles() throws IOException {
        Path weather = fixture.write("meteo.csv", "date heure;station;température;humidité;pluie\n"
                + "01/03/2025 06:00;DIJON;3,5;88;0,2\n", StandardCharsets.UTF_8);
        assertEquals("Weather", fixture.importAuto(weather).orElseThrow().profile());
        Path plan = fixture.write("plan.csv", "date de production;article;site;quantité prévue\n"
                + "15/07/2025;BLE-T1;VAL;1200\n", StandardCharsets.UTF_8);
        assertEquals("Production plan", fixture.importAuto(plan).orElseThrow().profile());
        assertEquals(1, fixture.count(RecordKind.WEATHER));
        assertEquals(1, fixture.count(RecordKind.PRODUCTION_PLAN));
    }

    @Test
    void humidityOutOfRangeIsRejectedWithTheRange() throws IOException {
        Path weather = fixture.write("meteo.csv", "date;station;humidity\n2025-03-01;DIJON;180\n",
                StandardCharsets.UTF_8);
        ImportReport report = fixture.importAuto(weather).orElseThrow();
        assertEquals("humidity is out of range: it must be between 0 and 100, was 180",
                report.firstRejections().get(0).reason());
        assertTrue(report.nothingImported());
    }

    @Test
    void aCancelledImportWritesNothing() throws IOException {
        StringBuilder text = new StringBuilder("date,sku,quantity\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("2025-01-02,BLE-T1,").append(i).append('\n');
        }
        text.append("bad,BLE-T1,1\n");
        Path file = fixture.write("long.csv", text.toString(), StandardCharsets.UTF_8);
        long before = fixture.count(RecordKind.SALES_LINE);
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int calls;

            @Override
            public boolean isCanceled() {
                return ++calls > 5;
            }
        };
        Result<ImportReport> result = fixture.importer.importFile(fixture.store, file,
                fixture.profile("Generic sales lines"), monitor);
        assertTrue(result.failed());
        assertTrue(result.message().contains("cancelled; nothing was written"), result.message());
        assertEquals(before, fixture.count(RecordKind.SALES_LINE));
        assertEquals(0, fixture.count(RecordKind.IMPORT_BATCH));
        assertFalse(Files.exists(folder.resolve("long.csv.rejected.csv.partial")));
        assertFalse(Files.exists(folder.resolve("long.csv.rejected.csv")));
    }

    @Test
    void anUnclosedQuoteFailsTheWholeFileWithItsLine() throws IOException {
        assertRunawayRowToldAt("unclosed.csv", "date,sku,quantity,customer\n2025-01-02,BLE-T1,1,\"never closed\n", 2);
    }

    /** The line told is the one the runaway row starts on, counted past the line breaks inside earlier cells. */
    @Test
    void anUnclosedQuoteAfterCellsOnSeveralLinesIsToldAtItsOwnLine() throws IOException {
        assertRunawayRowToldAt("unclosed-late.csv", "date,sku,quantity,customer\r\n"
                + "2025-01-02,BLE-T1,1,\"two\r\nlines\"\r\n2025-01-03,BLE-T1,2,\"three\nshort\rlines\"\n"
                + "2025-01-04,BLE-T1,3,\"never closed\n", 7);
    }

    /** The head of a file, then 1.1 million characters still inside the quote it leaves open: nothing is imported. */
    private void assertRunawayRowToldAt(String name, String head, int line) throws IOException {
        StringBuilder text = new StringBuilder(head);
        String filler = "x".repeat(1000) + "\n";
        for (int i = 0; i < 1100; i++) {
            text.append(filler);
        }
        Path file = fixture.write(name, text.toString(), StandardCharsets.UTF_8);
        Result<ImportReport> result = fixture.importWith(file, "Generic sales lines");
        assertTrue(result.failed());
        assertTrue(result.message().contains(name + ":" + line + ": a row runs past 1 million characters"),
                result.message());
        assertEquals(0, fixture.count(RecordKind.IMPORT_BATCH));
    }
}
