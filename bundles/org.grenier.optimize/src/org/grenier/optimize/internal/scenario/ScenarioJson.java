package org.grenier.optimize.internal.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grenier.core.Result;
import org.grenier.core.planning.ChangeKind;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.ScenarioChange;
import org.grenier.core.planning.Scenarios;
import org.grenier.core.store.Store;
import org.osgi.service.component.annotations.Component;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Scenarios as JSON, read with Gson's parser and checked field by field, so that a mistake in a file a planner
 * edited by hand is reported with its change number and key rather than as a type error:
 *
 * <pre>
 * {"name": "Heat wave", "description": "...", "changes": [
 *   {"kind": "demand", "scope": "category:Fromages", "factor": 1.3, "from": "2026-12-01", "to": "2026-12-24"},
 *   {"kind": "temperature", "scope": "VAL-S1", "shift": 6, "from": "2027-07-10", "to": "2027-07-20"}]}
 * </pre>
 */
@Component(service = Scenarios.class)
public class ScenarioJson implements Scenarios {

    private static final Set<String> SCENARIO_KEYS = Set.of("name", "description", "changes");
    private static final Set<String> CHANGE_KEYS = Set.of("kind", "scope", "from", "to");

    @Override
    public Result<Scenario> parse(String json, String source) {
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject()) {
                return Result.error(source + ": a scenario is a JSON object with a name and changes");
            }
            return scenario(root.getAsJsonObject(), source);
        } catch (JsonParseException e) {
            return Result.error(source + ": not valid JSON: " + rootCause(e));
        } catch (BadScenario e) {
            return Result.error(source + ": " + e.getMessage());
        }
    }

    @Override
    public String format(Scenario scenario) {
        JsonObject root = new JsonObject();
        root.addProperty("name", scenario.name());
        root.addProperty("description", scenario.description());
        JsonArray changes = new JsonArray();
        for (ScenarioChange change : scenario.changes()) {
            JsonObject object = new JsonObject();
            object.addProperty("kind", change.kind().key());
            if (change.kind() != ChangeKind.BUDGET) {
                object.addProperty("scope", change.scope());
            }
            object.addProperty(change.kind().valueKey(), change.value());
            if (change.from() != null) {
                object.addProperty("from", change.from().toString());
            }
            if (change.to() != null) {
                object.addProperty("to", change.to().toString());
            }
            changes.add(object);
        }
        root.add("changes", changes);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    @Override
    public Result<List<Scenario>> saved(Store store) {
        Result<Map<String, String>> saved = store.planning().scenarios();
        if (saved.failed()) {
            return Result.error(saved.message());
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (var entry : saved.value().entrySet()) {
            Result<Scenario> scenario = parse(entry.getValue(), "saved scenario '" + entry.getKey() + "'");
            if (scenario.failed()) {
                return Result.error(scenario.message());
            }
            scenarios.add(scenario.value());
        }
        return Result.ok(scenarios);
    }

    @Override
    public Result<Scenario> save(Store store, Scenario scenario) {
        Result<Integer> saved = store.planning().saveScenario(scenario.name(), format(scenario));
        return saved.failed() ? Result.error(saved.message()) : Result.ok(scenario);
    }

    private static Result<Scenario> scenario(JsonObject root, String source) throws BadScenario {
        unknownKeys(root, SCENARIO_KEYS, "the scenario");
        String name = text(root, "name", "the scenario");
        if (name == null || name.isBlank()) {
            throw new BadScenario("the scenario needs a \"name\"");
        }
        JsonElement list = root.get("changes");
        if (list != null && !list.isJsonArray()) {
            throw new BadScenario("\"changes\" must be a list of changes");
        }
        List<ScenarioChange> changes = new ArrayList<>();
        if (list != null) {
            JsonArray array = list.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                changes.add(change(array.get(i), i + 1));
            }
        }
        try {
            return Result.ok(new Scenario(name, text(root, "description", "the scenario"), changes));
        } catch (IllegalArgumentException e) {
            throw new BadScenario(e.getMessage());
        }
    }

    private static ScenarioChange change(JsonElement element, int number) throws BadScenario {
        String where = "change " + number;
        if (!element.isJsonObject()) {
            throw new BadScenario(where + " must be an object such as {\"kind\": \"demand\", \"factor\": 1.2}");
        }
        JsonObject object = element.getAsJsonObject();
        String kindName = text(object, "kind", where);
        ChangeKind kind = ChangeKind.ofKey(kindName == null ? "" : kindName.trim().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new BadScenario(where + ": \"kind\" must be one of " + kinds() + ", was "
                        + (kindName == null ? "missing" : "'" + kindName + "'")));
        String at = where + " (" + kind.key() + ")";
        Set<String> allowed = new java.util.HashSet<>(CHANGE_KEYS);
        allowed.add(kind.valueKey());
        unknownKeys(object, allowed, at);
        JsonElement value = object.get(kind.valueKey());
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new BadScenario(at + ": \"" + kind.valueKey() + "\" must be a number");
        }
        try {
            return new ScenarioChange(kind, text(object, "scope", at), value.getAsDouble(),
                    date(object, "from", at), date(object, "to", at));
        } catch (IllegalArgumentException e) {
            throw new BadScenario(at + ": " + e.getMessage());
        }
    }

    private static String text(JsonObject object, String key, String where) throws BadScenario {
        JsonElement element = object.get(key);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonPrimitive() || !((JsonPrimitive) element).isString()) {
            throw new BadScenario(where + ": \"" + key + "\" must be text");
        }
        return element.getAsString();
    }

    private static LocalDate date(JsonObject object, String key, String where) throws BadScenario {
        String text = text(object, key, where);
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadScenario(where + ": \"" + key + "\" must be a date such as 2027-07-14, was '" + text + "'");
        }
    }

    private static void unknownKeys(JsonObject object, Set<String> allowed, String where) throws BadScenario {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                throw new BadScenario(where + ": unknown key \"" + key + "\"; the keys are "
                        + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static List<String> kinds() {
        return java.util.Arrays.stream(ChangeKind.values()).map(ChangeKind::key).toList();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** A mistake in a scenario, said in the planner's words. */
    private static final class BadScenario extends Exception {
        private static final long serialVersionUID = 1L;

        BadScenario(String message) {
            super(message);
        }
    }
}
