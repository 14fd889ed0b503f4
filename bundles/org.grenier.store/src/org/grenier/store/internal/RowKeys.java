package org.grenier.store.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * The content key of a row: 64 bits of SHA-256 over its values written canonically, so that 5 and 5.00, or the same
 * instant written in two time zones, give the same key. Two different rows share a key with odds near 1 in 10^19
 * per pair, far below the chance of a typing error in the export.
 */
final class RowKeys {

    private final MessageDigest digest;
    private final StringBuilder text = new StringBuilder(128);

    RowKeys() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    long of(Object[] values) {
        text.setLength(0);
        for (Object value : values) {
            text.append(canonical(value)).append('\u001f');
        }
        byte[] hash = digest.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(hash).getLong();
    }

    private static String canonical(Object value) {
        if (value == null) {
            return "\u0000";
        }
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Instant instant) {
            return instant.getEpochSecond() + "." + instant.getNano();
        }
        return value.toString();
    }
}
