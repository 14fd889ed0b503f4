package org.grenier.acquisition.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grenier.core.sensors.Channel;

/**
 * One read request of a Modbus RTU master: {@code count} registers of {@code slave} from protocol {@code address},
 * read with {@code function} 03 (holding) or 04 (input), and the channel fields ({@code 30001@1}) it feeds.
 */
record ModbusRequest(int slave, int function, int address, int count, List<String> fields) {

    static final int READ_HOLDING = 3;
    static final int READ_INPUT = 4;
    /** The most registers one read may ask for: 125 x 2 bytes fill the 256-byte RTU frame. */
    static final int MAX_COUNT = 125;
    static final int MAX_SLAVE = 247;

    /** Digits only, bounded so that parsing cannot overflow; the ranges are checked apart to explain a refusal. */
    private static final Pattern FIELD = Pattern.compile("(\\d{1,9})@(\\d{1,9})");
    private static final Comparator<Register> ORDER = Comparator.comparingInt(Register::slave)
            .thenComparingInt(Register::function).thenComparingInt(Register::address);

    /** One register a channel names, parsed from {@code register@slave}. */
    record Register(int slave, int function, int address, String field) {
    }

    ModbusRequest {
        if (slave < 1 || slave > MAX_SLAVE) {
            throw new IllegalArgumentException("slave " + slave + " is not within 1.." + MAX_SLAVE);
        }
        if (function != READ_HOLDING && function != READ_INPUT) {
            throw new IllegalArgumentException("function " + function + " is not a register read (03 or 04)");
        }
        if (count < 1 || count > MAX_COUNT || address < 0 || address + count > 0x10000) {
            throw new IllegalArgumentException(count + " registers from address " + address
                    + " is not a valid read (1.." + MAX_COUNT + " registers within 0..65535)");
        }
        fields = List.copyOf(fields);
    }

    /** The request as sent on the wire, CRC included. */
    byte[] frame() {
        return ModbusCrc.withCrc(new byte[] {(byte) slave, (byte) function, (byte) (address >>> 8), (byte) address,
            (byte) (count >>> 8), (byte) count});
    }

    /** The first register in data-sheet numbering (30001 for input address 0), as technicians read it. */
    int firstRegister() {
        return address + (function == READ_INPUT ? 30001 : 40001);
    }

    /** A short description for messages: {@code function 4 at 30010}. */
    String describe() {
        return "function " + function + " at " + firstRegister();
    }

    /** The requests reading every channel: per slave and function, in address order, spans of at most batch. */
    static List<ModbusRequest> plan(List<Channel> channels, int batch) {
        // Registers in the gaps of a span are read and ignored: cheaper on a slow line than one more request.
        if (batch < 1 || batch > MAX_COUNT) {
            throw new IllegalArgumentException("a Modbus request reads 1 to " + MAX_COUNT + " registers, not " + batch);
        }
        List<Register> registers = channels.stream().map(channel -> register(channel.field())).sorted(ORDER)
                .toList();
        List<ModbusRequest> plan = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= registers.size(); i++) {
            if (i == registers.size() || !fits(registers.get(from), registers.get(i), batch)) {
                plan.add(request(registers.subList(from, i)));
                from = i;
            }
        }
        return List.copyOf(plan);
    }

    /** Parses a channel field written {@code register@slave} in data-sheet numbering. */
    static Register register(String field) {
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) {
            throw new IllegalArgumentException("Modbus field '" + field + "' is not of the form register@slave, "
                    + "e.g. 30001@1 for input register 30001 of slave 1");
        }
        int register = Integer.parseInt(m.group(1));
        int slave = Integer.parseInt(m.group(2));
        if (slave < 1 || slave > MAX_SLAVE) {
            throw new IllegalArgumentException("Modbus field '" + field + "': slave " + slave + " is not within 1.."
                    + MAX_SLAVE + (slave == 0 ? " (0 is the broadcast address, which nobody answers)" : ""));
        }
        if (register >= 30001 && register <= 39999) {
            return new Register(slave, READ_INPUT, register - 30001, field);
        }
        if (register >= 40001 && register <= 49999) {
            return new Register(slave, READ_HOLDING, register - 40001, field);
        }
        throw new IllegalArgumentException("Modbus field '" + field + "': register " + register + " is neither "
                + "an input register (30001..39999) nor a holding register (40001..49999)");
    }

    /** Whether {@code next} can join the request that starts with {@code first}. */
    private static boolean fits(Register first, Register next, int batch) {
        return first.slave() == next.slave() && first.function() == next.function()
                && next.address() - first.address() < batch;
    }

    /** The request reading a sorted group of registers of one slave and function. */
    private static ModbusRequest request(List<Register> group) {
        Register first = group.getFirst();
        Register last = group.getLast();
        return new ModbusRequest(first.slave(), first.function(), first.address(),
                last.address() - first.address() + 1, group.stream().map(Register::field).toList());
    }
}
