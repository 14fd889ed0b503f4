package org.grenier.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.grenier.core.Result;

/** {@code grenier backup FILE}: a consistent copy of the whole store while it stays in use. */
final class BackupCommand implements Command {

    private final Services services;

    BackupCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "write a backup of the whole store to a file";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier backup FILE [--db PATH]

                Writes the whole store to FILE as a compressed SQL script (H2's SCRIPT), readable
                by its owner only. Reads and the workbench carry on meanwhile. 'grenier restore'
                brings it back, into this or a later version of Grenier.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        if (invocation.arguments().size() != 1) {
            err.println("grenier backup: name the backup file, such as 'grenier backup grenier-2026-11-20.zip'");
            return ExitCodes.USAGE;
        }
        Path file = Path.of(invocation.arguments().get(0));
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            Result<Path> written = store.backup(file);
            if (written.failed()) {
                err.println("grenier backup: " + written.message());
                return ExitCodes.FAILED;
            }
            out.println("Store " + store.folder() + " backed up to " + written.value());
            return ExitCodes.OK;
        });
    }
}
