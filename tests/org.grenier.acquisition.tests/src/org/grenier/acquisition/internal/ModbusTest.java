package org.grenier.acquisition.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

import org.grenier.core.model.Measure;
import org.grenier.core.sensors.Channel;
import org.grenier.core.sensors.ModbusPolling;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModbusTest {

    /** Short timeouts keep the retry tests fast; the limit on waits is generous so a slow machine does not fail. */
    private static final ModbusPolling FAST = new ModbusPolling(Duration.ofSeconds(60), 50, 3, Duration.ofMillis(200));
    private static final long LIMIT_SECONDS = 20;
    private static final IntUnaryOperator NONE = address -> {
        throw new IllegalArgumentException("no such register");
    };

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final Random random = new Random(20260115);

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void crcMatchesTheKnownVector() {
        byte[] frame = ModbusCrc.withCrc(bytes(0x01, 0x03, 0x00, 0x00, 0x00, 0x0A));
        assertArrayEquals(bytes(0x01, 0x03, 0x00, 0x00, 0x00, 0x0A, 0xC5, 0xCD), frame);
        assertEquals(0xCDC5, ModbusCrc.crc(frame, 0, 6));
        assertTrue(ModbusCrc.valid(frame, 8));
        assertArrayEquals(frame, new ModbusRequest(1, 3, 0, 10, List.of()).frame());
        frame[7] ^= 0x01;
        assertFalse(ModbusCrc.valid(frame, 8));
        assertFalse(ModbusCrc.valid(frame, 3));
    }

    @Test
    void plannerGroupsBySlaveAndFunctionInAddressOrder() {
        List<ModbusRequest> plan = ModbusRequest.plan(channels("30003@1", "40001@1", "30001@2", "30001@1", "30060@1"),
                50);
        assertEquals(List.of(new ModbusRequest(1, 3, 0, 1, List.of("40001@1")),
                new ModbusRequest(1, 4, 0, 3, List.of("30001@1", "30003@1")),
                new ModbusRequest(1, 4, 59, 1, List.of("30060@1")),
                new ModbusRequest(2, 4, 0, 1, List.of("30001@2"))), plan);
        assertEquals("function 4 at 30060", plan.get(2).describe());
        assertEquals(List.of(), ModbusRequest.plan(List.of(), 50));
    }

    @Test
    void plannerKeepsEachSpanWithinTheBatch() {
        assertEquals(List.of(new ModbusRequest(1, 4, 0, 50, List.of("30001@1", "30050@1"))),
                ModbusRequest.plan(channels("30001@1", "30050@1"), 50));
        assertEquals(List.of(new ModbusRequest(1, 4, 0, 50, List.of("30001@1", "30050@1")),
                new ModbusRequest(1, 4, 50, 1, List.of("30051@1"))),
                ModbusRequest.plan(channels("30051@1", "30001@1", "30050@1"), 50));
        assertEquals(3, ModbusRequest.plan(channels("40001@7", "40002@7", "40003@7"), 1).size());
        assertEquals(List.of(new ModbusRequest(9, 3, 9998, 1, List.of("49999@9"))),
                ModbusRequest.plan(channels("49999@9"), 125));
    }

    @Test
    void plannerExplainsBadFields() {
        assertRefused("3001@1", "register 3001 is neither an input register (30001..39999)");
        assertRefused("30001@0", "slave 0 is not within 1..247 (0 is the broadcast address");
        assertRefused("30001@248", "slave 248 is not within 1..247");
        assertRefused("50001@1", "register 50001 is neither");
        assertRefused("30001", "is not of the form register@slave");
        assertRefused("T", "is not of the form register@slave");
        assertThrows(IllegalArgumentException.class, () -> ModbusRequest.plan(channels("30001@1"), 126));
        assertThrows(IllegalArgumentException.class, () -> new ModbusRequest(1, 4, 65535, 2, List.of()));
    }

    @Test
    void readsSignedValuesOfInputAndHoldingRegisters() throws Exception {
        Bus bus = new Bus();
        ModbusSlaveSimulator slave = bus.slave(1, address -> address == 0 ? -123 : 1000 + address,
                address -> address == 4 ? -32768 : 32767);
        bus.start(FAST, "30001@1", "30002@1", "40005@1", "40006@1");
        bus.pollAndWait();
        assertEquals(Map.of("30001@1", -123.0, "30002@1", 1001.0, "40005@1", -32768.0, "40006@1", 32767.0),
                bus.recorder.values);
        assertEquals(List.of(), bus.recorder.refused);
        assertEquals(List.of(), bus.recorder.timedOut);
        assertEquals(2, slave.answered());
    }

    @Test
    void pollsTwoSlavesAndSplitsARequestLongerThanTheBatch() throws Exception {
        Bus bus = new Bus();
        ModbusSlaveSimulator one = bus.slave(1, address -> address, NONE);
        ModbusSlaveSimulator two = bus.slave(2, address -> -address - 1, NONE);
        ModbusPolling polling = new ModbusPolling(Duration.ofSeconds(60), 5, 3, Duration.ofMillis(200));
        bus.start(polling, "30001@1", "30003@1", "30010@1", "30002@2");
        assertEquals(3, bus.plan.size());
        bus.pollAndWait();
        assertEquals(Map.of("30001@1", 0.0, "30003@1", 2.0, "30010@1", 9.0, "30002@2", -2.0), bus.recorder.values);
        assertEquals(List.of(1, 1, 2), bus.recorder.slaves);
        bus.pollAndWait();
        assertEquals(List.of(1, 1, 2, 1, 1, 2), bus.recorder.slaves);
        assertEquals(4, one.answered());
        assertEquals(2, two.answered());
        assertEquals(List.of(), bus.recorder.refused);
    }

    @Test
    void retriesAfterACrcErrorAndRecovers() throws Exception {
        Bus bus = new Bus();
        ModbusSlaveSimulator slave = bus.slave(1, address -> 42, NONE);
        bus.start(FAST, "30001@1");
        slave.corruptNextResponses(2);
        bus.pollAndWait();
        assertEquals(2, bus.recorder.crcRefused.size());
        assertTrue(bus.recorder.crcRefused.getFirst().contains("CRC error in the answer of slave 1 to function 4 at "
                + "30001"), bus.recorder.crcRefused.getFirst());
        assertEquals(Map.of("30001@1", 42.0), bus.recorder.values);
        assertEquals(List.of(), bus.recorder.timedOut);
        assertEquals(3, slave.answered());

        slave.corruptNextResponses(100);
        bus.pollAndWait();
        assertEquals(2 + 4, bus.recorder.crcRefused.size());
        assertEquals(List.of("1: function 4 at 30001 (1 register): no valid answer after 4 attempts"),
                bus.recorder.timedOut);
    }

    @Test
    void givesUpOnASilentSlaveAfterItsRetriesAndFinishesTheCycle() throws Exception {
        Bus bus = new Bus();
        ModbusSlaveSimulator silent = bus.slave(1, address -> 1, NONE);
        bus.slave(2, address -> 2, NONE);
        ModbusPolling polling = new ModbusPolling(Duration.ofSeconds(60), 50, 2, Duration.ofMillis(100));
        bus.start(polling, "30001@1", "30001@2");
        silent.silenceNextRequests(3);
        long start = System.nanoTime();
        bus.pollAndWait();
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(300), "three timeouts elapsed");
        assertEquals(List.of("1: function 4 at 30001 (1 register): no valid answer after 3 attempts"),
                bus.recorder.timedOut);
        assertEquals(Map.of("30001@2", 2.0), bus.recorder.values);
        assertEquals(0, silent.answered());

        bus.pollAndWait();
        assertEquals(Map.of("30001@1", 1.0, "30001@2", 2.0), bus.recorder.values);
        assertEquals(1, bus.recorder.timedOut.size());
    }

    @Test
    void ignoresAPollWhileACycleRuns() throws Exception {
        Bus bus = new Bus();
        ModbusSlaveSimulator slave = bus.slave(1, address -> 1, NONE);
        bus.start(FAST, "30001@1");
        slave.silenceNextRequests(1);
        assertTrue(bus.onExecutor(bus.master::poll));
        assertFalse(bus.onExecutor(bus.master::poll));
        assertTrue(bus.recorder.cycles.tryAcquire(LIMIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(Map.of("30001@1", 1.0), bus.recorder.values);
        assertFalse(bus.recorder.cycles.tryAcquire(), "one cycle only");
    }

    @Test
    void reportsAnExceptionAnswerWithoutRetrying() throws Exception {
        Bus bus = new Bus();
        ModbusSlaveSimulator slave = bus.slave(3, address -> {
            if (address >= 9) {
                throw new IndexOutOfBoundsException(address);
            }
            return address;
        }, NONE);
        bus.start(FAST, "30010@3", "30001@3");
        bus.pollAndWait();
        assertEquals(List.of("slave 3 answered exception 2 (illegal data address) to function 4 at 30001"),
                bus.recorder.refused);
        assertEquals(Map.of(), bus.recorder.values);
        assertEquals(List.of(), bus.recorder.timedOut);
        assertEquals(1, slave.answered());

        bus.start(FAST, "30010@3");
        bus.pollAndWait();
        assertEquals("slave 3 answered exception 2 (illegal data address) to function 4 at 30010",
                bus.recorder.refused.getLast());
    }

    @Test
    void readsThroughGarbageOnTheLineBothWays() throws Exception {
        Bus bus = new Bus();
        ModbusSlaveSimulator slave = bus.slave(1, address -> 100 + address, NONE);
        bus.start(FAST, "30001@1", "30002@1");
        byte[] noise = bytes(0x00, 0xFF, 0xAA, 0x55, 0x00);
        bus.toMaster = answer -> concat(noise, answer);
        bus.toSlaves = request -> concat(noise, request);
        bus.onExecutor(() -> {
            bus.master.received(noise);
            return null;
        });
        assertEquals(List.of("dropped 5 bytes that no request was waiting for"), bus.recorder.refused);
        bus.pollAndWait();
        bus.pollAndWait();
        assertEquals(Map.of("30001@1", 100.0, "30002@1", 101.0), bus.recorder.values);
        assertEquals(List.of(1, 1), bus.recorder.slaves);
        assertEquals(List.of("dropped 5 bytes that no request was waiting for",
                "skipped 5 stray bytes before a frame", "skipped 5 stray bytes before a frame"),
                bus.recorder.refused);
        assertEquals(List.of(), bus.recorder.crcRefused);
        assertEquals(2, slave.badCrc());
        assertEquals(2, slave.answered());
    }

    @Test
    void refusesAnAnswerFromAnotherSlaveAndAsksAgain() throws Exception {
        Bus bus = new Bus();
        ModbusSlaveSimulator slave = bus.slave(1, address -> 7, NONE);
        bus.start(FAST, "30001@1");
        AtomicInteger answers = new AtomicInteger();
        bus.toMaster = answer -> {
            if (answers.getAndIncrement() > 0) {
                return answer;
            }
            byte[] crossed = Arrays.copyOf(answer, answer.length - 2);
            crossed[0] = 9;
            return ModbusCrc.withCrc(crossed);
        };
        bus.pollAndWait();
        assertEquals(List.of("expected the answer of slave 1 to function 4 at 30001 but read a 7-byte frame of "
                + "slave 9, function 4"), bus.recorder.refused);
        assertEquals(Map.of("30001@1", 7.0), bus.recorder.values);
        assertEquals(2, slave.answered());
    }

    @Test
    void boundsThePendingBytesUnderNoise() throws Exception {
        Recorder recorder = new Recorder();
        List<byte[]> sent = new CopyOnWriteArrayList<>();
        ModbusMaster master = new ModbusMaster(ModbusRequest.plan(channels("40001@5"), 50), FAST, sent::add,
                executor, recorder);
        Bus bus = new Bus();
        assertTrue(bus.onExecutor(master::poll));
        byte[] noise = new byte[100];
        Arrays.fill(noise, (byte) 0xAA);
        int most = 0;
        for (int i = 0; i < 10; i++) {
            most = Math.max(most, bus.onExecutor(() -> {
                master.received(noise);
                return master.pendingBytes();
            }));
        }
        assertTrue(most > 200 && most <= ModbusMaster.MAX_PENDING, "pending bytes " + most);
        bus.onExecutor(() -> {
            master.received(ModbusCrc.withCrc(bytes(5, 3, 2, 0xFF, 0xFE)));
            return null;
        });
        assertTrue(recorder.cycles.tryAcquire(LIMIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(Map.of("40001@5", -2.0), recorder.values);
        assertEquals(List.of("skipped 1000 stray bytes before a frame"), recorder.refused);
        assertEquals(1, sent.size());
    }

    @Test
    void anEmptyPlanEndsItsCycleAtOnce() throws Exception {
        Recorder recorder = new Recorder();
        ModbusMaster master = new ModbusMaster(List.of(), FAST, bytes -> {
            throw new AssertionError("nothing to send");
        }, executor, recorder);
        assertTrue(new Bus().onExecutor(master::poll));
        assertTrue(recorder.cycles.tryAcquire(LIMIT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void simulatorAnswersLikeADeviceOnTheBus() {
        List<byte[]> answers = new ArrayList<>();
        ModbusSlaveSimulator slave = new ModbusSlaveSimulator(4, address -> address - 1, NONE, answers::add);
        slave.received(new ModbusRequest(5, 4, 0, 1, List.of()).frame());
        assertEquals(0, answers.size(), "another slave's request");
        for (byte b : new ModbusRequest(4, 4, 0, 2, List.of()).frame()) {
            slave.received(new byte[] {b});
        }
        assertArrayEquals(ModbusCrc.withCrc(bytes(4, 4, 4, 0xFF, 0xFF, 0, 0)), answers.getLast());
        slave.received(ModbusCrc.withCrc(bytes(4, 6, 0, 0, 0, 1)));
        assertArrayEquals(ModbusCrc.withCrc(bytes(4, 0x86, 1)), answers.getLast());
        slave.received(ModbusCrc.withCrc(bytes(4, 4, 0, 0, 0, 0)));
        assertArrayEquals(ModbusCrc.withCrc(bytes(4, 0x84, 3)), answers.getLast());
        slave.received(ModbusCrc.withCrc(bytes(4, 4, 0, 0, 0, 126)));
        assertArrayEquals(ModbusCrc.withCrc(bytes(4, 0x84, 3)), answers.getLast());
        slave.received(ModbusCrc.withCrc(bytes(4, 3, 0, 0, 0, 1)));
        assertArrayEquals(ModbusCrc.withCrc(bytes(4, 0x83, 2)), answers.getLast());
        assertEquals(5, slave.answered());
        byte[] corrupted = new ModbusRequest(4, 4, 0, 1, List.of()).frame();
        corrupted[3] ^= 0x10;
        slave.received(corrupted);
        assertEquals(5, slave.answered());
        assertEquals(1, slave.badCrc());
        slave.received(new ModbusRequest(4, 4, 2, 1, List.of()).frame());
        assertArrayEquals(ModbusCrc.withCrc(bytes(4, 4, 2, 0, 1)), answers.getLast());
        assertEquals(6, slave.answered());
    }

    private static void assertRefused(String field, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModbusRequest.plan(channels("30001@1", field), 50));
        assertTrue(e.getMessage().contains(expected) && e.getMessage().contains("'" + field + "'"), e.getMessage());
    }

    private static List<Channel> channels(String... fields) {
        return Arrays.stream(fields).map(field -> Channel.of(field, Measure.TEMPERATURE)).toList();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** What the master reported; written on the executor's thread, read by the test's. */
    private static final class Recorder implements ModbusMaster.Listener {

        final Map<String, Double> values = new ConcurrentHashMap<>();
        final List<Integer> slaves = new CopyOnWriteArrayList<>();
        final List<String> refused = new CopyOnWriteArrayList<>();
        final List<String> crcRefused = new CopyOnWriteArrayList<>();
        final List<String> timedOut = new CopyOnWriteArrayList<>();
        final Semaphore cycles = new Semaphore(0);

        @Override
        public void values(int slave, Map<String, Double> rawByField, Instant at) {
            slaves.add(slave);
            values.putAll(rawByField);
        }

        @Override
        public void refused(String reason, boolean crc) {
            (crc ? crcRefused : refused).add(reason);
        }

        @Override
        public void timedOut(int slave, String what) {
            timedOut.add(slave + ": " + what);
        }

        @Override
        public void cycleDone() {
            cycles.release();
        }
    }

    /**
     * A master and slaves on an in-memory RS-485 line: every frame travels in random chunks of 1 to 5 bytes, each
     * delivered as its own task on the executor, as a serial driver would. Answers go to the master only, since the
     * simulators cannot tell an answer from a request without the line's timing.
     */
    private final class Bus {

        final Recorder recorder = new Recorder();
        final List<ModbusSlaveSimulator> slaves = new CopyOnWriteArrayList<>();
        volatile UnaryOperator<byte[]> toMaster = UnaryOperator.identity();
        volatile UnaryOperator<byte[]> toSlaves = UnaryOperator.identity();
        volatile ModbusMaster master;
        List<ModbusRequest> plan;

        ModbusSlaveSimulator slave(int address, IntUnaryOperator input, IntUnaryOperator holding) {
            ModbusSlaveSimulator slave = new ModbusSlaveSimulator(address, input, holding,
                    answer -> deliver(toMaster.apply(answer), bytes -> master.received(bytes)));
            slaves.add(slave);
            return slave;
        }

        void start(ModbusPolling polling, String... fields) {
            plan = ModbusRequest.plan(channels(fields), polling.batch());
            master = new ModbusMaster(plan, polling, request -> deliver(toSlaves.apply(request),
                    bytes -> slaves.forEach(slave -> slave.received(bytes))), executor, recorder);
        }

        void pollAndWait() throws Exception {
            assertTrue(onExecutor(master::poll));
            assertTrue(recorder.cycles.tryAcquire(LIMIT_SECONDS, TimeUnit.SECONDS), "the cycle ends");
        }

        <T> T onExecutor(Callable<T> task) throws Exception {
            return executor.submit(task).get(LIMIT_SECONDS, TimeUnit.SECONDS);
        }

        private void deliver(byte[] bytes, Consumer<byte[]> to) {
            for (int off = 0; off < bytes.length;) {
                byte[] chunk = Arrays.copyOfRange(bytes, off, Math.min(bytes.length, off + 1 + random.nextInt(5)));
                off += chunk.length;
                executor.execute(() -> to.accept(chunk));
            }
        }
    }
}
