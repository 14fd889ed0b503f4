package org.grenier.imports.internal;

/**
 * Checks bytes for well-formed UTF-8 as they stream past, without decoding them: the whole-file scan runs beside an
 * import and must cost little. Follows the table of well-formed sequences in the Unicode standard (section 3.9):
 * no overlong forms, no surrogates, nothing above U+10FFFF.
 */
final class Utf8Check {

    private int pending;
    private int low = 0x80;
    private int high = 0xBF;
    private boolean valid = true;

    void update(byte[] bytes, int length) {
        for (int i = 0; i < length && valid; i++) {
            int b = bytes[i] & 0xFF;
            if (pending == 0) {
                lead(b);
            } else if (b < low || b > high) {
                valid = false;
            } else {
                pending--;
                low = 0x80;
                high = 0xBF;
            }
        }
    }

    private void lead(int b) {
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            valid = false;
        }
    }

    /** Valid so far; a sequence cut by the end of a head sample is not held against the file. */
    boolean validSoFar() {
        return valid;
    }

    /** Valid to the end: no sequence left unfinished. */
    boolean validAtEnd() {
        return valid && pending == 0;
    }
}
