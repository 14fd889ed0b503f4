package org.grenier.acquisition.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.grenier.core.sensors.ModbusPolling;

/**
 * A Modbus RTU master polling addressed slaves on a half-duplex RS-485 line: one request outstanding at a time,
 * each answered, refused or timed out before the next is sent. It never blocks: every method, timeouts included,
 * runs on the executor's single thread (the port session's), so it needs no locking.
 */
final class ModbusMaster {

    /** What a poll cycle tells the port session, always on the executor's thread. */
    interface Listener {

        /** The signed raw values of one answered request, by channel field ({@code 30001@1}). */
        void values(int slave, Map<String, Double> rawByField, Instant at);

        /** Bytes or a frame refused, and why; {@code crc} is true when a CRC failed. */
        void refused(String reason, boolean crc);

        /** A request abandoned once its retries were spent: silence, or no answer that passed the checks. */
        void timedOut(int slave, String what);

        /** Every request of the cycle has been answered or abandoned. */
        void cycleDone();
    }

    /** The longest answer is 5 + 250 bytes, so a fuller buffer holds noise, dropped oldest first. */
    static final int MAX_PENDING = 256;
    private static final int EXCEPTION_LENGTH = 5;

    private final List<ModbusRequest> plan;
    private final byte[][] frames;
    private final int[][] offsets;
    private final ModbusPolling polling;
    private final Consumer<byte[]> send;
    private final ScheduledExecutorService executor;
    private final Listener listener;
    private final byte[] pending = new byte[MAX_PENDING];
    private int length;
    private int stray;
    /** The outstanding request, -1 when no cycle runs (within a cycle a request is always outstanding). */
    private int index = -1;
    private int attempt;
    /** Changes with every send, so a stale timeout or the tail of a chunk after a frame is recognised as such. */
    private long attemptId;
    private ScheduledFuture<?> timeout;

    ModbusMaster(List<ModbusRequest> plan, ModbusPolling polling, Consumer<byte[]> send,
            ScheduledExecutorService executor, Listener listener) {
        this.plan = List.copyOf(plan);
        this.polling = Objects.requireNonNull(polling, "polling");
        this.send = Objects.requireNonNull(send, "send");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.listener = Objects.requireNonNull(listener, "listener");
        frames = this.plan.stream().map(ModbusRequest::frame).toArray(byte[][]::new);
        offsets = this.plan.stream().map(ModbusMaster::offsets).toArray(int[][]::new);
    }

    /** Starts a poll cycle; false (and nothing done) while the previous cycle still runs. */
    boolean poll() {
        if (index >= 0) {
            return false;
        }
        if (plan.isEmpty()) {
            listener.cycleDone();
            return true;
        }
        index = 0;
        attempt = 0;
        transmit();
        return true;
    }

    /** Abandons the running cycle, if any, without reporting it: the port is closing. */
    void stop() {
        cancelTimeout();
        attemptId++;
        index = -1;
        length = 0;
    }

    /** Takes bytes from the line, in whatever chunks the driver delivers them. */
    void received(byte[] bytes) {
        long id = attemptId;
        int off = 0;
        while (off < bytes.length && index >= 0 && id == attemptId) {
            off += append(bytes, off);
            scan();
        }
        if (off < bytes.length) {
            listener.refused("dropped " + (bytes.length - off) + " bytes that no request was waiting for", false);
        }
    }

    /** How many bytes wait to complete an answer; never more than {@link #MAX_PENDING}. */
    int pendingBytes() {
        return length;
    }

    /** Where each field's register lies in the answer of its request. */
    private static int[] offsets(ModbusRequest request) {
        return request.fields().stream().mapToInt(field -> offset(request, field)).toArray();
    }

    private static int offset(ModbusRequest request, String field) {
        ModbusRequest.Register register = ModbusRequest.register(field);
        int offset = register.address() - request.address();
        if (register.slave() != request.slave() || register.function() != request.function() || offset < 0
                || offset >= request.count()) {
            throw new IllegalArgumentException("field " + field + " is not read by the request of slave "
                    + request.slave() + " " + request.describe() + " (" + request.count() + " registers)");
        }
        return offset;
    }

    private ModbusRequest current() {
        return plan.get(index);
    }

    /** Sends the outstanding request, with a fresh timeout armed first in case sending answers at once. */
    private void transmit() {
        cancelTimeout();
        length = 0;
        stray = 0;
        long id = ++attemptId;
        timeout = executor.schedule(() -> expired(id), polling.timeout().toNanos(), TimeUnit.NANOSECONDS);
        send.accept(frames[index].clone());
    }

    /** The timeout of attempt {@code id} fired; a late one (cancelled too late) is ignored. */
    private void expired(long id) {
        if (id == attemptId) {
            timeout = null;
            retry();
        }
    }

