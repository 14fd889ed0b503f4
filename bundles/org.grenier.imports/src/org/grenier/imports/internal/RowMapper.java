package org.grenier.imports.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.grenier.core.imports.CodeBook;
import org.grenier.core.imports.ColumnRule;
import org.grenier.core.imports.ImportField;
import org.grenier.core.imports.MappingProfile.UnknownCodes;
import org.grenier.core.imports.Rejection;
import org.grenier.core.imports.StagedRow;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;

/** Turns one CSV record into a staged row by the plan, or says why it cannot: type, required field, range, code. */
final class RowMapper {

    private final ColumnPlan plan;
    private final List<ImportField> fields;
    private final CellReader cells;
    private final CodeBook codes;
    private final Map<String, String>[] lookups;
    private long createdCodes;

    @SuppressWarnings("unchecked")
    RowMapper(ColumnPlan plan, CellReader cells, CodeBook codes) {
        this.plan = plan;
        this.fields = plan.profile().target().fields();
        this.cells = cells;
        this.codes = codes;
        this.lookups = new Map[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            ColumnRule rule = plan.rules()[i];
            lookups[i] = rule == null ? Map.of() : normalisedKeys(rule.lookup());
        }
    }

    private static Map<String, String> normalisedKeys(Map<String, String> lookup) {
        Map<String, String> keys = new java.util.HashMap<>();
        lookup.forEach((from, to) -> keys.put(ColumnNames.normalise(from), to));
        return keys;
    }

    long createdCodes() {
        return createdCodes;
    }

