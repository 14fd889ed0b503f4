package org.grenier.imports.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.grenier.core.imports.FormatHints.DateOrder;
import org.grenier.core.imports.SniffedFormat;
import org.grenier.core.imports.Rejection;

/**
 * Turns cell text into values as the file writes them: numbers with its decimal and thousands separators, dates in
 * its order of day and month. A failure is an {@link IllegalArgumentException} whose message says what was expected.
 */
final class CellReader {

    private final char decimal;
    private final DateOrder order;
    private final ZoneId zone;

    CellReader(SniffedFormat format, ZoneId zone) {
        this.decimal = format.decimal();
        this.order = format.dateOrder();
        this.zone = zone;
    }

    /**
     * Reads "1 234,56", "1.234,56", "1,234.56", "-12.5" or "12,5 €". A separator followed by exactly three digits
     * and another separator or the end is a thousands separator; the other one is the decimal point. A number using
     * the other decimal mark than the file's ("12.5" in a French file) is read as written, since it cannot mean 125.
     */
    BigDecimal number(String cell) {
        String text = strip(cell);
        StringBuilder digits = new StringBuilder(text.length());
        int lastDot = text.lastIndexOf('.');
        int lastComma = text.lastIndexOf(',');
        int decimalAt = decimalPosition(text, lastDot, lastComma);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || (c == '-' || c == '+') && i == 0) {
                digits.append(c);
            } else if (i == decimalAt) {
                digits.append('.');
            } else if (c != '.' && c != ',' && c != ' ' && c != '\u00a0' && c != '\u202f' && c != '\'') {
                throw new CellProblem(Rejection.Problem.NOT_A_NUMBER, "not a number");
            }
        }
        return decimal(digits);
    }

    /** Up to 18 digits (nearly every cell) become a BigDecimal without parsing a string. */
    private static BigDecimal decimal(CharSequence digits) {
        int length = digits.length();
        int start = length > 0 && (digits.charAt(0) == '-' || digits.charAt(0) == '+') ? 1 : 0;
        long unscaled = 0;
        int scale = -1;
        int count = 0;
        for (int i = start; i < length; i++) {
            char c = digits.charAt(i);
            if (c == '.') {
                if (scale >= 0) {
                    throw new CellProblem(Rejection.Problem.NOT_A_NUMBER, "not a number");
                }
                scale = 0;
                continue;
            }
            if (++count > 18) {
                return slowDecimal(digits);
            }
            unscaled = unscaled * 10 + (c - '0');
            if (scale >= 0) {
                scale++;
            }
        }
        if (count == 0) {
            throw new CellProblem(Rejection.Problem.NOT_A_NUMBER, "not a number");
        }
        return BigDecimal.valueOf(start == 1 && digits.charAt(0) == '-' ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private static BigDecimal slowDecimal(CharSequence digits) {
        try {
            return new BigDecimal(digits.toString());
        } catch (NumberFormatException e) {
            throw new CellProblem(Rejection.Problem.NOT_A_NUMBER, "not a number");
        }
    }

    private int decimalPosition(String text, int lastDot, int lastComma) {
        if (lastDot >= 0 && lastComma >= 0) {
            return Math.max(lastDot, lastComma);
        }
        int only = Math.max(lastDot, lastComma);
        if (only < 0) {
            return -1;
        }
        char mark = text.charAt(only);
        boolean repeated = text.indexOf(mark) != only;
        boolean threeAfter = text.length() - only - 1 == 3;
        if (repeated || threeAfter && mark != decimal) {
            return -1;
        }
        return only;
    }

    /** Strips spaces, currency and percent signs around a number. */
    private static String strip(String cell) {
        String text = cell.strip();
        while (!text.isEmpty() && "€$£%".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        while (!text.isEmpty() && "€$£".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            throw new CellProblem(Rejection.Problem.NOT_A_NUMBER, "not a number");
        }
        return text;
    }

    Integer integer(String cell) {
        BigDecimal value = number(cell);
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new CellProblem(Rejection.Problem.NOT_A_WHOLE_NUMBER, "not a whole number");
        }
    }

    /**
     * Reads ISO dates (2025-03-14), day-first or month-first dates, with or without a time and an offset: the
     * shapes {@link DateScanner} reads, scanned by hand because a million dates through a regular expression cost more
     * than the rest of their row.
     */
    Instant timestamp(String cell) {
        DateScanner date = new DateScanner(cell.strip());
        if (!date.scan()) {
            throw new CellProblem(Rejection.Problem.NOT_A_DATE, "not a date (expected " + expected() + ")", shapes());
        }
        int year;
        int month;
        int day;
        if (date.firstDigits == 4) {
            year = date.a;
            month = date.b;
            day = date.c;
        } else {
            year = date.lastDigits <= 2 ? 2000 + date.c : date.c;
            month = order == DateOrder.DAY_FIRST ? date.b : date.a;
            day = order == DateOrder.DAY_FIRST ? date.a : date.b;
        }
        if (year < 1970 || year > 2148) {
            throw new CellProblem(Rejection.Problem.DATE_OUT_OF_RANGE, "out of range: Grenier keeps dates from 1970 "
                    + "to 2148, was " + year, year);
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, date.hour, date.minute, date.second, date.nanos);
            return date.offsetSeconds == null ? local.atZone(zone).toInstant()
                    : local.toInstant(ZoneOffset.ofTotalSeconds(date.offsetSeconds));
        } catch (DateTimeException e) {
            throw new CellProblem(Rejection.Problem.NOT_A_VALID_DATE, "not a valid date (" + e.getMessage()
                    + "; read as " + expected() + ")", shapes());
        }
    }

    /** The two date shapes this file's dates are read in, for a reader to word. */
    private Object[] shapes() {
        return new Object[] {order == DateOrder.DAY_FIRST ? "dd/MM/yyyy" : "MM/dd/yyyy", "yyyy-MM-dd"};
    }

    private String expected() {
        return order == DateOrder.DAY_FIRST ? "dd/MM/yyyy or yyyy-MM-dd" : "MM/dd/yyyy or yyyy-MM-dd";
    }
}
