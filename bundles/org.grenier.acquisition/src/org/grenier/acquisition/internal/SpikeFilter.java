package org.grenier.acquisition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;

/**
 * Sets aside the glitches of one sensor channel before any threshold sees them. A reading far from the median of the
 * last {@value #WINDOW} accepted readings (more than {@value #SIGMAS} robust standard deviations, 1.4826 × MAD, and
 * more than the measure's noise floor) is held as a suspect. What follows decides:
 * <ul>
 * <li>a reading closer to the old median than to the last suspect means the suspects did not persist: they were a
 * glitch, reported once as {@link AlertKind#SENSOR_SPIKE} and never used;</li>
 * <li>{@value #SHIFT_RUN} suspects in a row, each closer to the one before than to the old median (a new level, or
 * a fast ramp), are a real change: they are accepted together and the window restarts from them, since the old
 * median no longer describes the channel.</li>
 * </ul>
 * The spike is reported when the next reading shows it did not persist, so a real jump never raises a false sensor
 * fault; the price is that a glitch is reported one reading late. Until {@value #MIN_HISTORY} readings are known
 * (after a start or a level shift), every reading is accepted.
 */
final class SpikeFilter {

    static final int WINDOW = 15;
    static final int MIN_HISTORY = 8;
    static final int SHIFT_RUN = 3;
    static final double SIGMAS = 6;
    /** MAD × 1.4826 estimates the standard deviation of normal noise. */
    static final double MAD_TO_SIGMA = 1.4826;

    /** What the filter lets through for this reading (possibly none, possibly a run of held ones) and the fault. */
    record Screened(List<SensorReading> accepted, Optional<Alert> spike) {

        static final Screened HELD = new Screened(List.of(), Optional.empty());
    }

    private final RollingWindow window = new RollingWindow(WINDOW);
    private final List<SensorReading> suspects = new ArrayList<>(SHIFT_RUN);
    private final double floor;
    private boolean episodeReported;

    SpikeFilter(Measure measure) {
        this.floor = noiseFloor(measure);
    }

    /**
     * The smallest departure worth calling a spike, whatever the recent spread: a perfectly flat series (MAD 0) must
     * not make every last-digit change a fault. About what a good sensor of the measure may drift in a few minutes.
     */
    static double noiseFloor(Measure measure) {
        return switch (measure) {
            case TEMPERATURE -> 1.0;
            case RELATIVE_HUMIDITY -> 3.0;
            case CO2 -> 50.0;
            case GRAIN_MOISTURE -> 0.5;
        };
    }

    Screened screen(SensorReading reading) {
        if (window.size() < MIN_HISTORY) {
            return accept(reading);
        }
        double median = window.median();
        if (!suspects.isEmpty()) {
            return followSuspects(reading, median);
        }
        double limit = Math.max(SIGMAS * MAD_TO_SIGMA * window.mad(), floor);
        if (Math.abs(reading.value() - median) > limit) {
            suspects.add(reading);
            return Screened.HELD;
        }
        return accept(reading);
    }

    private Screened followSuspects(SensorReading reading, double median) {
        double last = suspects.getLast().value();
        if (Math.abs(reading.value() - last) < Math.abs(reading.value() - median)) {
            suspects.add(reading);
            return suspects.size() < SHIFT_RUN ? Screened.HELD : shift();
        }
        Optional<Alert> spike = glitch(median);
        return new Screened(screen(reading).accepted(), spike);
    }

    private Screened accept(SensorReading reading) {
        window.add(reading.value());
        episodeReported = false;
        return new Screened(List.of(reading), Optional.empty());
    }

    private Screened shift() {
        List<SensorReading> accepted = List.copyOf(suspects);
        suspects.clear();
        window.clear();
        accepted.forEach(r -> window.add(r.value()));
        episodeReported = false;
        return new Screened(accepted, Optional.empty());
    }

    /** Drops the suspects; reports them unless this run of set-aside readings was reported already. */
    private Optional<Alert> glitch(double median) {
        SensorReading first = suspects.getFirst();
        int count = suspects.size();
        suspects.clear();
        if (episodeReported) {
            return Optional.empty();
        }
        episodeReported = true;
        String times = count == 1 ? "" : " for " + count + " readings";
        return Optional.of(AlertWording.about(first, AlertKind.SENSOR_SPIKE,
                AlertWording.name(first.measure()) + " read " + AlertWording.amount(first.measure(), first.value())
                        + times + " against about " + AlertWording.amount(first.measure(), median)
                        + " just before; set aside as a sensor glitch, check the sensor", count, median));
    }
}
