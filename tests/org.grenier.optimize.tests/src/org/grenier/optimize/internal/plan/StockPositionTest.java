package org.grenier.optimize.internal.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.grenier.core.model.MovementKind;
import org.grenier.core.model.StockCount;
import org.grenier.core.model.StockMovement;
import org.junit.jupiter.api.Test;

/** Where stock stands at the start of a plan, worked by hand from a count and a ledger. */
class StockPositionTest {

    private static final Instant START = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void theLedgerSinceTheLatestCountMovesTheLevel() {
        List<StockCount> counts = List.of(new StockCount("BLE", "S1", 800, daysAgo(5)),
                new StockCount("BLE", "S2", 100, daysAgo(5)));
        List<StockMovement> moves = List.of(move("BLE", "S1", daysAgo(9), MovementKind.RECEIPT, 999),
                move("BLE", "S1", daysAgo(3), MovementKind.RECEIPT, 200),
                move("BLE", "S1", daysAgo(2), MovementKind.ISSUE, 100),
                move("BLE", "S1", daysAgo(1), MovementKind.LOSS, 10),
                move("BLE", "S1", daysAgo(1), MovementKind.TRANSFER, 50),
                move("BLE", "S2", daysAgo(2), MovementKind.ISSUE, 150),
                move("ORGE", "S1", daysAgo(1), MovementKind.RECEIPT, 40));
        StockPosition position = StockPosition.of(counts, moves, START, 30);
        // S1: 800 + 200 - 100 - 10 (the receipt before the count is in it); S2 cannot go below nothing
        assertEquals(890, position.onHand().get("BLE"), 1e-9);
        assertNull(position.onHand().get("ORGE"), "never counted: a ledger alone does not say what is there");
        assertEquals(0, position.byUnit().stream().filter(c -> c.storageUnitCode().equals("S2")).findFirst()
                .orElseThrow().quantity(), 1e-9);
    }

    @Test
    void aCountInTheLedgerResetsTheLevel() {
        List<StockCount> counts = List.of(new StockCount("BLE", "S1", 800, daysAgo(5)));
        List<StockMovement> moves = List.of(move("BLE", "S1", daysAgo(4), MovementKind.ISSUE, 300),
                move("BLE", "S1", daysAgo(3), MovementKind.COUNT, 450),
                move("BLE", "S1", daysAgo(2), MovementKind.RECEIPT, 25));
        assertEquals(475, StockPosition.of(counts, moves, START, 30).onHand().get("BLE"), 1e-9);
    }

    @Test
    void receiptsToComeAreOnOrderOnTheirDayWithinTheHorizon() {
        List<StockMovement> moves = List.of(move("BLE", "S1", START.plus(2, ChronoUnit.DAYS), MovementKind.RECEIPT,
                300), move("BLE", "S1", START.plus(2, ChronoUnit.HOURS), MovementKind.RECEIPT, 5),
                move("BLE", "S1", START.plus(3, ChronoUnit.DAYS), MovementKind.ISSUE, 70),
                move("BLE", "S1", START.plus(40, ChronoUnit.DAYS), MovementKind.RECEIPT, 1000));
        StockPosition position = StockPosition.of(List.of(), moves, START, 5);
        assertArrayEquals(new double[] { 5, 0, 300, 0, 0 }, position.onOrder().get("BLE"), 1e-9);
        assertEquals(305, position.onOrderOf("BLE"), 1e-9);
        assertEquals(0, position.onOrderOf("ORGE"), 1e-9);
    }

    private static Instant daysAgo(int days) {
        return START.minus(days, ChronoUnit.DAYS);
    }

    private static StockMovement move(String sku, String unit, Instant at, MovementKind kind, double quantity) {
        return new StockMovement(sku, unit, at, kind, BigDecimal.valueOf(quantity));
    }
}
