package org.grenier.forecast.internal.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The serving cache evicts the least recently used entry when full and never serves an entry past its time to live. */
class ExpiringLruTest {

    private final MovableClock clock = new MovableClock();

    @Test
    void evictsTheLeastRecentlyUsedWhenFull() {
        ExpiringLru<String, Integer> cache = new ExpiringLru<>(2, Duration.ofMinutes(10), clock);
        cache.put("BLE", 1);
        cache.put("ORGE", 2);
        assertEquals(Optional.of(1), cache.get("BLE"), "BLE is now the most recently used");
        cache.put("MAIS", 3);

        assertEquals(Optional.empty(), cache.get("ORGE"), "ORGE, least recently used, made room");
        assertEquals(Optional.of(1), cache.get("BLE"));
        assertEquals(Optional.of(3), cache.get("MAIS"));
        assertEquals(2, cache.size());
        assertArrayEquals(new long[] {3, 1, 1, 0}, cache.counts(), "hits, misses, evicted, expired");
    }

    @Test
    void neverServesAnEntryPastItsTimeToLive() {
        ExpiringLru<String, Integer> cache = new ExpiringLru<>(10, Duration.ofMinutes(10), clock);
        cache.put("BLE", 1);
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Optional.of(1), cache.get("BLE"), "ten minutes old is still within its time");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), cache.get("BLE"));
        assertEquals(0, cache.size(), "an expired entry leaves the cache");
        assertEquals(1, cache.counts()[3]);
        cache.put("BLE", 2);
        assertEquals(Optional.of(2), cache.get("BLE"), "stored again, it lives again");
        cache.removeIf("BLE"::equals);
        assertTrue(cache.get("BLE").isEmpty());
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
