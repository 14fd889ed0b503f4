package org.grenier.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.ToIntFunction;

import org.grenier.core.Result;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;

/** Opens the store a command names with {@code --db} (or the default one), runs the command's work, closes it. */
final class StoreAccess {

    private StoreAccess() {
    }

    static int withStore(Services services, Invocation invocation, PrintStream err, String command,
            ToIntFunction<Store> work) {
        var opener = services.find(StoreOpener.class);
        if (opener.isEmpty()) {
            err.println("grenier " + command + ": the store service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        Path folder = folder(opener.get(), invocation);
        Result<Store> opened = opener.get().open(folder);
        if (opened.failed()) {
            err.println("grenier " + command + ": " + opened.message());
            return ExitCodes.FAILED;
        }
        try (Store store = opened.value()) {
            return work.applyAsInt(store);
        }
    }

    static Path folder(StoreOpener opener, Invocation invocation) {
        return invocation.db().orElseGet(opener::defaultFolder);
    }
}
