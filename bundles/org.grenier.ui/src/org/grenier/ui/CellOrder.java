package org.grenier.ui;

import java.text.Collator;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the cells of a column sort when they are held as text: a figure or a date by its value, read in the locale's way
 * ("1,095" and "1 095", "12,5 %", "60 kg", "22/11/2026 08:14"), words by the locale's collation, and the empty ones
 * ("", "-", "–") last whichever the direction. Made for one sort: the formats are made once, each cell read once.
 */
final class CellOrder {

    /** What a cell sorts by. */
    record Key(int kind, double value, String words) {
    }

    private static final int FIGURE = 0;
    private static final int WORDS = 1;
    private static final int EMPTY = 2;
    /** The longest unit or sign after a figure ("%", "kg", "h"): longer, the cell is words that start with a digit. */
    private static final int UNIT = 3;

    private final NumberFormat numbers;
    private final String groupingSpace;
    private final List<DateTimeFormatter> dates;
    private final Collator collator;

    CellOrder(Locale locale) {
        numbers = NumberFormat.getNumberInstance(locale);
        char separator = numbers.format(1000).charAt(1);
        // French groups thousands with a narrow no-break space; a cell may hold a plain or a no-break one instead
        groupingSpace = Character.isSpaceChar(separator) ? String.valueOf(separator) : " ";
        dates = List.of(Numbers.dateTime(FormatStyle.SHORT), Numbers.dateTime(FormatStyle.MEDIUM),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        collator = Collator.getInstance(locale);
    }

    Key key(String cell) {
        String text = cell.replace("\u2605", "").strip();
        if (text.isEmpty() || text.equals("-") || text.equals("\u2013")) {
            return new Key(EMPTY, 0, "");
        }
        Double figure = number(text);
        if (figure == null && text.chars().anyMatch(Character::isDigit)) { // words without a digit are no date
            figure = date(text);
        }
        return figure != null ? new Key(FIGURE, figure, text) : new Key(WORDS, 0, text);
    }

    /** Up or down, the empty cells last. */
    Comparator<Key> order(boolean up) {
        Comparator<Key> filled = Comparator.comparingInt(Key::kind).thenComparingDouble(Key::value)
                .thenComparing(Key::words, collator);
        return Comparator.comparing((Key key) -> key.kind() == EMPTY).thenComparing(up ? filled : filled.reversed());
    }

    private Double number(String text) {
        String digits = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", groupingSpace);
        ParsePosition position = new ParsePosition(0);
        Number parsed = numbers.parse(digits, position);
        if (parsed == null || position.getIndex() == 0) {
            return null;
        }
        String rest = digits.substring(position.getIndex()).strip();
        return rest.length() <= UNIT && rest.chars().noneMatch(Character::isDigit) ? parsed.doubleValue() : null;
    }

    private Double date(String text) {
        for (DateTimeFormatter format : dates) {
            try {
                TemporalAccessor parsed = format.parse(text);
                double day = parsed.getLong(ChronoField.EPOCH_DAY);
                double second = parsed.isSupported(ChronoField.SECOND_OF_DAY)
                        ? parsed.getLong(ChronoField.SECOND_OF_DAY) : 0;
                return day * 86_400 + second;
            } catch (DateTimeException e) {
                // not this form: the next one, or not a date
            }
        }
        return null;
    }
}
