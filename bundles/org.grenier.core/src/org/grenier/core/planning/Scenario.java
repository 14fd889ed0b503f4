package org.grenier.core.planning;

import java.util.List;

/** A named set of changes against the baseline, with what the planner wrote about it. */
public record Scenario(String name, String description, List<ScenarioChange> changes) {

    /** The store's data as it is. */
    public static final Scenario BASELINE = new Scenario("Baseline", "the store's data as it is", List.of());

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        name = name.trim();
        if (name.length() > 200) {
            throw new IllegalArgumentException("a scenario's name has at most 200 characters");
        }
        description = description == null ? "" : description;
        changes = List.copyOf(changes);
    }

    /** The same changes under another name: what "duplicate" makes. */
    public Scenario named(String newName) {
        return new Scenario(newName, description, changes);
    }

    public boolean isBaseline() {
        return changes.isEmpty();
    }
}
