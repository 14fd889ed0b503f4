package org.grenier.acquisition.internal;

import java.util.Arrays;

/** CRC-16/MODBUS: reflected polynomial 0xA001, initial value 0xFFFF, sent low byte first. */
final class ModbusCrc {

    /** The shortest Modbus RTU frame: address, function and the two CRC bytes. */
    static final int MIN_FRAME = 4;

    /** One entry per byte value, so a frame costs a lookup per byte rather than eight shifts (benchmarks poll fast). */
    private static final int[] TABLE = table();

    private ModbusCrc() {
    }

    /** The CRC of {@code len} bytes of {@code b} from {@code off}. */
    static int crc(byte[] b, int off, int len) {
        int crc = 0xFFFF;
        for (int i = off; i < off + len; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ b[i]) & 0xFF];
        }
        return crc;
    }

    /** A copy of {@code frame} with its CRC appended, low byte first as the wire wants it. */
    static byte[] withCrc(byte[] frame) {
        int crc = crc(frame, 0, frame.length);
        byte[] out = Arrays.copyOf(frame, frame.length + 2);
        out[frame.length] = (byte) crc;
        out[frame.length + 1] = (byte) (crc >>> 8);
        return out;
    }

    /** Whether the first {@code len} bytes of {@code frame} are a frame ending with the CRC of what precedes it. */
    static boolean valid(byte[] frame, int len) {
        return valid(frame, 0, len);
    }

    /** Whether the {@code len} bytes from {@code off} are a frame ending with the CRC of what precedes it. */
    static boolean valid(byte[] b, int off, int len) {
        if (len < MIN_FRAME || off < 0 || off + len > b.length) {
            return false;
        }
        int crc = crc(b, off, len - 2);
        return (b[off + len - 2] & 0xFF) == (crc & 0xFF) && (b[off + len - 1] & 0xFF) == crc >>> 8;
    }

    /** The CRC of each single byte value, computed bit by bit once. */
    private static int[] table() {
        int[] table = new int[256];
        for (int n = 0; n < table.length; n++) {
            int c = n;
            for (int bit = 0; bit < 8; bit++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
