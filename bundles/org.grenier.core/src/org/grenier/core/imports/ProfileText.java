package org.grenier.core.imports;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.grenier.core.Result;
import org.grenier.core.imports.FormatHints.DateOrder;
import org.grenier.core.imports.MappingProfile.UnknownCodes;
import org.grenier.core.model.Sector;

/**
 * Mapping profiles as text a user can read and edit: Java properties, one setting per line.
 *
 * <pre>
 * name = Odoo sales order lines
 * target = SALES_LINE
 * unknown-codes = REJECT
 * column.sold_at = Order Date | Date de commande
 * scale.quantity = 0.001
 * lookup.sector.Pharmacie = PHARMACY
 * </pre>
 */
public final class ProfileText {

    private ProfileText() {
    }

    public static Result<MappingProfile> parse(String text, String origin) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
            return Result.ok(read(properties));
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            return Result.error("Profile " + origin + " cannot be read: " + e.getMessage());
        }
    }

    private static MappingProfile read(Properties p) {
        String target = required(p, "target");
        ImportTarget importTarget;
        try {
            importTarget = ImportTarget.valueOf(target.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target '" + target + "' is not one of "
                    + Arrays.toString(ImportTarget.values()));
        }
        Map<ImportField, ColumnRule> rules = new LinkedHashMap<>();
        for (ImportField field : importTarget.fields()) {
            ColumnRule rule = rule(p, field);
            if (rule != null) {
                rules.put(field, rule);
            }
        }
        checkKeys(p, importTarget);
        return new MappingProfile(required(p, "name"), importTarget, p.getProperty("description", ""), rules,
                choice(p, "unknown-codes", UnknownCodes.class, UnknownCodes.REJECT),
                choice(p, "default-sector", Sector.class, Sector.RETAIL), p.getProperty("default-unit", "unit").strip(),
                zone(p.getProperty("time-zone", "").strip()), hints(p));
    }

    private static ColumnRule rule(Properties p, ImportField field) {
        String columns = p.getProperty("column." + field.key());
        String scale = p.getProperty("scale." + field.key());
        String negate = p.getProperty("negate." + field.key());
        String fallback = p.getProperty("default." + field.key());
        Map<String, String> lookup = new LinkedHashMap<>();
        String prefix = "lookup." + field.key() + ".";
        p.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> lookup.put(key.substring(prefix.length()), p.getProperty(key).strip()));
        if (columns == null && fallback == null) {
            return null;
        }
        List<String> names = columns == null ? List.of()
                : Arrays.stream(columns.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ColumnRule(field, names, lookup, scale == null ? BigDecimal.ONE : number(scale, "scale." + field.key()),
                Boolean.parseBoolean(negate == null ? "false" : negate.strip()), fallback);
    }

    /** A misspelt key would silently do nothing, so every key must be one this format knows. */
    private static void checkKeys(Properties p, ImportTarget target) {
        List<String> fieldKeys = target.fields().stream().map(ImportField::key).toList();
        for (String key : p.stringPropertyNames()) {
            boolean known = switch (key) {
                case "name", "target", "description", "unknown-codes", "default-sector", "default-unit",
                        "time-zone", "encoding", "delimiter", "decimal", "date-order" -> true;
                default -> {
                    String[] parts = key.split("\\.", 3);
                    yield parts.length >= 2 && List.of("column", "scale", "negate", "default", "lookup")
                            .contains(parts[0]) && fieldKeys.contains(parts[1])
                            && (parts[0].equals("lookup") ? parts.length == 3 : parts.length == 2);
                }
            };
            if (!known) {
                throw new IllegalArgumentException("unknown setting '" + key + "' (fields of " + target.label()
                        + ": " + fieldKeys + ")");
            }
        }
    }

    private static FormatHints hints(Properties p) {
        String delimiter = auto(p, "delimiter");
        if (delimiter != null && delimiter.equalsIgnoreCase("tab")) {
            delimiter = "\t";
        }
        String decimal = auto(p, "decimal");
        String order = auto(p, "date-order");
        return new FormatHints(Optional.ofNullable(auto(p, "encoding")), Optional.ofNullable(single(delimiter, "delimiter")),
                Optional.ofNullable(single(decimal, "decimal")),
                Optional.ofNullable(order == null ? null : DateOrder.valueOf(order.toUpperCase(Locale.ROOT).replace('-', '_'))));
    }

    public static String write(MappingProfile profile) {
        StringBuilder text = new StringBuilder("# Grenier mapping profile\n");
        line(text, "name", profile.name());
        line(text, "target", profile.target().name());
        if (!profile.description().isEmpty()) {
            line(text, "description", profile.description());
        }
        line(text, "unknown-codes", profile.unknownCodes().name());
        line(text, "default-sector", profile.defaultSector().name());
        line(text, "default-unit", profile.defaultUnit());
        line(text, "time-zone", profile.zone().getId());
        FormatHints hints = profile.hints();
        hints.encoding().ifPresent(value -> line(text, "encoding", value));
        hints.delimiter().ifPresent(value -> line(text, "delimiter", value == '\t' ? "tab" : value.toString()));
        hints.decimal().ifPresent(value -> line(text, "decimal", value.toString()));
        hints.dateOrder().ifPresent(value -> line(text, "date-order", value.name()));
        for (ImportField field : profile.target().fields()) {
            profile.rule(field).ifPresent(rule -> writeRule(text, rule));
        }
        return text.toString();
    }

    private static void writeRule(StringBuilder text, ColumnRule rule) {
        String key = rule.field().key();
        if (!rule.columns().isEmpty()) {
            line(text, "column." + key, String.join(" | ", rule.columns()));
        }
        if (rule.scale().compareTo(BigDecimal.ONE) != 0) {
            line(text, "scale." + key, rule.scale().toPlainString());
        }
        if (rule.negate()) {
            line(text, "negate." + key, "true");
        }
        if (rule.fallback() != null) {
            line(text, "default." + key, rule.fallback());
        }
        rule.lookup().forEach((from, to) -> line(text, "lookup." + key + "." + from, to));
    }

    /** Writes one property, escaping what the properties format would misread. */
    private static void line(StringBuilder text, String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> text.append(l).append('\n'));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the setting '" + key + "' is missing");
        }
        return value.strip();
    }

    private static <E extends Enum<E>> E choice(Properties p, String key, Class<E> type, E fallback) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " '" + value.strip() + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static ZoneId zone(String id) {
        return id.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(id);
    }

    private static String auto(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isEmpty() || value.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        return key.equals("delimiter") && value.equals("\t") ? value : value.strip();
    }

    private static Character single(String value, String key) {
        if (value == null) {
            return null;
        }
        if (value.length() != 1) {
            throw new IllegalArgumentException(key + " must be one character or 'auto', was '" + value + "'");
        }
        return value.charAt(0);
    }

    private static BigDecimal number(String value, String key) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number such as 0.001, was '" + value.strip() + "'");
        }
    }
}
