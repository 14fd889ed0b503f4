package org.grenier.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.Rejection;
import org.grenier.core.model.MovementKind;
import org.grenier.core.model.StockMovement;
import org.grenier.core.model.StorageType;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.core.store.RecordKind;
import org.junit.jupiter.api.Test;

/**
 * What a planner brings before planning, from the files people keep: the storage units and their capacity, each
 * product's supply terms, and the stock ledger with the cost of each receipt. French exports, real store.
 */
class SupplyImportTest extends ImportTestBase {

    private static final String UNITS = "code cellule;exploitation;nom;type;capacité;unité\n"
            + "VAL-S9;FERME-N;Silo neuf;Silo;1 200,5;t\n"
            + "VAL-CF9;FERME-N;;chambre froide;300;m3\n"
            + "VAL-X;FERME-N;Garage;garage;10;t\n"
            + "VAL-Z;FERME-N;Vide;silo;0;t\n";

    private static final String TERMS = "article;délai;écart type délai;coût de commande;minimum;colisage;"
            + "encombrement;cellule;taux de possession\n"
            + "BLE-T1;10;2;80;50;10;1;VAL-S1;0,12\n"
            + "CAROTTE;3;;;;;;;\n"
            + "POM-GALA;0;1;30;0;1;1;VAL-S1;0,3\n"
            + "INCONNU;4;1;30;0;1;1;VAL-S1;0,3\n"
            + "POM-GALA;4;1;30;0;1;1;NULLE-PART;0,3\n";

    private static final String LEDGER = "date;article;emplacement;sens;quantité;coût unitaire\n"
            + "02/03/2025;BLE-T1;VAL-S1;Entrée;100;180,5\n"
            + "05/03/2025;BLE-T1;VAL-S1;;-40;\n"
            + "06/03/2025;BLE-T1;VAL-S1;réception;-5;\n"
            + "07/03/2025;BLE-T1;VAL-S1;perte;-2;\n"
            + "08/03/2025;BLE-T1;VAL-S1;vol;3;\n";

    @Test
    void storageUnitsComeWithTheirCapacityAndTheirSite() throws IOException {
        Path file = fixture.write("cellules.csv", UNITS, FrenchExportImportTest.CP1252);
        long sites = fixture.count(RecordKind.SITE);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals("Storage units", report.profile());
        assertEquals(2, report.accepted());
        assertEquals(1, report.createdCodes(), "the farm named by both units is created once");
        assertEquals(sites + 1, fixture.count(RecordKind.SITE));
        Map<String, StorageUnit> units = units();
        StorageUnit silo = units.get("VAL-S9");
        assertEquals(new StorageUnit("VAL-S9", "FERME-N", "Silo neuf", StorageType.SILO, 1200.5, "t"), silo);
        assertEquals(new StorageUnit("VAL-CF9", "FERME-N", "VAL-CF9", StorageType.COLD_ROOM, 300, "m3"),
                units.get("VAL-CF9"), "a unit without a name is called by its code");
        assertReason(report, 4, "type", "type is not a kind of storage: expected silo, cold room");
        assertReason(report, 5, "capacité", "capacity is out of range: it must be above 0, was 0");
        assertEquals(2, fixture.importAuto(file).orElseThrow().alreadyStored(), "a re-import adds nothing");
    }

    @Test
    void undoingTheUnitsTakesOutTheSiteTheyBroughtUnlessStockIsKeptThere() throws IOException {
        ImportReport units = fixture.importAuto(fixture.write("cellules.csv", UNITS, FrenchExportImportTest.CP1252))
                .orElseThrow();
        Path count = fixture.write("stock.csv", "date;article;cellule;quantite\n01/03/2025;BLE-T1;VAL-S9;12\n",
                StandardCharsets.UTF_8);
        ImportReport counted = fixture.importAuto(count).orElseThrow();
        assertEquals(1, counted.accepted(), "stock can be counted in a unit as soon as it is imported");
        assertTrue(fixture.store.imports().undo(units.batchId()).failed(), "the count still names the silo");
        fixture.store.imports().undo(counted.batchId()).orElseThrow();
        long sites = fixture.count(RecordKind.SITE);
        fixture.store.imports().undo(units.batchId()).orElseThrow();
        assertEquals(List.of("VAL-S1"), List.copyOf(units().keySet()));
        assertEquals(sites - 1, fixture.count(RecordKind.SITE));
    }

    @Test
    void supplyTermsTakeTheUsualValuesWhereACellIsEmpty() throws IOException {
        Path file = fixture.write("conditions.csv", TERMS, FrenchExportImportTest.CP1252);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals("Supply terms", report.profile());
        assertEquals(2, report.accepted());
        Map<String, SupplyTerms> terms = fixture.store.planning().supplyTerms().orElseThrow();
        assertEquals(new SupplyTerms("BLE-T1", 10, 2, 80, 50, 10, 1, "VAL-S1", 0.12), terms.get("BLE-T1"));
        assertEquals(new SupplyTerms("CAROTTE", 3, 0, 0, 0, 1, 1, null, 0.25), terms.get("CAROTTE"));
        assertEquals(2, fixture.count(RecordKind.SUPPLY_TERMS));
        assertReason(report, 4, "délai", "lead_time_days is out of range: it must be above 0 and at most 3650, was 0");
        assertReason(report, 5, "article", "unknown product");
        assertReason(report, 6, "cellule", "unknown storage unit");
        Path changed = fixture.write("conditions2.csv", TERMS.replace("BLE-T1;10;", "BLE-T1;12;"),
                FrenchExportImportTest.CP1252);
        ImportReport again = fixture.importAuto(changed).orElseThrow();
        assertEquals(1, again.alreadyStored());
        assertReason(again, 2, "", "conflicts with line 2 of import " + report.batchId() + ": same product code");
        fixture.store.imports().undo(report.batchId()).orElseThrow();
        assertEquals(0, fixture.count(RecordKind.SUPPLY_TERMS));
    }

