package org.grenier.acquisition;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Turns the byte chunks a serial driver delivers into whole text lines. Sensors end lines with LF or CR LF; a chunk
 * may hold part of a line or several lines. A runaway line without an end is cut at {@link #MAX_LINE} bytes so a
 * noisy cable cannot exhaust memory.
 */
public final class LineAssembler {

    public static final int MAX_LINE = 4096;

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final Consumer<String> lines;

    public LineAssembler(Consumer<String> lines) {
        this.lines = lines;
    }

    public synchronized void accept(byte[] chunk) {
        for (byte b : chunk) {
            if (b == '\n' || b == '\r') {
                flush();
            } else {
                pending.write(b);
                if (pending.size() >= MAX_LINE) {
                    flush();
                }
            }
        }
    }

    private void flush() {
        if (pending.size() > 0) {
            String line = pending.toString(StandardCharsets.UTF_8).strip();
            pending.reset();
            if (!line.isEmpty()) {
                lines.accept(line);
            }
        }
    }
}
