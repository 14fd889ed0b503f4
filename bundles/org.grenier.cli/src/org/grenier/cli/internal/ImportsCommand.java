package org.grenier.cli.internal;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.store.ImportBatch;

/** {@code grenier imports}: the import history, newest first. */
final class ImportsCommand implements Command {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Services services;

    ImportsCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "imports";
    }

    @Override
    public String summary() {
        return "list past imports (batches), newest first";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier imports [--db PATH] [--output FILE]

                Lists every import batch: its number, when it ran, the file, the profile, how many
                rows it added and rejected, and whether it was undone ('grenier undo BATCH').""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            Result<List<ImportBatch>> batches = store.imports().batches();
            if (batches.failed()) {
                err.println("grenier imports: " + batches.message());
                return ExitCodes.FAILED;
            }
            out.printf("%6s  %-16s  %10s  %9s  %-8s  %-24s  %s%n", "Batch", "Imported", "Added", "Rejected", "State",
                    "Profile", "File");
            for (ImportBatch batch : batches.value()) {
                out.printf("%6d  %-16s  %,10d  %,9d  %-8s  %-24s  %s%n", batch.id(), WHEN.format(batch.importedAt()),
                        batch.accepted(), batch.rejected(), batch.undone() ? "undone" : "stored", batch.profile(),
                        batch.file());
            }
            return ExitCodes.OK;
        });
    }
}
