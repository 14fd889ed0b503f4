package org.grenier.imports.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a file whose quotes never close from being read into one endless cell: the CSV parser would buffer the rest
 * of the file. It follows quoting as RFC 4180 does (a doubled quote toggles twice) and fails with the line where the
 * oversized record began. It also counts physical lines, which gives every row its line number.
 */
final class RecordSizeGuard extends FilterReader {

    static final int MAX_RECORD_CHARS = 1 << 20;

    private final char quote;
    private final String file;
    private boolean quoted;
    private long recordChars;
    private long line = 1;
    private long recordLine = 1;

    RecordSizeGuard(Reader in, char quote, String file) {
        super(in);
        this.quote = quote;
        this.file = file;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            track(buffer[i]);
        }
        return read;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            track((char) c);
        }
        return c;
    }

    private void track(char c) throws IOException {
        if (c == quote) {
            quoted = !quoted;
        } else if (c == '\n') {
            line++;
            if (!quoted) {
                recordChars = 0;
                recordLine = line;
                return;
            }
        }
        if (++recordChars > MAX_RECORD_CHARS) {
            throw new IOException(file + ":" + recordLine + ": a row runs past " + (MAX_RECORD_CHARS >> 20)
                    + " million characters; a quote (" + quote + ") opened on that line is probably never closed");
        }
    }
}
