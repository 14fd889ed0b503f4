package org.grenier.imports.internal;

import java.math.BigDecimal;
import java.util.function.IntFunction;

import org.grenier.core.imports.ImportField;
import org.grenier.core.imports.ImportTarget;
import org.grenier.core.imports.Rejection;
import org.grenier.core.model.MovementKind;

/** What a row's other cells say about an empty or signed one, once every cell is read. */
final class RowDefaults {

    private static final int NAME = ImportTarget.STORAGE_UNIT.fields().indexOf(ImportField.STORAGE_NAME);
    private static final int KIND = ImportTarget.STOCK_MOVEMENT.fields().indexOf(ImportField.MOVE_KIND);
    private static final int QUANTITY = ImportTarget.STOCK_MOVEMENT.fields().indexOf(ImportField.MOVE_QUANTITY);

    private RowDefaults() {
    }

    /**
     * A storage unit without a name is called by its code. A movement without a kind takes it from its sign, as ERP
     * ledgers write them: positive in, negative out. A sign that agrees with the kind (an issue of -50) is dropped;
     * one that contradicts it (a receipt of -50) is refused rather than guessed.
     *
     * @param column the file's name for the field at an index, for the message
     */
    static void complete(ImportTarget target, Object[] values, IntFunction<String> column) throws RowRejected {
        if (target == ImportTarget.STORAGE_UNIT && values[NAME] == null) {
            values[NAME] = values[0];
        } else if (target == ImportTarget.STOCK_MOVEMENT) {
            signed(values, column);
        }
    }

    private static void signed(Object[] values, IntFunction<String> column) throws RowRejected {
        BigDecimal quantity = (BigDecimal) values[QUANTITY];
        boolean out = quantity.signum() < 0;
        if (values[KIND] == null) {
            values[KIND] = (out ? MovementKind.ISSUE : MovementKind.RECEIPT).name();
        } else if (out && !values[KIND].equals(MovementKind.ISSUE.name())
                && !values[KIND].equals(MovementKind.LOSS.name())) {
            throw new RowRejected(column.apply(QUANTITY), quantity.toPlainString(), "quantity is negative for a "
                    + values[KIND].toString().toLowerCase(java.util.Locale.ROOT) + ": only issues and losses may be "
                    + "written with a minus sign", Rejection.Problem.NEGATIVE_QUANTITY,
                    values[KIND].toString().toLowerCase(java.util.Locale.ROOT));
        }
        values[QUANTITY] = quantity.abs();
    }
}
