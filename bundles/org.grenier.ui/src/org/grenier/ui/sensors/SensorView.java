package org.grenier.ui.sensors;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.sensors.Acquisition;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.sensors.ConnectionGap;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.core.store.Store;
import org.grenier.ui.charts.SensorCharts.Line;

/**
 * What the Sensors part shows at one moment, read off the UI thread: the sessions, the storage units, the chosen
 * unit's readings (averaged into at most {@link #POINTS} points per sensor, whatever the window), its gaps, its
 * alert limit and the latest alerts.
 */
public record SensorView(List<SessionStatus> sessions, List<String> units, String unit, Map<String, Line> lines,
        List<ConnectionGap> gaps, double limit, List<Alert> alerts, Instant from, Instant to, String problem) {

    static final int POINTS = 600;

    /** Reads everything the part shows; {@code unit} null picks the first unit with a session or readings. */
    public static SensorView read(Store store, Acquisition acquisition, String unit, Measure measure,
            Duration window) {
        Instant to = Instant.now();
        Instant from = to.minus(window);
        List<SessionStatus> sessions = acquisition == null ? List.of() : acquisition.sessions();
        List<String> units = units(store, acquisition);
        String shown = unit != null ? unit : units.isEmpty() ? null : units.get(0);
        Result<List<Alert>> alerts = store.sensors().alerts(false, 100);
        if (shown == null) {
            return new SensorView(sessions, units, null, Map.of(), List.of(), Double.NaN,
                    alerts.failed() ? List.of() : alerts.value(), from, to, null);
        }
        Result<List<SensorReading>> readings = store.sensors().readings(shown, measure, from, to);
        if (!readings.failed()) {
            from = start(readings.value(), from, to);
        }
        Result<List<ConnectionGap>> gaps = store.sensors().gaps(from, to);
        return new SensorView(sessions, units, shown, readings.failed() ? Map.of() : lines(readings.value(), from, to),
                gaps.failed() ? List.of() : gaps.value(), limit(store, shown, measure),
                alerts.failed() ? List.of() : alerts.value(), from, to,
                readings.failed() ? readings.message() : null);
    }

    /** Units with readings first (the ones worth a chart), then the other storage units of the store. */
    private static List<String> units(Store store, Acquisition acquisition) {
        TreeSet<String> codes = new TreeSet<>();
        Result<List<StorageUnit>> stored = store.storageUnits();
        if (!stored.failed()) {
            stored.value().forEach(u -> codes.add(u.code()));
        }
        Result<List<String>> withReadings = store.sensors().storageUnitsWithReadings();
        if (!withReadings.failed()) {
            codes.addAll(withReadings.value());
        }
        List<String> ordered = new ArrayList<>();
        if (!withReadings.failed()) {
            ordered.addAll(withReadings.value());
        }
        codes.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return ordered;
    }

    /**
     * Where the chart starts: the window's start, or just before the first reading when the readings cover less
     * than nine tenths of the window (a device connected a minute ago fills the chart instead of its last pixel).
     */
    static Instant start(List<SensorReading> readings, Instant from, Instant to) {
        if (readings.isEmpty()) {
            return from;
        }
        Instant first = readings.get(0).at();
        Duration window = Duration.between(from, to);
        if (Duration.between(from, first).compareTo(window.dividedBy(10)) <= 0) {
            return from;
        }
        Duration margin = Duration.between(first, to).dividedBy(20);
        return first.minus(margin.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : margin);
    }

    /** Averages each sensor's readings into equal time buckets: a week of readings every second stays drawable. */
    static Map<String, Line> lines(List<SensorReading> readings, Instant from, Instant to) {
        long bucket = Math.max(1, Duration.between(from, to).toMillis() / POINTS);
        Map<String, double[][]> sums = new java.util.TreeMap<>();
        for (SensorReading r : readings) {
            double[][] s = sums.computeIfAbsent(r.sensorId(), k -> new double[2][POINTS + 1]);
            int slot = (int) Math.min(POINTS, Math.max(0, (r.at().toEpochMilli() - from.toEpochMilli()) / bucket));
            s[0][slot] += r.value();
            s[1][slot]++;
        }
        Map<String, Line> lines = new LinkedHashMap<>();
        sums.forEach((sensor, s) -> {
            List<Instant> times = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int slot = 0; slot <= POINTS; slot++) {
                if (s[1][slot] > 0) {
                    times.add(from.plusMillis(slot * bucket + bucket / 2));
                    values.add(s[0][slot] / s[1][slot]);
                }
            }
            lines.put(sensor, new Line(times.toArray(Instant[]::new),
                    values.stream().mapToDouble(Double::doubleValue).toArray()));
        });
        return lines;
    }

    /** The lines with each value changed, as a person reads them (degrees Fahrenheit, say). */
    public Map<String, Line> lines(java.util.function.DoubleUnaryOperator shown) {
        Map<String, Line> converted = new LinkedHashMap<>();
        lines.forEach((sensor, line) -> converted.put(sensor, new Line(line.times(),
                java.util.Arrays.stream(line.values()).map(shown).toArray())));
        return converted;
    }

    private static double limit(Store store, String unit, Measure measure) {
        Result<List<AlertRule>> rules = store.sensors().alertRules();
        if (rules.failed()) {
            return Double.NaN;
        }
        return AlertRule.inForce(rules.value(), unit, measure).flatMap(rule -> rule.high().isPresent()
                ? java.util.Optional.of(rule.high().getAsDouble()) : java.util.Optional.empty()).orElse(Double.NaN);
    }
}
