package org.grenier.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one source of data stands: when it last brought something, how much it brought in all, and its problems. A
 * planner reads it to know whether the plan stands on fresh data.
 *
 * @param name the profile, sensor or weather station; empty for a source taken as a whole (all sales)
 * @param problems the rows refused by the profile's last import, or a sensor's open alerts; 0 when none
 * @param lastProblem the file of that import, or the last open alert's message
 */
public record SourceHealth(Source source, String name, Optional<Instant> last, long volume, long problems,
        Optional<String> lastProblem) {

    /** Where data comes from, each with the age after which its data is stale. */
    public enum Source {
        /** Files brought in through one mapping profile. */
        IMPORT(Duration.ofDays(7)),
        /** Sales lines, whatever brought them. */
        SALES(Duration.ofDays(7)),
        /** Stock counts. */
        STOCK_COUNT(Duration.ofDays(31)),
        /** One sensor's readings. */
        SENSOR(Duration.ofHours(1)),
        /** Weather observed at a station. */
        WEATHER(Duration.ofDays(2)),
        /** Production plans. */
        PRODUCTION_PLAN(Duration.ofDays(31));

        private final Duration staleAfter;

        Source(Duration staleAfter) {
            this.staleAfter = staleAfter;
        }

        public Duration staleAfter() {
            return staleAfter;
        }
    }

    /** Fresh when the last data came less than the source's stale age before {@code now}; never fresh when none came. */
    public boolean isFresh(Instant now) {
        return last.map(at -> Duration.between(at, now).compareTo(source.staleAfter()) < 0).orElse(false);
    }
}
