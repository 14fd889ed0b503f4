package org.grenier.imports.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Guesses the text encoding of a file's first bytes: a BOM, else valid UTF-8, else Windows-1252 (French Excel). */
final class EncodingSniffer {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingSniffer() {
    }

    /** The encoding, and how many leading bytes are a byte-order mark to skip. */
    record Sniffed(Charset charset, int bomLength) {
    }

    static Sniffed sniff(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Sniffed(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Sniffed(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Sniffed(StandardCharsets.UTF_16BE, 2);
        }
        return new Sniffed(isUtf8(head, trimPartialCharacter(head, length)) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static boolean isUtf8(byte[] head, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The sample may end inside a multi-byte character; leave that character out of the check. */
    private static int trimPartialCharacter(byte[] head, int length) {
        int end = length;
        int back = 0;
        while (end > 0 && back < 3 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            return end - 1;
        }
        return length;
    }
}
