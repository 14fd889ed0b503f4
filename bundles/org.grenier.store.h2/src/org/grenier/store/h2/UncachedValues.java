package org.grenier.store.h2;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

import org.h2.util.DateTimeUtils;
import org.h2.value.Value;
import org.h2.value.ValueBigint;
import org.h2.value.ValueNumeric;
import org.h2.value.ValueTimestampTimeZone;
import org.h2.value.ValueVarchar;

/**
 * H2 values made by their constructors, past H2's shared value cache. Why: H2's factories look every new value up in
 * one process-wide array of 1,024 recent values and store it there. For an import's values that lookup never pays:
 * the ones that repeat are already made once per column ({@link ColumnValues}), and the others (order references,
 * amounts, keys, line numbers, times) never meet again. The lookup and the store cost a sixth of the reading thread;
 * without them the import ran 4–6 % faster (docs/BENCHMARKS.md, "Import: values made past H2's value cache"), in
 * paired runs. The constructors are private, so they are reached through this fragment's place in H2's class loader.
 */
final class UncachedValues {

    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final MethodHandle VARCHAR = constructor(ValueVarchar.class, String.class);
    private static final MethodHandle BIGINT = constructor(ValueBigint.class, long.class);
    private static final MethodHandle NUMERIC = constructor(ValueNumeric.class, BigDecimal.class);
    private static final MethodHandle TIMESTAMP_TZ = constructor(ValueTimestampTimeZone.class, long.class, long.class,
            int.class);

    private UncachedValues() {
    }

    private static MethodHandle constructor(Class<?> type, Class<?>... parameters) {
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup()).findConstructor(type,
                    MethodType.methodType(void.class, parameters));
        } catch (ReflectiveOperationException e) {
            // Not expected: this fragment is pinned to the H2 version it was written and tested against.
            throw new IllegalStateException("H2's " + type.getName() + " has no constructor of "
                    + Arrays.toString(parameters), e);
        }
    }

    /** What a constructor threw: H2's constructors throw only unchecked exceptions, which go on as they are. */
    private static RuntimeException unchecked(Throwable thrown) {
        if (thrown instanceof Error error) {
            throw error;
        }
        return thrown instanceof RuntimeException runtime ? runtime : new IllegalStateException(thrown);
    }

    /** A text; the empty text is left to H2, whose mode may read it as NULL. */
    static Value varchar(String text) {
        if (text.isEmpty()) {
            return ValueVarchar.get(text);
        }
        try {
            return (ValueVarchar) VARCHAR.invokeExact(text);
        } catch (Throwable e) {
            throw unchecked(e);
        }
    }

    static Value bigint(long number) {
        try {
            return (ValueBigint) BIGINT.invokeExact(number);
        } catch (Throwable e) {
            throw unchecked(e);
        }
    }

    static Value numeric(BigDecimal number) {
        try {
            return (ValueNumeric) NUMERIC.invokeExact(number);
        } catch (Throwable e) {
            throw unchecked(e);
        }
    }

    /** An instant as a TIMESTAMP WITH TIME ZONE at UTC, the value H2's JSR-310 conversion gives it. */
    static Value timestamp(Instant instant) {
        try {
            return (ValueTimestampTimeZone) TIMESTAMP_TZ.invokeExact(dateValue(instant), nanosOfDay(instant), 0);
        } catch (Throwable e) {
            throw unchecked(e);
        }
    }

    private static long dateValue(Instant instant) {
        return DateTimeUtils.dateValueFromAbsoluteDay(Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_DAY));
    }

    private static long nanosOfDay(Instant instant) {
        return Math.floorMod(instant.getEpochSecond(), SECONDS_PER_DAY) * NANOS_PER_SECOND + instant.getNano();
    }
}
