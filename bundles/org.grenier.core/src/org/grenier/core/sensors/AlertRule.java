package org.grenier.core.sensors;

import java.util.Objects;
import java.util.OptionalDouble;

import org.grenier.core.model.Measure;

/**
 * The limits of one measure in one storage unit ({@code *} for every unit): a value above {@code high} or below
 * {@code low} for two readings in a row is an excursion; a change faster than {@code maxChangePerHour} is one too.
 */
public record AlertRule(String storageUnitCode, Measure measure, OptionalDouble low, OptionalDouble high,
        OptionalDouble maxChangePerHour) {

    public static final String EVERY_UNIT = "*";

    public AlertRule {
        Objects.requireNonNull(storageUnitCode, "storage unit");
        Objects.requireNonNull(measure, "measure");
        if (low.isPresent() && high.isPresent() && low.getAsDouble() >= high.getAsDouble()) {
            throw new IllegalArgumentException(measure + " in " + storageUnitCode + ": the low limit "
                    + low.getAsDouble() + " is not below the high limit " + high.getAsDouble());
        }
    }

    /** The critical conditions of the original design: above 30 °C, above 80 % relative humidity. */
    public static java.util.List<AlertRule> defaults() {
        return java.util.List.of(
                new AlertRule(EVERY_UNIT, Measure.TEMPERATURE, OptionalDouble.empty(), OptionalDouble.of(30),
                        OptionalDouble.of(10)),
                new AlertRule(EVERY_UNIT, Measure.RELATIVE_HUMIDITY, OptionalDouble.empty(), OptionalDouble.of(80),
                        OptionalDouble.empty()));
    }

    /** The rule a unit's readings of this measure are judged by: the unit's own, else every unit's; none if neither. */
    public static java.util.Optional<AlertRule> inForce(java.util.List<AlertRule> rules, String unit,
            Measure measure) {
        java.util.Optional<AlertRule> own = rules.stream().filter(r -> r.measure() == measure
                && r.storageUnitCode().equals(unit)).findFirst();
        return own.or(() -> rules.stream().filter(r -> r.measure() == measure
                && r.storageUnitCode().equals(EVERY_UNIT)).findFirst());
    }

    public boolean appliesTo(String unit) {
        return storageUnitCode.equals(EVERY_UNIT) || storageUnitCode.equals(unit);
    }
}
