package org.grenier.core.imports;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * The content key of a row: 64 bits of SHA-256 over its values written canonically (each tagged by type), so that
 * 5 and 5.00, or the same instant written in two time zones, give the same key. Two different rows share a key with
 * odds near 1 in 10^19 per pair, far below the chance of a typing error in the export.
 */
public final class RowKeys {

    /** One per thread: each import thread keys its own rows. */
    private static final ThreadLocal<RowKeys> PER_THREAD = ThreadLocal.withInitial(RowKeys::new);

    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(4096);

    private RowKeys() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    public static long of(Object[] values) {
        return PER_THREAD.get().key(values);
    }

    /** Feeds each value's canonical bytes to the digest, tagged by type and separated, without building strings. */
    private long key(Object[] values) {
        buffer.clear();
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
        buffer.flip();
        digest.update(buffer);
        return ByteBuffer.wrap(digest.digest()).getLong();
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

    /** Hands full buffers to the digest, so a long text cell never overflows it. */
    private void room(int bytes) {
        if (buffer.remaining() < bytes) {
            buffer.flip();
            digest.update(buffer);
            buffer.clear();
        }
        if (buffer.remaining() < bytes) {
            throw new IllegalArgumentException("a cell of " + bytes + " bytes is too long to key");
        }
    }
}
