package org.grenier.core.imports;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.grenier.core.model.Sector;

/**
 * How the columns of one kind of export become Grenier records: which column fills which field, with which
 * conversions, and what to do with codes the store does not know. Profiles are plain text (see {@link ProfileText}),
 * shipped for common exports and saved in the store when a user edits one.
 */
public record MappingProfile(String name, ImportTarget target, String description, Map<ImportField, ColumnRule> rules,
        UnknownCodes unknownCodes, Sector defaultSector, String defaultUnit, ZoneId zone, FormatHints hints) {

    /** What happens to a row naming a SKU or site the store does not have. */
    public enum UnknownCodes {
        /** The row is rejected with a reason. */
        REJECT,
        /** The product or site is created from the code, with the profile's defaults, in the same batch. */
        CREATE
    }

    public MappingProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a profile needs a name");
        }
        Objects.requireNonNull(target, "target");
        description = description == null ? "" : description;
        rules = Map.copyOf(rules);
        for (ImportField field : rules.keySet()) {
            if (field.target() != target) {
                throw new IllegalArgumentException("profile '" + name + "' maps " + field.key() + ", which is not a "
                        + "field of " + target.label());
            }
        }
        Objects.requireNonNull(unknownCodes, "unknown codes");
        Objects.requireNonNull(defaultSector, "default sector");
        defaultUnit = defaultUnit == null || defaultUnit.isBlank() ? "unit" : defaultUnit;
        Objects.requireNonNull(zone, "time zone");
        Objects.requireNonNull(hints, "format hints");
    }

    /** A profile that maps each field of the target from a column named like its key, with default settings. */
    public static MappingProfile generic(String name, ImportTarget target) {
        Map<ImportField, ColumnRule> rules = new LinkedHashMap<>();
        target.fields().forEach(field -> rules.put(field, ColumnRule.of(field, field.key())));
        return new MappingProfile(name, target, "", rules, UnknownCodes.REJECT, Sector.RETAIL, "unit",
                ZoneId.systemDefault(), FormatHints.AUTO);
    }

    public Optional<ColumnRule> rule(ImportField field) {
        return Optional.ofNullable(rules.get(field));
    }

    /** The required fields this profile gives no column and no default for: a profile with any cannot import. */
    public List<ImportField> unmappedRequiredFields() {
        return target.fields().stream().filter(ImportField::required)
                .filter(field -> rule(field).map(r -> r.columns().isEmpty() && r.fallback() == null).orElse(true))
                .toList();
    }

    public MappingProfile withName(String newName) {
        return new MappingProfile(newName, target, description, rules, unknownCodes, defaultSector, defaultUnit,
                zone, hints);
    }

    public MappingProfile withRule(ColumnRule rule) {
        Map<ImportField, ColumnRule> changed = new LinkedHashMap<>(rules);
        changed.put(rule.field(), rule);
        return new MappingProfile(name, target, description, changed, unknownCodes, defaultSector, defaultUnit, zone,
                hints);
    }

    public MappingProfile withUnknownCodes(UnknownCodes policy) {
        return new MappingProfile(name, target, description, rules, policy, defaultSector, defaultUnit, zone, hints);
    }
}
