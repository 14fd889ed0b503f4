package org.grenier.optimize.internal.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.grenier.core.model.MovementKind;
import org.grenier.core.model.StockMovement;
import org.junit.jupiter.api.Test;

/** FIFO and moving weighted average against hand-worked ledgers, as in an accounting textbook. */
class InventoryLedgerTest {

    private static final Instant AT = Instant.parse("2026-01-05T08:00:00Z");

    @Test
    void fifoKeepsTheLatestReceiptsAndTheAverageMovesOnlyWithReceipts() {
        InventoryLedger ledger = new InventoryLedger(9);
        ledger.apply(receipt(100, "10"));
        ledger.apply(receipt(200, "12"));
        ledger.apply(move(MovementKind.ISSUE, 150));
        ledger.apply(receipt(100, "15"));
        assertEquals(250, ledger.quantity(), 1e-9);
        // FIFO: the 150 issued were the 100 at 10 and 50 at 12; left: 150 at 12 and 100 at 15
        assertEquals(150 * 12 + 100 * 15, ledger.fifoValue(250), 1e-9);
        // average: 3,400 / 300 = 11.333; 150 left worth 1,700; with 100 at 15, 3,200 / 250 = 12.80
        assertEquals(12.8, ledger.averageCost(), 1e-9);
        assertEquals(3200, ledger.averageValue(250), 1e-9);
        assertTrue(ledger.costed());
    }

    @Test
    void aLossIssuesOldestFirstAndATransferChangesNothing() {
        InventoryLedger ledger = new InventoryLedger(9);
        ledger.apply(receipt(10, "2"));
        ledger.apply(receipt(10, "4"));
        ledger.apply(move(MovementKind.TRANSFER, 5));
        ledger.apply(move(MovementKind.LOSS, 12));
        assertEquals(8, ledger.quantity(), 1e-9);
        assertEquals(8 * 4, ledger.fifoValue(8), 1e-9);
        assertEquals(8 * 3, ledger.averageValue(8), 1e-9);
    }

    @Test
    void aCountAboveTheLedgerAddsAtTheLastCostAndOneBelowIssues() {
        InventoryLedger ledger = new InventoryLedger(9);
        ledger.apply(receipt(10, "2"));
        ledger.apply(receipt(10, "4"));
        ledger.apply(move(MovementKind.COUNT, 25));
        assertEquals(10 * 2 + 15 * 4, ledger.fifoValue(25), 1e-9);
        ledger.apply(move(MovementKind.COUNT, 5));
        assertEquals(5 * 4, ledger.fifoValue(5), 1e-9, "the newest stay");
        // more on hand than the ledger knows (a count not yet moved in): the rest at the last cost
        assertEquals(5 * 4 + 3 * 4, ledger.fifoValue(8), 1e-9);
    }

    @Test
    void receiptsWithoutACostComeAtTheCatalogueCost() {
        InventoryLedger ledger = new InventoryLedger(9);
        ledger.apply(new StockMovement("BLE", "S1", AT, MovementKind.RECEIPT, BigDecimal.valueOf(10)));
        assertFalse(ledger.costed());
        assertEquals(90, ledger.fifoValue(10), 1e-9);
        assertEquals(90, ledger.averageValue(10), 1e-9);
        assertEquals(0, new InventoryLedger(7).quantity(), 0);
        assertEquals(21, new InventoryLedger(7).averageValue(3), 1e-9, "no receipt: the catalogue cost");
    }

    private static StockMovement receipt(double quantity, String cost) {
        return new StockMovement("BLE", "S1", AT, MovementKind.RECEIPT, BigDecimal.valueOf(quantity),
                new BigDecimal(cost));
    }

    private static StockMovement move(MovementKind kind, double quantity) {
        return new StockMovement("BLE", "S1", AT, kind, BigDecimal.valueOf(quantity));
    }
}
