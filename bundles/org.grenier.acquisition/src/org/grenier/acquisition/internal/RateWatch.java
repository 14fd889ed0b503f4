package org.grenier.acquisition.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalDouble;

import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;

/**
 * How fast one channel changes: each accepted reading is compared with the latest accepted reading at least
 * {@link #MIN_SPAN} older, the change scaled to an hour over the elapsed time. Comparing over ten minutes or more
 * keeps last-digit noise between two close readings from looking like a fast change. One alert per episode, re-armed
 * when the rate falls below half the limit. The history keeps one point per {@link #MIN_SPACING} at most and drops
 * what no later reading can need, so it stays small (about 21 points, never more than {@value #MAX_POINTS}).
 */
final class RateWatch {

    static final Duration MIN_SPAN = Duration.ofMinutes(10);
    static final Duration MIN_SPACING = Duration.ofSeconds(30);
    static final int MAX_POINTS = 64;

    private record Point(Instant at, double value) {
    }

    private final Deque<Point> history = new ArrayDeque<>();
    private boolean changingFast;

    Optional<Alert> observe(SensorReading reading, OptionalDouble maxChangePerHour) {
        Point reference = reference(reading.at());
        remember(reading);
        if (maxChangePerHour.isEmpty()) {
            changingFast = false;
            return Optional.empty();
        }
        if (reference == null) {
            return Optional.empty();
        }
        Duration elapsed = Duration.between(reference.at(), reading.at());
        double hours = Math.max(MIN_SPAN.toMillis(), elapsed.toMillis()) / 3_600_000.0;
        double change = reading.value() - reference.value();
        double rate = Math.abs(change) / hours;
        double limit = maxChangePerHour.getAsDouble();
        if (rate > limit && !changingFast) {
            changingFast = true;
            return Optional.of(tooFast(reading, change, elapsed, limit));
        }
        if (rate < limit / 2) {
            changingFast = false;
        }
        return Optional.empty();
    }

    /** The latest point at least {@link #MIN_SPAN} before {@code at}, dropping the older ones no one will need. */
    private Point reference(Instant at) {
        Instant cutoff = at.minus(MIN_SPAN);
        while (!history.isEmpty()) {
            Point first = history.removeFirst();
            Point second = history.peekFirst();
            if (second == null || second.at().isAfter(cutoff)) {
                history.addFirst(first);
                return first.at().isAfter(cutoff) ? null : first;
            }
        }
        return null;
    }

    private void remember(SensorReading reading) {
        Point last = history.peekLast();
        if (last == null || !reading.at().isBefore(last.at().plus(MIN_SPACING))) {
            history.addLast(new Point(reading.at(), reading.value()));
        }
        if (history.size() > MAX_POINTS) {
            history.removeFirst();
        }
    }

    private static Alert tooFast(SensorReading reading, double change, Duration elapsed, double limit) {
        Measure measure = reading.measure();
        return AlertWording.about(reading, AlertKind.CHANGING_FAST,
                AlertWording.name(measure) + (change > 0 ? " rose " : " fell ")
                        + AlertWording.amount(measure, Math.abs(change)) + " in " + AlertWording.span(elapsed)
                        + " to " + AlertWording.amount(measure, reading.value()) + ", faster than the "
                        + AlertWording.amount(measure, limit) + " per hour limit", change, elapsed.toSeconds() / 60.0,
                limit);
    }
}
