package org.grenier.core.store;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** What a store holds: where it is, its schema version and how many records of each kind. */
public record StoreSummary(Path folder, int schemaVersion, Map<RecordKind, Long> counts) {

    public StoreSummary {
        EnumMap<RecordKind, Long> copy = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            copy.put(kind, counts.getOrDefault(kind, 0L));
        }
        counts = Map.copyOf(copy);
    }

    public long count(RecordKind kind) {
        return counts.get(kind);
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(count -> count == 0L);
    }
}
