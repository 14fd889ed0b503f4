package org.grenier.imports.internal;

import java.util.ArrayList;
import java.util.List;

import org.grenier.core.imports.ColumnRule;
import org.grenier.core.imports.ImportField;
import org.grenier.core.imports.MappingProfile;

/**
 * A profile laid over one file's columns: for each field of the target, the column it reads (or none) and its
 * rule; the columns no field reads are kept as extras.
 */
record ColumnPlan(MappingProfile profile, List<String> columns, int[] sources, ColumnRule[] rules,
        List<Integer> extraColumns) {

    static ColumnPlan of(MappingProfile profile, List<String> columns) {
        List<ImportField> fields = profile.target().fields();
        int[] sources = new int[fields.size()];
        ColumnRule[] rules = new ColumnRule[fields.size()];
        List<String> normalised = columns.stream().map(ColumnNames::normalise).toList();
        boolean[] used = new boolean[columns.size()];
        for (int i = 0; i < fields.size(); i++) {
            ColumnRule rule = profile.rule(fields.get(i)).orElse(null);
            rules[i] = rule;
            sources[i] = rule == null ? -1 : find(rule, normalised);
            if (sources[i] >= 0) {
                used[sources[i]] = true;
            }
        }
        List<Integer> extras = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!used[i] && !columns.get(i).isBlank()) {
                extras.add(i);
            }
        }
        return new ColumnPlan(profile, List.copyOf(columns), sources, rules, List.copyOf(extras));
    }

    private static int find(ColumnRule rule, List<String> normalised) {
        for (String name : rule.columns()) {
            if (name.matches("#\\d+")) {
                int index = Integer.parseInt(name.substring(1)) - 1;
                if (index < normalised.size()) {
                    return index;
                }
                continue;
            }
            int index = normalised.indexOf(ColumnNames.normalise(name));
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /** Required fields with neither a column in this file nor a default: the profile cannot import the file. */
    List<ImportField> missingRequired() {
        List<ImportField> fields = profile.target().fields();
        List<ImportField> missing = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).required() && sources[i] < 0 && (rules[i] == null || rules[i].fallback() == null)) {
                missing.add(fields.get(i));
            }
        }
        return missing;
    }

    /** How many fields found a column: the measure of how well a profile fits a file. */
    int matched() {
        int count = 0;
        for (int source : sources) {
            count += source >= 0 ? 1 : 0;
        }
        return count;
    }

    String columnName(int index) {
        return index < columns.size() ? columns.get(index) : "#" + (index + 1);
    }

    /** For each field, the name of the column that fills it, or an empty string. */
    List<String> fieldColumns() {
        List<String> names = new ArrayList<>();
        for (int source : sources) {
            names.add(source >= 0 ? columnName(source) : "");
        }
        return names;
    }
}
