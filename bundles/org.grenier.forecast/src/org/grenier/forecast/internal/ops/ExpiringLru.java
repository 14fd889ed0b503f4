package org.grenier.forecast.internal.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A bounded cache: when full, the least recently used entry leaves; an entry older than its time to live is never
 * served. The JDK's access-ordered LinkedHashMap gives exact LRU order; Caffeine was weighed and left out, as its
 * W-TinyLFU policy is deliberately not LRU and a cache of a few thousand forecasts read by one workbench needs none
 * of its concurrency. One lock: each call is a map lookup.
 */
final class ExpiringLru<K, V> {

    private final int capacity;
    private final Duration timeToLive;
    private final Clock clock;
    private final LinkedHashMap<K, Entry<V>> entries;
    private long hits;
    private long misses;
    private long evicted;
    private long expired;

    ExpiringLru(int capacity, Duration timeToLive, Clock clock) {
        if (capacity < 1 || timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("a cache needs room for one entry and a positive time to live");
        }
        this.capacity = capacity;
        this.timeToLive = timeToLive;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                boolean full = size() > ExpiringLru.this.capacity;
                if (full) {
                    evicted++;
                }
                return full;
            }
        };
    }

    /** The value cached for {@code key} if it is younger than the time to live; a use that makes it recent. */
    synchronized Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry != null && clock.instant().isAfter(entry.stored().plus(timeToLive))) {
            entries.remove(key);
            expired++;
            entry = null;
        }
        if (entry == null) {
            misses++;
            return Optional.empty();
        }
        hits++;
        return Optional.of(entry.value());
    }

    synchronized void put(K key, V value) {
        entries.put(key, new Entry<>(value, clock.instant()));
    }

    synchronized void removeIf(Predicate<K> which) {
        entries.keySet().removeIf(which);
    }

    synchronized int size() {
        return entries.size();
    }

    int capacity() {
        return capacity;
    }

    synchronized long[] counts() {
        return new long[] {hits, misses, evicted, expired};
    }

    private record Entry<V>(V value, Instant stored) {
    }
}
