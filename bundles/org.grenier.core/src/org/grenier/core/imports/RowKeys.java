package org.grenier.core.imports;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
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

    private final ByteBuffer buffer = ByteBuffer.allocate(4096);
    private long hash;
    private long length;

    public static long of(Object[] values) {
        return PER_THREAD.get().key(values);
    }

    /** Feeds each value's canonical bytes to the hash, tagged by type, without building strings. */
    private long key(Object[] values) {
        buffer.clear();
        hash = 0x9e3779b97f4a7c15L;
        length = 0;
        for (Object value : values) {
            switch (value) {
                case null -> put((byte) 0);
                case BigDecimal number -> number(number);
                case Instant instant -> {
                    put((byte) 2);
                    room(12);
                    buffer.putLong(instant.getEpochSecond()).putInt(instant.getNano());
                }
                case Integer number -> {
                    put((byte) 3);
                    room(4);
                    buffer.putInt(number);
                }
                default -> text(value.toString());
            }
        }
        digest();
        return finish(hash ^ length);
    }

    /** Mixes the buffered bytes into the hash, eight at a time, the last word padded with zeros. */
    private void digest() {
        buffer.flip();
        length += buffer.remaining();
        while (buffer.remaining() >= 8) {
            mix(buffer.getLong());
        }
        if (buffer.hasRemaining()) {
            long last = 0;
            int shift = 0;
            while (buffer.hasRemaining()) {
                last |= (buffer.get() & 0xFFL) << shift;
                shift += 8;
            }
            mix(last);
        }
        buffer.clear();
    }

    private void digestWholeWords() {
        buffer.flip();
        int whole = buffer.remaining() & ~7;
        length += whole;
        for (int i = 0; i < whole; i += 8) {
            mix(buffer.getLong());
        }
        buffer.compact();
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
        BigDecimal plain = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        byte[] unscaled = plain.unscaledValue().toByteArray();
        put((byte) 1);
        room(8 + unscaled.length);
        buffer.putInt(plain.scale()).putInt(unscaled.length).put(unscaled);
    }

    private void text(String text) {
        put((byte) 4);
        room(4 + 2 * text.length());
        buffer.putInt(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer.putChar(text.charAt(i));
        }
    }

    private void put(byte tag) {
        room(1);
        buffer.put(tag);
    }

    /** Hashes what is buffered when the next value would not fit, so a long text cell never overflows it. */
    private void room(int bytes) {
        if (buffer.remaining() < bytes) {
            // Keep whole 8-byte words in step: hash the full words, carry the few bytes left over.
            digestWholeWords();
        }
        if (buffer.remaining() < bytes) {
            throw new IllegalArgumentException("a cell of " + bytes + " bytes is too long to key");
        }
    }
}
