package org.grenier.acquisition.internal;

/**
 * Reads one flat JSON object per line, such as {@code {"id":"CF1","t":21.5,"ok":true}}. Numbers are kept; other
 * strings, true, false and null are ignored; a nested object or array refuses the line rather than being skipped,
 * so a device sending structure Grenier cannot read is noticed instead of half recorded.
 */
final class JsonLineProtocol implements LineProtocol {

    private final String sensorField;

    JsonLineProtocol(String sensorField) {
        this.sensorField = sensorField;
    }

    @Override
    public Decoded decode(String line) {
        if (line == null || line.isBlank()) {
            return LineProtocols.EMPTY;
        }
        try {
            return new Reader(line, new LineProtocols.Fields(sensorField, false)).object();
        } catch (Stop stop) {
            return LineProtocols.refused(stop.getMessage());
        }
    }

    /** Ends the reading of a refused line; it is an answer, not a fault, so it carries no stack trace. */
    private static final class Stop extends Exception {

        private static final long serialVersionUID = 1L;

        Stop(String message) {
            super(message, null, false, false);
        }
    }

    /** A strict reader of the JSON grammar over one line. */
    private static final class Reader {

        private final String text;
        private final LineProtocols.Fields fields;
        private int pos;

        Reader(String text, LineProtocols.Fields fields) {
            this.text = text;
            this.fields = fields;
        }

        Decoded object() throws Stop {
            skipSpace();
            expect('{');
            skipSpace();
            if (!take('}')) {
                do {
                    member();
                } while (take(','));
                if (!take('}')) {
                    throw malformed("expected ',' or '}'");
                }
            }
            skipSpace();
            if (pos < text.length()) {
                throw malformed("text after the object");
            }
            return fields.result(LineProtocols.NO_NUMBER);
        }

        private void member() throws Stop {
            skipSpace();
            if (peek() != '"') {
                throw malformed("expected a field name in quotes");
            }
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            value(name);
            skipSpace();
        }

        private void value(String name) throws Stop {
            char c = peek();
            if (c == '"') {
                String value = string();
                if (fields.isSensorField(name)) {
                    fields.text(name, value);
                }
            } else if (c == '-' || isDigit(c)) {
                fields.text(name, number()); // the sensor field takes a number as written, "12" stays "12"
            } else if (c == '{' || c == '[') {
                throw new Stop("field '" + name + "': nested values are not read");
            } else if (!literal("true") && !literal("false") && !literal("null")) {
                throw malformed("expected a value");
            }
        }

        private String string() throws Stop {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = peek();
                if (pos >= text.length()) {
                    throw malformed("unterminated string");
                } else if (c < 0x20) {
                    throw malformed("control character in a string");
                }
                pos++;
                if (c == '"') {
                    return out.toString();
                }
                out.append(c == '\\' ? escape() : c);
            }
        }

        private char escape() throws Stop {
            if (pos >= text.length()) {
                throw malformed("unterminated string");
            }
            char c = text.charAt(pos++);
            return switch (c) {
                case '"', '\\', '/' -> c;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> unicode();
                default -> throw malformedAt(pos - 2, "bad escape '\\" + c + "'"); // points at the backslash
            };
        }

        private char unicode() throws Stop {
            int code = 0;
            for (int i = 0; i < 4; i++) {
                int digit = LineProtocols.hex(peek());
                if (digit < 0) {
                    throw malformed("expected four hex digits after \\u");
                }
                code = code * 16 + digit;
                pos++;
            }
            return (char) code; // a surrogate pair arrives as two escapes and joins up again in the string
        }

        private String number() throws Stop {
            int start = pos;
            take('-');
            if (!take('0')) {
                digits(); // JSON forbids leading zeros: "01" stops after the 0 and fails on the 1
            }
            if (take('.')) {
                digits();
            }
            if (take('e') || take('E')) {
                if (!take('+')) {
                    take('-');
                }
                digits();
            }
            return text.substring(start, pos);
        }

        private void digits() throws Stop {
            int start = pos;
            while (isDigit(peek())) {
                pos++;
            }
            if (pos == start) {
                throw malformed("expected a digit");
            }
        }

        private boolean literal(String word) {
            if (!text.startsWith(word, pos)) {
                return false;
            }
            pos += word.length();
            return true;
        }

        private void skipSpace() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        private boolean take(char c) {
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) throws Stop {
            if (!take(c)) {
                throw malformed("expected '" + c + "'");
            }
        }

        // NUL stands for the end of the line; a real NUL is a control character and refused wherever it appears.
        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private Stop malformed(String what) {
            return malformedAt(pos, what);
        }

        private static Stop malformedAt(int index, String what) {
            return new Stop("malformed JSON at character " + (index + 1) + ": " + what);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