    private void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
    }

    /** Sends the request again, or gives it up once the retries are spent. */
    private void retry() {
        if (attempt < polling.retries()) {
            attempt++;
            transmit();
            return;
        }
        ModbusRequest request = current();
        listener.timedOut(request.slave(), request.describe() + " (" + request.count()
                + (request.count() == 1 ? " register" : " registers") + "): no valid answer after " + (attempt + 1)
                + " attempts");
        next();
    }

    /** Goes on with the next request, or ends the cycle. */
    private void next() {
        cancelTimeout();
        attemptId++;
        length = 0;
        if (++index == plan.size()) {
            index = -1;
            listener.cycleDone();
        } else {
            attempt = 0;
            transmit();
        }
    }

    /** Appends what fits of {@code bytes} from {@code off}, making room first if noise filled the buffer. */
    private int append(byte[] bytes, int off) {
        if (length == MAX_PENDING) {
            dropNoise();
        }
        int n = Math.min(MAX_PENDING - length, bytes.length - off);
        System.arraycopy(bytes, off, pending, length, n);
        length += n;
        return n;
    }

    /** Drops the bytes before the first place our answer may start: none can be part of it. */
    private void dropNoise() {
        int drop = length - 1;
        for (int p = 1; p < length; p++) {
            if (answerLength(p) >= 0) {
                drop = p;
                break;
            }
        }
        System.arraycopy(pending, drop, pending, 0, length - drop);
        length -= drop;
        stray += drop;
    }

    /** Looks for our answer, or another frame instead of it; bytes before either are noise. */
    private void scan() {
        for (int p = 0; p < length; p++) {
            int need = answerLength(p);
            if (need == 0 || need > 0 && p + need > length) {
                return;
            }
            if (need > 0) {
                answer(p, need);
                return;
            }
            int other = otherFrameLength(p);
            if (other > 0) {
                otherFrame(p, other);
                return;
            }
        }
    }

    /** The length of our answer if it starts at {@code p}: -1 when it cannot, 0 when too few bytes tell. */
    private int answerLength(int p) {
        // The byte count must be the one asked for too, else noise could make us wait for up to 260 bytes;
        // an answer with another count is judged as another frame.
        ModbusRequest request = current();
        if ((pending[p] & 0xFF) != request.slave()) {
            return -1;
        }
        if (p + 1 >= length) {
            return 0;
        }
        int function = pending[p + 1] & 0xFF;
        if (function == (request.function() | 0x80)) {
            return EXCEPTION_LENGTH;
        }
        if (function != request.function()) {
            return -1;
        }
        if (p + 2 >= length) {
            return 0;
        }
        return (pending[p + 2] & 0xFF) == 2 * request.count() ? 5 + 2 * request.count() : -1;
    }

    /** The length of a whole, CRC-valid frame at {@code p} that is not our answer, or 0. */
    private int otherFrameLength(int p) {
        int slave = pending[p] & 0xFF;
        if (slave < 1 || slave > ModbusRequest.MAX_SLAVE || p + 2 >= length) {
            return 0;
        }
        int function = pending[p + 1] & 0xFF;
        int need = (function & 0x80) != 0 ? EXCEPTION_LENGTH
                : function >= 1 && function <= 4 ? 5 + (pending[p + 2] & 0xFF)
                : function == 5 || function == 6 || function == 15 || function == 16 ? 8 : 0;
        return need > 0 && p + need <= length && ModbusCrc.valid(pending, p, need) ? need : 0;
    }

    /** Our answer, whole, at {@code p}: a CRC error is retried, an exception reported, values delivered. */
    private void answer(int p, int need) {
        reportStray(p);
        ModbusRequest request = current();
        if (!ModbusCrc.valid(pending, p, need)) {
            listener.refused("CRC error in the answer of slave " + request.slave() + " to " + request.describe(),
                    true);
            retry();
        } else if ((pending[p + 1] & 0x80) != 0) {
            // The slave understood and refused: asking again would get the same answer.
            int code = pending[p + 2] & 0xFF;
            listener.refused("slave " + request.slave() + " answered exception " + code + " (" + exceptionName(code)
                    + ") to " + request.describe(), false);
            next();
        } else {
            listener.values(request.slave(), values(p + 3), Instant.now());
            next();
        }
    }

    /** A valid frame that answers another slave or function: a crossed or late answer, so ask again. */
    private void otherFrame(int p, int frameLength) {
        reportStray(p);
        ModbusRequest request = current();
        listener.refused("expected the answer of slave " + request.slave() + " to " + request.describe()
                + " but read a " + frameLength + "-byte frame of slave " + (pending[p] & 0xFF) + ", function "
                + (pending[p + 1] & 0xFF), false);
        retry();
    }

    /** Tells of the noise skipped before a frame, so that a bad line shows in the session's counts. */
    private void reportStray(int p) {
        int skipped = stray + p;
        if (skipped > 0) {
            listener.refused("skipped " + skipped + " stray bytes before a frame", false);
        }
    }

    /** The signed 16-bit value of each field's register, in the request's field order. */
    private Map<String, Double> values(int data) {
        ModbusRequest request = current();
        int[] at = offsets[index];
        Map<String, Double> raw = new LinkedHashMap<>();
        for (int i = 0; i < at.length; i++) {
            int b = data + 2 * at[i];
            raw.put(request.fields().get(i), (double) (short) ((pending[b] << 8) | (pending[b + 1] & 0xFF)));
        }
        return Collections.unmodifiableMap(raw);
    }

    /** The names the Modbus specification gives its exception codes. */
    static String exceptionName(int code) {
        return switch (code) {
            case 1 -> "illegal function";
            case 2 -> "illegal data address";
            case 3 -> "illegal data value";
            case 4 -> "slave device failure";
            case 5 -> "acknowledge";
            case 6 -> "slave device busy";
            case 8 -> "memory parity error";
            case 10 -> "gateway path unavailable";
            case 11 -> "gateway target device failed to respond";
            default -> "unknown code";
        };
    }
}