    StagedRow map(List<String> cells, long line) throws RowRejected {
        checkWidth(cells);
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            values[i] = value(i, cells);
        }
        checkCodes(values);
        RowDefaults.complete(plan.profile().target(), values, this::column);
        return new StagedRow(plan.profile().target(), line, values, extras(cells));
    }

    /** The file's name for the field at an index, or the field's own key when no column holds it. */
    private String column(int index) {
        int source = plan.sources()[index];
        return source >= 0 ? plan.columnName(source) : fields.get(index).key();
    }

    /** More filled cells than columns means a delimiter inside an unquoted value: the row's cells have shifted. */
    private void checkWidth(List<String> cells) throws RowRejected {
        int width = plan.columns().size();
        for (int i = cells.size() - 1; i >= width; i--) {
            if (!cells.get(i).isBlank()) {
                throw new RowRejected("", null, "has " + cells.size() + " cells where the header has " + width
                        + " (a delimiter inside an unquoted value?)", Rejection.Problem.SHIFTED_CELLS, cells.size(),
                        width);
            }
        }
    }

    private Object value(int index, List<String> cells) throws RowRejected {
        ImportField field = fields.get(index);
        ColumnRule rule = plan.rules()[index];
        int source = plan.sources()[index];
        String column = column(index);
        String text = source >= 0 && source < cells.size() ? cells.get(source).strip() : "";
        if (text.isEmpty() && rule != null && rule.fallback() != null) {
            text = rule.fallback();
        }
        if (!text.isEmpty() && !lookups[index].isEmpty()) {
            text = lookups[index].getOrDefault(ColumnNames.normalise(text), text);
        }
        if (text.isEmpty()) {
            return emptyValue(field, column);
        }
        try {
            return convert(field, rule, text);
        } catch (CellProblem e) {
            throw new RowRejected(column, text, field.key() + " is " + e.getMessage(), e.problem(), e.facts());
        } catch (IllegalArgumentException e) {
            throw new RowRejected(column, text, field.key() + " is " + e.getMessage(), Rejection.Problem.OTHER);
        }
    }

    private Object emptyValue(ImportField field, String column) throws RowRejected {
        if (field == ImportField.SECTOR) {
            return plan.profile().defaultSector().name();
        }
        if (field == ImportField.UNIT) {
            return plan.profile().defaultUnit();
        }
        if (field.required()) {
            throw new RowRejected(column, "", field.key() + " is required but empty", Rejection.Problem.REQUIRED);
        }
        if (field == ImportField.CAPACITY_UNIT) {
            return plan.profile().defaultUnit();
        }
        // Written the Java way, not the file's: a French file reads "0.25" as twenty-five.
        return field.fallback() == null ? null : new BigDecimal(field.fallback());
    }

    private Object convert(ImportField field, ColumnRule rule, String text) {
        return switch (field.type()) {
            case TEXT -> text.length() > 200 ? tooLong(200) : text;
            case CODE -> code(field, text);
            case DECIMAL -> inRange(field, converted(rule, cells.number(text)));
            case INTEGER -> {
                Integer value = cells.integer(text);
                inRange(field, BigDecimal.valueOf(value));
                yield value;
            }
            case TIMESTAMP -> cells.timestamp(text);
        };
    }

    private static String tooLong(int limit) {
        throw new CellProblem(Rejection.Problem.TOO_LONG, "longer than " + limit + " characters", limit);
    }

    private static BigDecimal converted(ColumnRule rule, BigDecimal value) {
        if (rule == null || !rule.converts()) {
            return value;
        }
        BigDecimal scaled = value.multiply(rule.scale());
        return rule.negate() ? scaled.negate() : scaled;
    }

    private static BigDecimal inRange(ImportField field, BigDecimal value) {
        if (!field.inRange(value.doubleValue())) {
            List<String> facts = new java.util.ArrayList<>(field.rangeFacts());
            facts.add(value.toPlainString());
            throw new CellProblem(Rejection.Problem.OUT_OF_RANGE, "out of range: it must be " + field.range()
                    + ", was " + value.toPlainString(), facts.toArray());
        }
        if (value.precision() - value.scale() > 14) {
            throw new CellProblem(Rejection.Problem.TOO_LARGE, "too large for the store (more than 14 digits before "
                    + "the point)");
        }
        return value;
    }

    private static String code(ImportField field, String text) {
        return switch (field) {
            case SECTOR -> CodeWords.sector(text);
            case STORAGE_TYPE -> CodeWords.storageType(text);
            case MOVE_KIND -> CodeWords.movementKind(text);
            default -> text.length() > 64 ? tooLong(64) : text;
        };
    }

    /** Checks the product and site codes the row names, creating them when the profile says so. */
    private void checkCodes(Object[] values) throws RowRejected {
        for (int i = 0; i < fields.size(); i++) {
            ImportField field = fields.get(i);
            boolean namesCode = field.namesSku() || field.namesSite() || field.namesStorageUnit();
            if (values[i] == null || !namesCode) {
                continue;
            }
            String code = (String) values[i];
            String column = column(i);
            if (field.namesSku() && !codes.hasSku(code)) {
                unknown("product", column, code);
                codes.createSku(new Sku(code, code, null, plan.profile().defaultSector(), plan.profile().defaultUnit(),
                        null, null, null));
                createdCodes++;
            } else if (field.namesSite() && !codes.hasSite(code)) {
                unknown("site", column, code);
                codes.createSite(new Site(code, code, null));
                createdCodes++;
            } else if (field.namesStorageUnit() && !codes.hasStorageUnit(code)) {
                throw new RowRejected(column, code, "unknown storage unit: import the storage units (profile "
                        + "'Storage units') before what is kept in them", Rejection.Problem.UNKNOWN_STORAGE_UNIT);
            }
        }
    }

    private void unknown(String what, String column, String code) throws RowRejected {
        if (plan.profile().unknownCodes() == UnknownCodes.REJECT) {
            throw new RowRejected(column, code, "unknown " + what + ": not in the store (import the "
                    + (what.equals("product") ? "catalogue" : "sites") + " first, or set unknown-codes = CREATE in "
                    + "profile '" + plan.profile().name() + "')", what.equals("product")
                            ? Rejection.Problem.UNKNOWN_PRODUCT : Rejection.Problem.UNKNOWN_SITE, plan.profile().name());
        }
    }

    /** The cells no field took, as a JSON object of column name to text; null when there are none. */
    private String extras(List<String> cells) {
        StringBuilder json = null;
        for (int index : plan.extraColumns()) {
            if (index >= cells.size() || cells.get(index).isBlank()) {
                continue;
            }
            json = json == null ? new StringBuilder("{") : json.append(',');
            Json.string(json, plan.columnName(index)).append(':');
            Json.string(json, cells.get(index).strip());
        }
        return json == null ? null : json.append('}').toString();
    }
}
