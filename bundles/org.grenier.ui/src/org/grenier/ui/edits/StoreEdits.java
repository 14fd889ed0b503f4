package org.grenier.ui.edits;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.osgi.util.NLS;
import org.grenier.core.Result;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.Scenarios;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.store.Store;
import org.grenier.ui.Messages;

/**
 * The edits of the store a person can take back: saving a mapping profile, saving or deleting a scenario, changing
 * the limits of a storage unit. Each remembers the version it replaced (or that there was none), so that undoing it
 * restores that version exactly.
 */
public final class StoreEdits {

    private StoreEdits() {
    }

    /** Saves a profile under its name; undone, the earlier profile of that name comes back, or none. */
    public static StoreEdit saveProfile(Store store, MappingProfile profile) {
        AtomicReference<Optional<MappingProfile>> earlier = new AtomicReference<>(Optional.empty());
        return new StoreEdit(NLS.bind(Messages.Edit_SaveProfile, profile.name()),
                () -> earlier.set(savedProfile(store, profile.name())),
                () -> store.imports().saveProfile(profile),
                () -> earlier.get().<Result<?>>map(p -> store.imports().saveProfile(p))
                        .orElseGet(() -> store.imports().deleteProfile(profile.name())));
    }

    private static Optional<MappingProfile> savedProfile(Store store, String name) {
        return store.imports().savedProfiles().orElseThrow().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Saves a scenario under its name; undone, the earlier scenario of that name comes back, or none. */
    public static StoreEdit saveScenario(Store store, Scenarios scenarios, Scenario scenario) {
        AtomicReference<Optional<Scenario>> earlier = new AtomicReference<>(Optional.empty());
        return new StoreEdit(NLS.bind(Messages.Edit_SaveScenario, scenario.name()),
                () -> earlier.set(savedScenario(store, scenarios, scenario.name())),
                () -> scenarios.save(store, scenario),
                () -> earlier.get().<Result<?>>map(s -> scenarios.save(store, s))
                        .orElseGet(() -> store.planning().deleteScenario(scenario.name())));
    }

    /** Deletes a scenario; undone, it comes back as it was. */
    public static StoreEdit deleteScenario(Store store, Scenarios scenarios, String name) {
        AtomicReference<Optional<Scenario>> earlier = new AtomicReference<>(Optional.empty());
        return new StoreEdit(NLS.bind(Messages.Edit_DeleteScenario, name),
                () -> earlier.set(savedScenario(store, scenarios, name)),
                () -> store.planning().deleteScenario(name),
                () -> earlier.get().<Result<?>>map(s -> scenarios.save(store, s))
                        .orElseGet(() -> Result.ok(0)));
    }

    /**
     * Replaces the limits of a storage unit, or of every unit; undone, the limits it had come back. What it had is read
     * as in force: for every unit, the built-in limits it followed come back written as its own, which are the same
     * limits.
     */
    public static StoreEdit setLimits(Store store, String unit, List<AlertRule> limits) {
        AtomicReference<List<AlertRule>> earlier = new AtomicReference<>(List.of());
        String label = AlertRule.EVERY_UNIT.equals(unit) ? Messages.Edit_DefaultLimits
                : NLS.bind(Messages.Edit_Limits, unit);
        return new StoreEdit(label, () -> earlier.set(store.sensors().alertRules().orElseThrow().stream()
                .filter(rule -> rule.storageUnitCode().equals(unit)).toList()),
                () -> store.sensors().replaceAlertRules(unit, limits),
                () -> store.sensors().replaceAlertRules(unit, earlier.get()));
    }

    private static Optional<Scenario> savedScenario(Store store, Scenarios scenarios, String name) {
        return scenarios.saved(store).orElseThrow().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
