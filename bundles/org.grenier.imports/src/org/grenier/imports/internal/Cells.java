package org.grenier.imports.internal;

import java.util.regex.Pattern;

/** Shapes of cell text the sniffer recognises, shared with the readers so that both agree on what a number is. */
final class Cells {

    /** A date, with day, month and year in any order, an optional time and an optional offset. */
    static final Pattern DATE = Pattern.compile(
            "(\\d{1,4})[-/.](\\d{1,2})[-/.](\\d{1,4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + " ?(Z|[+-]\\d{2}:?\\d{2})?");
    static final Pattern COMMA_DECIMAL = Pattern.compile("[-+]?(\\d{1,3}([ .\u00a0\u202f]\\d{3})+|\\d+),\\d+");
    static final Pattern DOT_DECIMAL = Pattern.compile("[-+]?(\\d{1,3}([ ,\u00a0\u202f]\\d{3})+|\\d+)\\.\\d+");
    static final Pattern NUMBER = Pattern.compile("[-+]?[\\d .,\u00a0\u202f']*\\d[\\d .,\u00a0\u202f']*");

    private Cells() {
    }

    static boolean isDate(String cell) {
        return DATE.matcher(cell.strip()).matches();
    }

    static boolean isNumber(String cell) {
        String text = cell.strip();
        return !text.isEmpty() && NUMBER.matcher(text).matches() && !isDate(text);
    }
}
