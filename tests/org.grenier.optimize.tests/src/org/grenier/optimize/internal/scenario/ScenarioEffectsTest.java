package org.grenier.optimize.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.grenier.core.planning.ChangeKind;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.ScenarioChange;
import org.grenier.core.quality.Crop;
import org.grenier.core.quality.RiskLevel;
import org.grenier.core.quality.StorageRisk;
import org.grenier.optimize.internal.quality.GrainStorageTime;
import org.junit.jupiter.api.Test;

class ScenarioEffectsTest {

    private static final LocalDate START = LocalDate.of(2027, 7, 1);

    @Test
    void aHeatWaveOverTheWholeLifeShortensItByTheAllowableTimeAtTheWarmerTemperature() {
        StorageRisk halfUsed = wheat(15, 14, 0.5);
        ScenarioEffects none = new ScenarioEffects(Scenario.BASELINE, START);
        double cool = 0.5 * GrainStorageTime.days(Crop.WHEAT, 15, 14);
        assertEquals(Math.ceil(cool), none.grainDaysLeft(halfUsed), 1e-9);
        ScenarioEffects hot = new ScenarioEffects(scenario(new ScenarioChange(ChangeKind.TEMPERATURE, "VAL-S1", 10,
                null, null)), START);
        assertEquals(Math.ceil(0.5 * GrainStorageTime.days(Crop.WHEAT, 25, 14)), hot.grainDaysLeft(halfUsed), 1e-9);
    }

    @Test
    void aTenDayHeatWaveUsesTenDaysAtTheWarmerRate() {
        StorageRisk halfUsed = wheat(15, 14, 0.5);
        double coolDays = GrainStorageTime.days(Crop.WHEAT, 15, 14);
        double hotDays = GrainStorageTime.days(Crop.WHEAT, 23, 14);
        ScenarioEffects wave = new ScenarioEffects(scenario(new ScenarioChange(ChangeKind.TEMPERATURE, "*", 8,
                START.plusDays(5), START.plusDays(14))), START);
        // five cool days, ten hot ones, then cool again until the half left is used
        double left = 0.5 - 5 / coolDays - 10 / hotDays;
        assertEquals(Math.ceil(15 + left * coolDays), wave.grainDaysLeft(halfUsed), 1.0);
        ScenarioEffects elsewhere = new ScenarioEffects(scenario(new ScenarioChange(ChangeKind.TEMPERATURE, "VAL-S2",
                8, null, null)), START);
        assertEquals(Math.ceil(0.5 * coolDays), elsewhere.grainDaysLeft(halfUsed), 1e-9, "another silo's wave");
    }

    @Test
    void capacityAndBudgetChangesApplyToTheirScope() {
        ScenarioEffects effects = new ScenarioEffects(scenario(
                new ScenarioChange(ChangeKind.CAPACITY, "VAL-S1", 0.5, null, null),
                new ScenarioChange(ChangeKind.BUDGET, "*", 1000, null, null)), START);
        var capacities = effects.capacities(java.util.Map.of("VAL-S1", 1200.0, "VAL-S2", 900.0));
        assertEquals(600, capacities.get("VAL-S1"), 1e-9);
        assertEquals(900, capacities.get("VAL-S2"), 1e-9);
        assertEquals(1000, effects.budget(Double.POSITIVE_INFINITY), 1e-9);
    }

    private static Scenario scenario(ScenarioChange... changes) {
        return new Scenario("test", "", List.of(changes));
    }

    private static StorageRisk wheat(double temperature, double moisture, double used) {
        double ast = GrainStorageTime.days(Crop.WHEAT, temperature, moisture);
        return new StorageRisk("VAL-S1", "SILO", Optional.empty(), temperature, Double.NaN, moisture,
                Optional.of(Crop.WHEAT), used, (1 - used) * ast, Double.NaN, 0, 0, 0, 0, 10, RiskLevel.LOW, List.of(),
                List.of(), List.of());
    }
}
