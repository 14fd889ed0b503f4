package org.grenier.cli.internal;

import java.io.PrintStream;

import org.grenier.core.Result;
import org.grenier.core.store.ImportBatch;

/** {@code grenier undo BATCH}: removes everything one import added. */
final class UndoCommand implements Command {

    private final Services services;

    UndoCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "undo";
    }

    @Override
    public String summary() {
        return "undo one import batch: remove every record it added";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier undo BATCH [--db PATH]

                Removes, in one transaction, every record import BATCH added and the products and
                sites it created. 'grenier imports' shows the batch numbers. A batch whose products
                later imports use cannot be undone before those imports.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        long batchId;
        try {
            batchId = Long.parseLong(invocation.arguments().size() == 1 ? invocation.arguments().get(0) : "");
        } catch (NumberFormatException e) {
            err.println("grenier undo: name one batch number, such as 'grenier undo 3' ('grenier imports' lists them)");
            return ExitCodes.USAGE;
        }
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            Result<ImportBatch> undone = store.imports().undo(batchId);
            if (undone.failed()) {
                err.println("grenier undo: " + undone.message());
                return ExitCodes.FAILED;
            }
            out.printf("Import %d of %s undone: %,d records removed.%n", batchId, undone.value().file(),
                    undone.value().accepted());
            return ExitCodes.OK;
        });
    }
}