    /**
     * Terms saved outside any import (the demo's, or a planner's) carry no content key; an imported line with the same
     * values is still the same record, already stored, and not a conflict. The stored terms' lead time differs from the
     * import's in its written form only (3.0 against "3").
     */
    @Test
    void termsIdenticalToTermsNoImportBroughtAreAlreadyStored() throws IOException {
        fixture.store.planning().saveSupplyTerms(List.of(new SupplyTerms("CAROTTE", 3.0, 0, 0, 0, 1, 1, null, 0.25)))
                .orElseThrow();
        ImportReport report = fixture.importAuto(fixture.write("conditions.csv", TERMS,
                FrenchExportImportTest.CP1252)).orElseThrow();
        assertEquals(1, report.accepted(), "BLE-T1");
        assertEquals(1, report.alreadyStored(), "CAROTTE, as saved");
        assertTrue(report.firstRejections().stream().noneMatch(r -> r.line() == 3), report.firstRejections()
                .toString());
        fixture.store.imports().undo(report.batchId()).orElseThrow();
        assertEquals(new SupplyTerms("CAROTTE", 3, 0, 0, 0, 1, 1, null, 0.25), fixture.store.planning()
                .supplyTerms().orElseThrow().get("CAROTTE"), "the saved terms are not the import's to undo");
    }

    /** The fixture's silo, stored without an import, read again from a file: the same unit, capacity as a double. */
    @Test
    void aUnitIdenticalToOneNoImportBroughtIsAlreadyStored() throws IOException {
        Path file = fixture.write("cellules.csv", "code cellule;exploitation;nom;type;capacité;unité\n"
                + "VAL-S1;VAL;Silo 1;silo;1 200;q\n" + "VAL-S2;VAL;Silo 2;silo;1 200;q\n",
                FrenchExportImportTest.CP1252);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals(1, report.accepted(), "VAL-S2");
        assertEquals(1, report.alreadyStored(), "VAL-S1");
        assertEquals(0, report.rejected(), report.firstRejections().toString());
    }

    /** Terms kept outside any import (as the demo's are) have no line or import to name: the reason says so. */
    @Test
    void termsThatContradictTermsNoImportBroughtAreRefusedAsSuch() throws IOException {
        fixture.store.planning().saveSupplyTerms(List.of(new SupplyTerms("CAROTTE", 2, 0.5, 30, 50, 10, 0.001,
                "VAL-S1", 0.3))).orElseThrow();
        ImportReport report = fixture.importAuto(fixture.write("conditions.csv", TERMS,
                FrenchExportImportTest.CP1252)).orElseThrow();
        assertEquals(1, report.accepted(), "BLE-T1 only");
        assertReason(report, 3, "", "conflicts with a stored record that no import brought (the demo's, or one "
                + "from before imports): same product code");
        Rejection conflict = report.firstRejections().stream().filter(r -> r.line() == 3).findFirst().orElseThrow();
        assertEquals(Rejection.Problem.CONFLICT_NOT_IMPORTED, conflict.problem());
        assertEquals(List.of("SUPPLY_TERMS"), conflict.facts());
        assertEquals(2, fixture.store.planning().supplyTerms().orElseThrow().get("CAROTTE").leadTimeDays(),
                "the stored terms kept");
    }

    @Test
    void movementsTakeTheirKindFromTheWordOrTheSign() throws IOException {
        Path file = fixture.write("mouvements.csv", LEDGER, FrenchExportImportTest.CP1252);
        ImportReport report = fixture.importAuto(file).orElseThrow();
        assertEquals("Stock movements", report.profile());
        assertEquals(3, report.accepted());
        List<StockMovement> moves = fixture.store.planning().movements().orElseThrow();
        assertEquals(List.of(MovementKind.RECEIPT, MovementKind.ISSUE, MovementKind.LOSS),
                moves.stream().map(StockMovement::kind).toList());
        assertEquals(List.of("100", "40", "2"), moves.stream().map(m -> m.quantity().stripTrailingZeros()
                .toPlainString()).toList());
        assertEquals(new BigDecimal("180.5"), moves.get(0).unitCost().stripTrailingZeros());
        assertNull(moves.get(1).unitCost());
        assertReason(report, 4, "quantité", "quantity is negative for a receipt");
        assertReason(report, 6, "sens", "kind is not a movement: expected receipt, issue");
        assertEquals(3, fixture.importAuto(file).orElseThrow().alreadyStored(), "a re-import adds nothing");
        fixture.store.imports().undo(report.batchId()).orElseThrow();
        assertEquals(0, fixture.count(RecordKind.STOCK_MOVEMENT));
    }

    private Map<String, StorageUnit> units() {
        Map<String, StorageUnit> units = new java.util.TreeMap<>();
        fixture.store.storageUnits().orElseThrow().forEach(unit -> units.put(unit.code(), unit));
        return units;
    }

    private static void assertReason(ImportReport report, long line, String column, String reason) {
        Rejection rejection = report.firstRejections().stream().filter(r -> r.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("line " + line + " not rejected: " + report.firstRejections()));
        assertEquals(column, rejection.column(), rejection.toString());
        assertTrue(rejection.reason().startsWith(reason), rejection.toString());
    }
}
