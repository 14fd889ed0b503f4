package org.grenier.ui.imports;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.grenier.core.imports.FormatHints.DateOrder;
import org.grenier.core.imports.ImportField;
import org.grenier.core.imports.ImportTarget;
import org.grenier.core.imports.SniffedFormat;

/**
 * The import's own words in the user's language: how a file was read, a field's name and what a profile fills. The
 * core keeps the English and the profile keys ({@code sold_at}), which the command line and profile files use.
 */
public final class ImportWords {

    private ImportWords() {
    }

    /** "Windows-1252, ';' delimited, decimal comma, dates day first, header row", or its French. */
    public static String format(SniffedFormat format) {
        List<String> parts = new ArrayList<>();
        parts.add(format.bomLength() > 0 ? NLS.bind(ImportTexts.Format_WithBom, format.encoding()) : format.encoding());
        parts.add(format.delimiter() == '\t' ? ImportTexts.Format_TabDelimited
                : NLS.bind(ImportTexts.Format_Delimited, String.valueOf(format.delimiter())));
        parts.add(format.decimal() == ',' ? ImportTexts.Format_DecimalComma : ImportTexts.Format_DecimalPoint);
        parts.add(format.dateOrder() == DateOrder.DAY_FIRST ? ImportTexts.Format_DayFirst
                : ImportTexts.Format_MonthFirst);
        parts.add(format.header() ? ImportTexts.Format_Header : ImportTexts.Format_NoHeader);
        return String.join(", ", parts);
    }

    /** The sniffer's notes, one a line; the ones it is known to write are worded here. */
    public static List<String> notes(SniffedFormat format) {
        return format.notes().stream()
                .map(note -> note.equals(SniffedFormat.DATES_GUESSED_DAY_FIRST) ? ImportTexts.Format_DatesGuessed
                        : note)
                .toList();
    }

    /** "Sale date" for {@code sold_at}; a field without a wording shows its key. */
    public static String field(ImportField field) {
        return text("Field_" + field.key(), field.key());
    }

    /**
     * A profile's name: the ones Grenier ships are worded in the user's language, the ones analysts saved keep
     * theirs. The command line and the store know a built-in profile by its English name.
     */
    public static String profile(String name) {
        return text("Profile_" + name.replaceAll("[^A-Za-z0-9]+", "_"), name);
    }

    /** What a profile fills, such as "sales and order lines". */
    public static String target(ImportTarget target) {
        return text("Target_" + target.name(), target.label());
    }

    private static String text(String key, String otherwise) {
        try {
            return (String) ImportTexts.class.getField(key).get(null);
        } catch (ReflectiveOperationException e) {
            return otherwise;
        }
    }
}
