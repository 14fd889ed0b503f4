package org.grenier.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the bytes of a file say: its fingerprint (the batch records it), its size in lines, whether it is text, and
 * its encoding. {@link #head} reads the first megabyte, enough to preview and sniff; {@link #of} reads every byte,
 * so an accent on line 900,000 of an otherwise plain file still decides between UTF-8 and Windows-1252. An import
 * runs the full scan beside its own reading and starts again in the right encoding in the rare case they disagree.
 */
record FileScan(String sha256, long bytes, long lines, Charset charset, int bomLength, boolean binary) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static final int HEAD_BYTES = 1 << 20;

    static FileScan head(Path file) throws IOException {
        return scan(file, HEAD_BYTES);
    }

    static FileScan of(Path file) throws IOException {
        return scan(file, Long.MAX_VALUE);
    }

    /** True when this (full) scan proves the file is not in the encoding a head scan assumed. */
    boolean contradicts(FileScan head) {
        return !charset.equals(head.charset);
    }

    private static FileScan scan(Path file, long limit) throws IOException {
        MessageDigest digest = newDigest();
        Utf8Check utf8 = new Utf8Check();
        boolean c1Bytes = false;
        long bytes = 0;
        long lines = 0;
        long controls = 0;
        byte[] head = new byte[4];
        int headLength = 0;
        byte last = '\n';
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (bytes < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - bytes))) > 0) {
                digest.update(buffer, 0, read);
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (headLength < head.length) {
                        head[headLength++] = b;
                    }
                    if (b == '\n') {
                        lines++;
                    } else if ((b & 0xFF) < 0x20 && b != '\r' && b != '\t') {
                        controls++;
                    } else if ((b & 0xFF) >= 0x80 && (b & 0xFF) <= 0x9F) {
                        c1Bytes = true;
                    }
                }
                last = buffer[read - 1];
                bytes += read;
                utf8.update(buffer, read);
            }
        }
        // A head scan may stop inside a character; only a full scan can be strict about the very end.
        boolean validUtf8 = limit == Long.MAX_VALUE ? utf8.validAtEnd() : utf8.validSoFar();
        if (bytes > 0 && last != '\n') {
            lines++;
        }
        return encoding(HexFormat.of().formatHex(digest.digest()), bytes, lines, head, headLength, validUtf8, c1Bytes,
                controls > Math.max(2, bytes / 100));
    }

    private static FileScan encoding(String sha, long bytes, long lines, byte[] head, int length, boolean utf8,
            boolean c1Bytes, boolean binary) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new FileScan(sha, bytes, lines, StandardCharsets.UTF_8, 3, binary);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new FileScan(sha, bytes, lines, StandardCharsets.UTF_16LE, 2, false);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new FileScan(sha, bytes, lines, StandardCharsets.UTF_16BE, 2, false);
        }
        if (utf8) {
            return new FileScan(sha, bytes, lines, StandardCharsets.UTF_8, 0, binary);
        }
        // Bytes 0x80-0x9F are control codes in ISO-8859-1 but letters and signs (€, œ, ’) in Windows-1252.
        return new FileScan(sha, bytes, lines, c1Bytes ? WINDOWS_1252 : StandardCharsets.ISO_8859_1, 0, binary);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** The encoding's name as an analyst knows it. */
    String encodingName() {
        return charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
    }
}
