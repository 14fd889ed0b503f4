package org.grenier.acquisition.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Turns the byte chunks a serial driver delivers into whole text lines. Sensors end lines with LF or CR LF; a chunk
 * may hold part of a line or several. Memory is bounded whatever comes down the cable: a line longer than
 * {@link #MAX_LINE} bytes is thrown away up to its end, and a line holding control bytes (binary garbage, a wrong
 * baud rate) is thrown away whole; both are counted, never emitted as a line.
 */
final class LineAssembler {

    static final int MAX_LINE = 4096;

    private final byte[] buffer = new byte[MAX_LINE];
    private final Consumer<String> lines;
    private int length;
    private boolean overlong;
    private boolean binary;
    private long cutBytes;
    private long cutLines;

    LineAssembler(Consumer<String> lines) {
        this.lines = lines;
    }

    void accept(byte[] chunk) {
        for (byte b : chunk) {
            if (b == '\n' || b == '\r') {
                endLine();
            } else if (overlong) {
                cutBytes++;
            } else if (length == MAX_LINE) {
                overlong = true;
                cutBytes += length + 1;
                length = 0;
            } else {
                binary |= (b >= 0 && b < 0x20 && b != '\t') || b == 0x7f;
                buffer[length++] = b;
            }
        }
    }

    private void endLine() {
        if (overlong || binary) {
            cutBytes += length;
            cutLines++;
        } else if (length > 0) {
            String line = new String(buffer, 0, length, StandardCharsets.UTF_8).strip();
            if (!line.isEmpty()) {
                lines.accept(line);
            }
        }
        length = 0;
        overlong = false;
        binary = false;
    }

    /** Bytes thrown away so far: over-long and binary lines. */
    long cutBytes() {
        return cutBytes;
    }

    long cutLines() {
        return cutLines;
    }
}
