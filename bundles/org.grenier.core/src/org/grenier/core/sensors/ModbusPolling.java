package org.grenier.core.sensors;

import java.time.Duration;

/**
 * How a Modbus RTU master polls its slaves. The defaults come from the original design: every 60 s, at most 50
 * registers per request, 3 retries, 5 s timeout.
 */
public record ModbusPolling(Duration interval, int batch, int retries, Duration timeout) {

    public static final ModbusPolling DEFAULT = new ModbusPolling(Duration.ofSeconds(60), 50, 3,
            Duration.ofSeconds(5));

    public ModbusPolling {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the polling interval must be positive, was " + interval);
        }
        if (batch < 1 || batch > 125) {
            throw new IllegalArgumentException("a Modbus request reads 1 to 125 registers, not " + batch);
        }
        if (retries < 0 || retries > 20) {
            throw new IllegalArgumentException("retries must be within 0..20, was " + retries);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, was " + timeout);
        }
    }
}
