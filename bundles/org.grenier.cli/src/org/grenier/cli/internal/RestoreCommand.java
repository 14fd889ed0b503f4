package org.grenier.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.store.StoreOpener;
import org.grenier.core.store.StoreSummary;

/** {@code grenier restore FILE}: replaces the store with a backup. */
final class RestoreCommand implements Command {

    private final Services services;

    RestoreCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "replace the store with a backup";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier restore FILE [--db PATH]

                Replaces the store with the backup in FILE, upgraded to this version's schema. The
                backup is loaded and checked beside the store first; the store is replaced only
                when that succeeded, and the replaced file is kept as grenier.mv.db.before-restore.
                Close the workbench on that store first.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        if (invocation.arguments().size() != 1) {
            err.println("grenier restore: name the backup file to restore");
            return ExitCodes.USAGE;
        }
        Optional<StoreOpener> opener = services.find(StoreOpener.class);
        if (opener.isEmpty()) {
            err.println("grenier restore: the store service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        Path folder = StoreAccess.folder(opener.get(), invocation);
        Result<StoreSummary> restored = opener.get().restore(folder, Path.of(invocation.arguments().get(0)));
        if (restored.failed()) {
            err.println("grenier restore: " + restored.message());
            return ExitCodes.FAILED;
        }
        out.println("Restored " + invocation.arguments().get(0) + " into " + folder + ":");
        InfoCommand.print(restored.value(), out);
        return ExitCodes.OK;
    }
}
