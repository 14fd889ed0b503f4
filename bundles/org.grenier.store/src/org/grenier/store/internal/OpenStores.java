package org.grenier.store.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The store folders this process has open. H2 lets one process open a database twice, so its file lock only
 * protects a store from other processes; a restore must also refuse a store open in this one.
 */
final class OpenStores {

    private static final Map<Path, Integer> OPEN = new HashMap<>();

    private OpenStores() {
    }

    static synchronized void opened(Path folder) {
        OPEN.merge(folder, 1, Integer::sum);
    }

    static synchronized void closed(Path folder) {
        OPEN.computeIfPresent(folder, (key, count) -> count == 1 ? null : count - 1);
    }

    static synchronized boolean isOpen(Path folder) {
        return OPEN.containsKey(folder);
    }
}
