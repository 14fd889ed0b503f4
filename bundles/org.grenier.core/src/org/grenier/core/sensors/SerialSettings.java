package org.grenier.core.sensors;

import java.util.Objects;

/** How a serial port is configured: speed, frame and flow control, as printed on a sensor's data sheet. */
public record SerialSettings(int baudRate, int dataBits, Parity parity, StopBits stopBits, FlowControl flowControl) {

    public enum Parity {
        NONE, ODD, EVEN, MARK, SPACE
    }

    public enum StopBits {
        ONE, ONE_AND_HALF, TWO
    }

    public enum FlowControl {
        NONE, RTS_CTS, XON_XOFF
    }

    public SerialSettings {
        if (baudRate < 50 || baudRate > 4_000_000) {
            throw new IllegalArgumentException("baud rate " + baudRate + " is outside 50..4000000");
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits " + dataBits + " is outside 5..8");
        }
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stop bits");
        Objects.requireNonNull(flowControl, "flow control");
    }

    /** The usual frame: 8 data bits, no parity, one stop bit, no flow control. */
    public static SerialSettings of(int baudRate) {
        return new SerialSettings(baudRate, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE);
    }

    /** Bits on the wire per character, start and stop bits included: what limits a line's throughput. */
    public double bitsPerCharacter() {
        double stop = switch (stopBits) {
            case ONE -> 1;
            case ONE_AND_HALF -> 1.5;
            case TWO -> 2;
        };
        return 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stop;
    }

    /** The short form technicians write: {@code 9600 8N1}. */
    public String describe() {
        String stop = switch (stopBits) {
            case ONE -> "1";
            case ONE_AND_HALF -> "1.5";
            case TWO -> "2";
        };
        return baudRate + " " + dataBits + parity.name().charAt(0) + stop
                + (flowControl == FlowControl.NONE ? "" : " " + flowControl.name());
    }
}
