package org.grenier.core.imports;

import java.util.Optional;

/**
 * What a profile says about the file's format when sniffing should not guess: encoding, delimiter, decimal
 * separator, the order of day and month. Each is empty to let the import sniff it from the data.
 */
public record FormatHints(Optional<String> encoding, Optional<Character> delimiter, Optional<Character> decimal,
        Optional<DateOrder> dateOrder) {

    public static final FormatHints AUTO = new FormatHints(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** The order of day and month in dates such as 03/04/2025. */
    public enum DateOrder { DAY_FIRST, MONTH_FIRST }
}
