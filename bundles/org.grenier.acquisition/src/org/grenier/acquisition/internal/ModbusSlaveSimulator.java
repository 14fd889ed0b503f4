package org.grenier.acquisition.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

/**
 * A Modbus RTU slave for tests, demos and benchmarks: it answers reads of input (04) and holding (03) registers
 * from two functions of the protocol address (register 30001 is input address 0), sends each value's low 16 bits,
 * and can be told to misbehave. Like a real device on an RS-485 bus it stays silent on a bad CRC and on frames for
 * other addresses. A register function that throws makes the read answer exception 02 (illegal data address).
 */
final class ModbusSlaveSimulator {

    /** A Modbus RTU frame is at most 256 bytes; anything longer is not a request. */
    private static final int MAX_FRAME = 256;

    private final int slave;
    private final IntUnaryOperator inputRegisters;
    private final IntUnaryOperator holdingRegisters;
    private final Consumer<byte[]> send;
    private final byte[] pending = new byte[MAX_FRAME];
    private int length;
    /** True while skipping bad bytes, so that one corrupted frame counts once and not once per byte dropped. */
    private boolean resyncing;
    private int corrupt;
    private int silence;
    private int answered;
    private int badCrc;

    ModbusSlaveSimulator(int slave, IntUnaryOperator inputRegisters, IntUnaryOperator holdingRegisters,
            Consumer<byte[]> send) {
        if (slave < 1 || slave > ModbusRequest.MAX_SLAVE) {
            throw new IllegalArgumentException("slave " + slave + " is not within 1.." + ModbusRequest.MAX_SLAVE);
        }
        this.slave = slave;
        this.inputRegisters = Objects.requireNonNull(inputRegisters, "input registers");
        this.holdingRegisters = Objects.requireNonNull(holdingRegisters, "holding registers");
        this.send = Objects.requireNonNull(send, "send");
    }

    /** Takes bytes from the bus in any chunks; answers each whole request addressed to this slave. */
    synchronized void received(byte[] bytes) {
        for (byte b : bytes) {
            if (length == MAX_FRAME) {
                bad();
            }
            pending[length++] = b;
            assemble();
        }
    }

    /** Flips a CRC bit in the next {@code n} answers. */
    synchronized void corruptNextResponses(int n) {
        corrupt = n;
    }

    /** Leaves the next {@code n} valid requests addressed to this slave unanswered. */
    synchronized void silenceNextRequests(int n) {
        silence = n;
    }

    /** How many answers were sent, exceptions and corrupted ones included. */
    synchronized int answered() {
        return answered;
    }

    /** How many times a bad CRC (a corrupted frame or noise) made the slave skip bytes. */
    synchronized int badCrc() {
        return badCrc;
    }

    /** Handles the frame at the start of the buffer once it is whole; a bad one is skipped a byte at a time. */
    private void assemble() {
        while (length > 0) {
            int need = requestLength();
            if (need == 0) {
                return;
            }
            if (need > 0 && ModbusCrc.valid(pending, need)) {
                resyncing = false;
                byte[] request = Arrays.copyOf(pending, need);
                drop(need);
                handle(request);
            } else {
                // Without the line's silent gaps to delimit frames, sliding by one byte finds the next good one.
                bad();
            }
        }
    }

    /** Counts a bad frame once, and drops its first byte. */
    private void bad() {
        if (!resyncing) {
            badCrc++;
            resyncing = true;
        }
        drop(1);
    }

    /** The length of the request at the start of the buffer: 0 while too few bytes tell, -1 when none starts. */
    private int requestLength() {
        // Functions of unknown length are taken at the first valid CRC within 8 bytes, the common request size.
        if ((pending[0] & 0xFF) > ModbusRequest.MAX_SLAVE) {
            return -1;
        }
        if (length < 2) {
            return 0;
        }
        int need = switch (pending[1] & 0xFF) {
            case 1, 2, 3, 4, 5, 6 -> 8;
            case 15, 16 -> writeLength();
            default -> unknownLength();
        };
        return need > MAX_FRAME ? -1 : need > length ? 0 : need;
    }

    /** The length of a multiple write (15, 16) from its byte count, -1 when that count does not match. */
    private int writeLength() {
        // Checking the count against the quantity keeps noise that looks like a write from holding 255 bytes.
        if (length < 7) {
            return 0;
        }
        int quantity = ((pending[4] & 0xFF) << 8) | (pending[5] & 0xFF);
        int bytes = pending[6] & 0xFF;
        int expected = (pending[1] & 0xFF) == 15 ? (quantity + 7) / 8 : 2 * quantity;
        return quantity > 0 && bytes == expected ? 9 + bytes : -1;
    }

    /** The shortest valid frame of an unknown function within 8 bytes; 0 to wait, -1 once 8 bytes were not one. */
    private int unknownLength() {
        for (int n = ModbusCrc.MIN_FRAME; n <= Math.min(length, 8); n++) {
            if (ModbusCrc.valid(pending, n)) {
                return n;
            }
        }
        return length < 8 ? 0 : -1;
    }

    private void drop(int n) {
        System.arraycopy(pending, n, pending, 0, length - n);
        length -= n;
    }

    /** Answers a valid request if it is addressed to this slave (0, broadcast, is never answered). */
    private void handle(byte[] request) {
        if ((request[0] & 0xFF) != slave) {
            return;
        }
        if (silence > 0) {
            silence--;
            return;
        }
        int function = request[1] & 0xFF;
        if (function == ModbusRequest.READ_HOLDING || function == ModbusRequest.READ_INPUT) {
            read(function, request);
        } else {
            exception(function, 1);
        }
    }

    /** Answers a read; the checks follow the Modbus specification (quantity: 03, range and address: 02). */
    private void read(int function, byte[] request) {
        int address = ((request[2] & 0xFF) << 8) | (request[3] & 0xFF);
        int count = ((request[4] & 0xFF) << 8) | (request[5] & 0xFF);
        if (count < 1 || count > ModbusRequest.MAX_COUNT) {
            exception(function, 3);
            return;
        }
        if (address + count > 0x10000) {
            exception(function, 2);
            return;
        }
        IntUnaryOperator registers = function == ModbusRequest.READ_INPUT ? inputRegisters : holdingRegisters;
        byte[] answer = new byte[3 + 2 * count];
        answer[0] = (byte) slave;
        answer[1] = (byte) function;
        answer[2] = (byte) (2 * count);
        try {
            for (int i = 0; i < count; i++) {
                int value = registers.applyAsInt(address + i);
                answer[3 + 2 * i] = (byte) (value >>> 8);
                answer[4 + 2 * i] = (byte) value;
            }
        } catch (RuntimeException e) {
            exception(function, 2);
            return;
        }
        respond(answer);
    }

    private void exception(int function, int code) {
        respond(new byte[] {(byte) slave, (byte) (function | 0x80), (byte) code});
    }

    /** Sends an answer, with a CRC bit flipped if told to corrupt it. */
    private void respond(byte[] answer) {
        byte[] frame = ModbusCrc.withCrc(answer);
        if (corrupt > 0) {
            corrupt--;
            frame[frame.length - 1] ^= 0x01;
        }
        answered++;
        send.accept(frame);
    }
}
