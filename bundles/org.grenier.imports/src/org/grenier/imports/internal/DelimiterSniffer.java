package org.grenier.imports.internal;

import java.util.List;

/** Picks the delimiter that splits the first lines into the same number of fields most consistently. */
final class DelimiterSniffer {

    private static final char[] CANDIDATES = { ';', ',', '\t', '|' };

    private DelimiterSniffer() {
    }

    static char sniff(List<String> lines) {
        char best = ',';
        double bestScore = 0;
        for (char candidate : CANDIDATES) {
            double score = score(lines, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Fields per line when every line agrees, less a penalty for each line that disagrees with the first. */
    private static double score(List<String> lines, char delimiter) {
        if (lines.isEmpty()) {
            return 0;
        }
        int first = fields(lines.get(0), delimiter);
        if (first < 2) {
            return 0;
        }
        long agreeing = lines.stream().filter(line -> fields(line, delimiter) == first).count();
        return first * (agreeing / (double) lines.size());
    }

    /** Counts fields, ignoring delimiters inside double quotes. */
    static int fields(String line, char delimiter) {
        int count = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
