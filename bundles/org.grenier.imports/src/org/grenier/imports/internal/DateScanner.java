package org.grenier.imports.internal;

/**
 * Splits a date cell into its numbers: three date parts separated by '-', '/' or '.', then optionally a time
 * (hh:mm, hh:mm:ss, with a fraction after '.' or ','), then optionally 'Z' or an offset such as +01:00 or +0100.
 * It is the one date grammar of the import: sniffing and reading both use it; the caller decides which part is
 * the day.
 */
final class DateScanner {

    private final String text;
    private int at;
    int a;
    int b;
    int c;
    int firstDigits;
    int lastDigits;
    int hour;
    int minute;
    int second;
    int nanos;
    Integer offsetSeconds;

    DateScanner(String text) {
        this.text = text;
    }

    boolean scan() {
        a = number(1, 4);
        firstDigits = digitsRead;
        if (a < 0 || !separator()) {
            return false;
        }
        b = number(1, 2);
        if (b < 0 || !separator()) {
            return false;
        }
        c = number(1, 4);
        lastDigits = digitsRead;
        if (c < 0) {
            return false;
        }
        if (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == 'T') && isDigit(at + 1)) {
            at++;
            if (!time()) {
                return false;
            }
        }
        return offset() && at == text.length();
    }

    private boolean time() {
        hour = number(1, 2);
        if (hour < 0 || !expect(':')) {
            return false;
        }
        minute = number(2, 2);
        if (minute < 0) {
            return false;
        }
        if (at < text.length() && text.charAt(at) == ':') {
            at++;
            second = number(2, 2);
            if (second < 0) {
                return false;
            }
            if (at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == ',') && isDigit(at + 1)) {
                at++;
                int start = at;
                int fraction = number(1, 9);
                nanos = fraction * (int) Math.pow(10, 9 - (at - start));
            }
        }
        return true;
    }

    private boolean offset() {
        if (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at == text.length()) {
            return text.charAt(at - 1) != ' ';
        }
        char sign = text.charAt(at);
        if (sign == 'Z') {
            at++;
            offsetSeconds = 0;
            return true;
        }
        if (sign != '+' && sign != '-') {
            return false;
        }
        at++;
        int hours = number(2, 2);
        if (hours < 0) {
            return false;
        }
        if (at < text.length() && text.charAt(at) == ':') {
            at++;
        }
        int minutes = number(2, 2);
        if (minutes < 0 || hours > 18 || minutes > 59) {
            return false;
        }
        offsetSeconds = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        return true;
    }

    private int digitsRead;

    /** Reads min..max digits as a number, or returns -1. */
    private int number(int min, int max) {
        int value = 0;
        int start = at;
        while (at < text.length() && at - start < max && isDigit(at)) {
            value = value * 10 + text.charAt(at) - '0';
            at++;
        }
        digitsRead = at - start;
        return digitsRead < min ? -1 : value;
    }

    private boolean separator() {
        if (at < text.length() && "-/.".indexOf(text.charAt(at)) >= 0) {
            at++;
            return true;
        }
        return false;
    }

    private boolean expect(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private boolean isDigit(int index) {
        return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
    }
}
