package org.grenier.imports.internal;

import java.util.regex.Pattern;

/** Shapes of cell text the sniffer recognises, shared with the readers so that both agree on what a number is. */
final class Cells {

    static final Pattern COMMA_DECIMAL = Pattern.compile("[-+]?(\\d{1,3}([ .\u00a0\u202f]\\d{3})+|\\d+),\\d+");
    static final Pattern DOT_DECIMAL = Pattern.compile("[-+]?(\\d{1,3}([ ,\u00a0\u202f]\\d{3})+|\\d+)\\.\\d+");
    static final Pattern NUMBER = Pattern.compile("[-+]?[\\d .,\u00a0\u202f']*\\d[\\d .,\u00a0\u202f']*");

    private Cells() {
    }

    /** A date in any of the shapes {@link DateScanner} reads. */
    static boolean isDate(String cell) {
        return new DateScanner(cell.strip()).scan();
    }

    static boolean isNumber(String cell) {
        String text = cell.strip();
        return !text.isEmpty() && NUMBER.matcher(text).matches() && !isDate(text);
    }
}
