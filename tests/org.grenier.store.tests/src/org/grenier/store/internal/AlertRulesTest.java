package org.grenier.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of storage units and of every unit, on a real H2 file store. */
class AlertRulesTest {

    private static final AlertRule COLD_ROOM = new AlertRule("CF1", Measure.TEMPERATURE, OptionalDouble.of(2),
            OptionalDouble.of(8), OptionalDouble.of(3));
    private static final AlertRule COLD_ROOM_DAMP = new AlertRule("CF1", Measure.RELATIVE_HUMIDITY,
            OptionalDouble.empty(), OptionalDouble.of(95), OptionalDouble.empty());

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);

    @Test
    void aUnitsOwnLimitsKeepTheLimitsOfEveryUnitAndAreReplacedWhole() {
        try (Store store = opener.open(folder).orElseThrow()) {
            assertEquals(AlertRule.defaults(), store.sensors().alertRules().orElseThrow());
            store.sensors().replaceAlertRules("CF1", List.of(COLD_ROOM, COLD_ROOM_DAMP)).orElseThrow();
            List<AlertRule> rules = store.sensors().alertRules().orElseThrow();
            assertEquals(union(AlertRule.defaults(), List.of(COLD_ROOM_DAMP, COLD_ROOM)), rules,
                    "the limits of every unit stay in force");
            assertEquals(COLD_ROOM, AlertRule.inForce(rules, "CF1", Measure.TEMPERATURE).orElseThrow());
            assertEquals(AlertRule.defaults().get(0), AlertRule.inForce(rules, "SILO-1", Measure.TEMPERATURE)
                    .orElseThrow(), "a unit without its own follows every unit");
            assertTrue(AlertRule.inForce(rules, "CF1", Measure.CO2).isEmpty());
            store.sensors().replaceAlertRules("CF1", List.of(COLD_ROOM)).orElseThrow();
        }
        try (Store store = opener.open(folder).orElseThrow()) {
            assertEquals(union(AlertRule.defaults(), List.of(COLD_ROOM)), store.sensors().alertRules().orElseThrow(),
                    "humidity in CF1 follows every unit again, after reopening");
        }
    }

    @Test
    void everyUnitsLimitsReplaceTheBuiltInOnesMeasureByMeasure() {
        AlertRule warmer = new AlertRule(AlertRule.EVERY_UNIT, Measure.TEMPERATURE, OptionalDouble.empty(),
                OptionalDouble.of(25), OptionalDouble.empty());
        try (Store store = opener.open(folder).orElseThrow()) {
            store.sensors().replaceAlertRules(AlertRule.EVERY_UNIT, List.of(warmer)).orElseThrow();
            assertEquals(List.of(AlertRule.defaults().get(1), warmer), store.sensors().alertRules().orElseThrow(),
                    "humidity keeps its built-in 80 %");
            store.sensors().replaceAlertRules(AlertRule.EVERY_UNIT, List.of()).orElseThrow();
            assertEquals(AlertRule.defaults(), store.sensors().alertRules().orElseThrow());
        }
    }

    /** An alert comes back with the numbers it tells (to be worded in any language), and one without reads as NaN. */
    @Test
    void anAlertKeepsItsFactsAndAMissingValue() {
        try (Store store = opener.open(folder).orElseThrow()) {
            java.time.Instant at = java.time.Instant.parse("2026-11-21T08:00:00Z");
            store.sensors().raise(new org.grenier.core.sensors.Alert(0, "CF1", "CF1-a", Measure.TEMPERATURE,
                    org.grenier.core.sensors.AlertKind.CHANGING_FAST, at, 7.75, "rose", java.util.Optional.empty(),
                    List.of(-3.25, 10.0, 2.5))).orElseThrow();
            store.sensors().raise(new org.grenier.core.sensors.Alert(0, null, "S9", null,
                    org.grenier.core.sensors.AlertKind.SENSOR_SILENT, at.plusSeconds(60), Double.NaN, "silent",
                    java.util.Optional.empty())).orElseThrow();
            List<org.grenier.core.sensors.Alert> read = store.sensors().alerts(false, 10).orElseThrow();
            assertEquals(List.of(), read.get(0).facts());
            assertTrue(Double.isNaN(read.get(0).value()), "no value stays no value: " + read.get(0).value());
            assertEquals(List.of(-3.25, 10.0, 2.5), read.get(1).facts());
            assertEquals(7.75, read.get(1).value());
        }
    }

    @Test
    void aRuleOfAnotherUnitIsRefusedAndNothingChanges() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.sensors().replaceAlertRules("CF1", List.of(COLD_ROOM)).orElseThrow();
            Result<Integer> mixed = store.sensors().replaceAlertRules("CF2", List.of(COLD_ROOM_DAMP));
            assertTrue(mixed.failed());
            assertEquals("The limits of CF2 cannot include a rule of CF1; nothing was saved", mixed.message());
            assertEquals(union(AlertRule.defaults(), List.of(COLD_ROOM)), store.sensors().alertRules().orElseThrow());
        }
    }

    private static List<AlertRule> union(List<AlertRule> first, List<AlertRule> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
