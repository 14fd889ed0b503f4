package org.grenier.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of test suites such as csv-spectrum: an array of flat objects of strings, or one such object.
 * Small on purpose; no JSON library is in the target platform and these files use nothing more.
 */
public final class JsonRows {

    private final String text;
    private int at;

    private JsonRows(String text) {
        this.text = text;
    }

    public static List<Map<String, String>> parse(String text) {
        JsonRows json = new JsonRows(text);
        json.skipSpace();
        List<Map<String, String>> rows = new ArrayList<>();
        if (json.peek() == '{') {
            rows.add(json.object());
            return rows;
        }
        json.expect('[');
        json.skipSpace();
        while (json.peek() != ']') {
            rows.add(json.object());
            json.skipSpace();
            if (json.peek() == ',') {
                json.at++;
                json.skipSpace();
            }
        }
        return rows;
    }

    private Map<String, String> object() {
        expect('{');
        Map<String, String> row = new LinkedHashMap<>();
        skipSpace();
        while (peek() != '}') {
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            row.put(key, string());
            skipSpace();
            if (peek() == ',') {
                at++;
                skipSpace();
            }
        }
        at++;
        return row;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (peek() != '"') {
            char c = text.charAt(at++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped);
            }
        }
        at++;
        return out.toString();
    }

    private char peek() {
        if (at >= text.length()) {
            throw new IllegalArgumentException("JSON ends too early");
        }
        return text.charAt(at);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at + ", found '" + peek() + "'");
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
