package org.grenier.core.imports;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.time.Instant;

/**
 * The content key of a row: a 64-bit hash of its values written canonically (each tagged by type), so that 5 and
 * 5.00, or the same instant written in two time zones, give the same key. The hash is MurmurHash3's 64-bit mixing
 * written out here (a cryptographic digest cost a third of the reading thread's time, and no one attacks their own
 * export): two different rows share a key with odds near 1 in 10^19 per pair, far below the chance of a typing
 * error in the export.
 */
public final class RowKeys {

    /** One per thread: each import thread keys its own rows. */
    private static final ThreadLocal<RowKeys> PER_THREAD = ThreadLocal.withInitial(RowKeys::new);

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final int SIZE = 4096;
    // Big-endian words over a plain array: the bytes a ByteBuffer wrote when keys were first stored, without its
    // checks on every byte (a fifth of the reading thread's time went to writing and reading them back).
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] buffer = new byte[SIZE];
    private int position;
    private long hash;
    private long length;

    public static long of(Object[] values) {
        return PER_THREAD.get().key(values);
    }

    /** Feeds each value's canonical bytes to the hash, tagged by type, without building strings. */
    private long key(Object[] values) {
        position = 0;
        hash = 0x9e3779b97f4a7c15L;
        length = 0;
        for (Object value : values) {
            // Plain type tests, not a pattern switch: this runs for every cell of every row on the reading thread.
            if (value == null) {
                put((byte) 0);
            } else if (value instanceof String text) {
                text(text);
            } else if (value instanceof BigDecimal number) {
                number(number);
            } else if (value instanceof Instant instant) {
                put((byte) 2);
                room(12);
                putLong(instant.getEpochSecond());
                putInt(instant.getNano());
            } else if (value instanceof Integer number) {
                put((byte) 3);
                room(4);
                putInt(number);
            } else {
                text(value.toString());
            }
        }
        digest();
        return finish(hash ^ length);
    }

    /** Mixes the buffered bytes into the hash, eight at a time, the last word padded with zeros. */
    private void digest() {
        int whole = position & ~7;
        length += position;
        for (int i = 0; i < whole; i += 8) {
            mix((long) LONG.get(buffer, i));
        }
        if (whole < position) {
            long last = 0;
            int shift = 0;
            for (int i = whole; i < position; i++) {
                last |= (buffer[i] & 0xFFL) << shift;
                shift += 8;
            }
            mix(last);
        }
        position = 0;
    }

    private void digestWholeWords() {
        int whole = position & ~7;
        length += whole;
        for (int i = 0; i < whole; i += 8) {
            mix((long) LONG.get(buffer, i));
        }
        System.arraycopy(buffer, whole, buffer, 0, position - whole);
        position -= whole;
    }

    private void mix(long word) {
        long k = Long.rotateLeft(word * C1, 31) * C2;
        hash = Long.rotateLeft(hash ^ k, 27) * 5 + 0x52dce729;
    }

    private static long finish(long h) {
        long x = h ^ h >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        return x ^ x >>> 33;
    }

    /** 5 and 5.00 are the same quantity, so trailing zeros do not count. */
    private void number(BigDecimal number) {
        put((byte) 1);
        if (number.precision() > 18) {
            BigDecimal plain = number.stripTrailingZeros();
            byte[] unscaled = plain.unscaledValue().toByteArray();
            room(8 + unscaled.length);
            putInt(plain.scale());
            putInt(unscaled.length);
            System.arraycopy(unscaled, 0, buffer, position, unscaled.length);
            position += unscaled.length;
            return;
        }
        // What stripTrailingZeros() gives, worked out on the unscaled long: no new BigDecimal for every number.
        long unscaled = number.unscaledValue().longValue();
        int scale = unscaled == 0 ? 0 : number.scale();
        while (unscaled != 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        // The bytes BigInteger.toByteArray() gives (the fewest that hold the two's complement, high first), without
        // making a BigInteger for every quantity and amount.
        int bytes = (64 - Long.numberOfLeadingZeros(unscaled < 0 ? ~unscaled : unscaled)) / 8 + 1;
        room(8 + bytes);
        putInt(scale);
        putInt(bytes);
        for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
            buffer[position++] = (byte) (unscaled >>> shift);
        }
    }

    /** Each character as two bytes, high first. */
    private void text(String text) {
        put((byte) 4);
        int chars = text.length();
        room(4 + 2 * chars);
        putInt(chars);
        byte[] bytes = buffer;
        int at = position;
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            bytes[at] = (byte) (c >>> 8);
            bytes[at + 1] = (byte) c;
            at += 2;
        }
        position = at;
    }

    private void put(byte tag) {
        room(1);
        buffer[position++] = tag;
    }

    private void putInt(int value) {
        INT.set(buffer, position, value);
        position += 4;
    }

    private void putLong(long value) {
        LONG.set(buffer, position, value);
        position += 8;
    }

    /** Hashes what is buffered when the next value would not fit, so a long text cell never overflows it. */
    private void room(int bytes) {
        if (SIZE - position < bytes) {
            // Keep whole 8-byte words in step: hash the full words, carry the few bytes left over.
            digestWholeWords();
        }
        if (SIZE - position < bytes) {
            throw new IllegalArgumentException("a cell of " + bytes + " bytes is too long to key");
        }
    }
}
