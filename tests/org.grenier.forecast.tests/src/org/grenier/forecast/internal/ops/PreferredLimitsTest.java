package org.grenier.forecast.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.ForecastTraining;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.TrainingPlan;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.forecast.internal.WeekdayDemand;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thread and memory limits live in the instance preferences, and the training service wired by OSGi applies a change
 * to the next training without a restart.
 */
class PreferredLimitsTest {

    @TempDir
    Path folder;

    private final ComputeSettings settings = OsgiServices.get(ComputeSettings.class);

    @AfterEach
    void forgetTheLimits() {
        settings.reset().orElseThrow();
    }

    @Test
    void savedLimitsAreReadBackAndResetToTheDefaults() {
        assertInstanceOf(PreferredLimits.class, settings, "the preferences back the service");
        settings.save(new ComputeLimits(3, 96)).orElseThrow();
        assertEquals(new ComputeLimits(3, 96), new PreferredLimits().limits(), "kept in the preferences");
        assertEquals(new ComputeLimits(5, 96), settings.limits(5), "a script's thread count with the saved memory");
        assertEquals(ComputeLimits.defaults(), settings.reset().orElseThrow());
    }

    @Test
    void aHandEditedBadValueGivesWayToTheDefault() {
        InstanceScope.INSTANCE.getNode(PreferredLimits.NODE).putInt(PreferredLimits.THREADS, 0);
        InstanceScope.INSTANCE.getNode(PreferredLimits.NODE).putInt(PreferredLimits.MEMORY, 5);
        assertEquals(new ComputeLimits(ComputeLimits.defaults().threads(), ComputeLimits.MIN_MEMORY_MEGABYTES),
                settings.limits());
    }

    @Test
    void theNextTrainingKeepsToTheSavedMemory() {
        ForecastTraining training = OsgiServices.get(ForecastTraining.class);
        TrainingPlan plan = new TrainingPlan(Frequency.DAILY, 14, "gbm", List.of("gbm"), 2, ZoneOffset.UTC);
        try (Store store = OsgiServices.get(StoreOpener.class).open(folder).orElseThrow()) {
            store.add(WeekdayDemand.sales("BLE-T1", 3, 0, 200, 1.0)).orElseThrow();
            store.add(WeekdayDemand.sales("ORGE-P2", 4, 0, 200, 0.5)).orElseThrow();
            settings.save(new ComputeLimits(1, 512)).orElseThrow();
            double generous = rowBudget(training, store, plan);
            settings.save(new ComputeLimits(2, 128)).orElseThrow();
            double small = rowBudget(training, store, plan);
            // two products train side by side, so each has half of the 128 MB
            assertEquals(generous / 8, small, 1, "512 MB then 64 MB a training: " + generous + ", " + small);
        }
    }

    private static double rowBudget(ForecastTraining training, Store store, TrainingPlan plan) {
        // as the workbench does: the thread count from the same settings
        int threads = OsgiServices.get(ComputeSettings.class).limits().threads();
        List<ForecastRun> runs = training.train(store, List.of("BLE-T1", "ORGE-P2"), plan, threads,
                new NullProgressMonitor()).stream().map(result -> result.orElseThrow()).toList();
        assertEquals(runs.get(0).parameters().get("row budget"), runs.get(1).parameters().get("row budget"));
        return runs.get(0).parameters().get("row budget");
    }
}
