package org.grenier.acquisition.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.grenier.acquisition.PortLink;
import org.grenier.acquisition.PortListener;
import org.grenier.acquisition.SerialDriver;
import org.grenier.core.Result;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Channel;
import org.grenier.core.sensors.ConnectionGap;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.GapReason;
import org.grenier.core.sensors.PortInfo;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.core.sensors.SessionStatus.State;

/**
 * One port's acquisition. Everything happens on the port's own named thread: bytes the driver delivers on events are
 * handed to it (bounded, so a flood is cut and counted), decoded, calibrated and sent to the sink. A watchdog on the
 * same thread closes a port that went silent or failed and reopens it with a growing delay, finding a USB adapter
 * again by its serial number if it came back under another path; the time without data is recorded as a gap.
 */
final class PortSession {

    /** Bytes received but not yet decoded; beyond this the port is flooding faster than it can be read. */
    static final long MAX_PENDING_BYTES = 1 << 20;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final SerialDriver driver;
    private final String port;
    private final DeviceProfile profile;
    private final ReadingSink sink;
    private final ScheduledExecutorService executor;
    private final Decoding decoding;
    private final AtomicLong pendingBytes = new AtomicLong();
    private final AtomicLong flooded = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private volatile State state = State.CONNECTING;
    private volatile Instant lastDataAt;
    private volatile String lastProblem;
    private volatile long lines;
    private volatile long rejected;
    private volatile long dropped;
    private volatile long reconnects;
    private PortLink link;
    private int generation;
    private Instant connectedAt;
    private Instant gapFrom;
    private String gapReason;
    private Duration backoff = Duration.ofMillis(500);
    private ScheduledFuture<?> watchdog;

    PortSession(SerialDriver driver, String port, DeviceProfile profile, ReadingSink sink) {
        this.driver = driver;
        this.port = port;
        this.profile = profile;
        this.sink = sink;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "Grenier sensor port " + port);
            thread.setDaemon(true);
            return thread;
        });
        this.decoding = Decoding.of(profile, this);
    }

    void start() {
        executor.execute(this::connect);
        long tick = Math.max(200, Math.min(1_000, profile.silenceLimit().toMillis() / 5));
        watchdog = executor.scheduleWithFixedDelay(this::watch, tick, tick, TimeUnit.MILLISECONDS);
    }

    private void connect() {
        if (state == State.STOPPED) {
            return;
        }
        int current = ++generation;
        Result<PortLink> opened;
        try {
            opened = driver.open(locate(), profile.serial(), listener(current));
        } catch (RuntimeException | LinkageError e) {
            // A driver that cannot even try (its native library missing) is reported, and tried again later.
            opened = Result.error(GapReason.DRIVER_FAILED.text(e));
        }
        if (opened.failed()) {
            lost(opened.message());
            return;
        }
        link = opened.value();
        connectedAt = Instant.now();
        state = State.CONNECTING;
        decoding.connected(executor, this::send);
    }

    /** The port's path, or the new path of the same USB adapter when it came back elsewhere. */
    private String locate() {
        if (profile.usbSerial().isEmpty()) {
            return port;
        }
        return driver.discover().stream().filter(p -> p.usbSerial().equals(profile.usbSerial())).map(PortInfo::path)
                .findFirst().orElse(port);
    }

    private PortListener listener(int linkGeneration) {
        return new PortListener() {
            @Override
            public void received(byte[] bytes) {
                if (pendingBytes.addAndGet(bytes.length) > MAX_PENDING_BYTES) {
                    pendingBytes.addAndGet(-bytes.length);
                    flooded.addAndGet(bytes.length);
                    return;
                }
                long arrived = System.nanoTime();
                Instant at = Instant.now();
                executor.execute(() -> {
                    pendingBytes.addAndGet(-bytes.length);
                    if (linkGeneration == generation) {
                        bytes(bytes, at, arrived);
                    }
                });
            }

            @Override
            public void failed(String problem) {
                executor.execute(() -> {
                    if (linkGeneration == generation) {
                        lost(problem);
                    }
                });
            }
        };
    }

    private void bytes(byte[] bytes, Instant at, long arrived) {
        lastDataAt = at;
        if (state != State.STOPPED) {
            state = State.RECEIVING;
        }
        backoff = Duration.ofMillis(500);
        if (gapFrom != null) {
            sink.gap(new ConnectionGap(port, profile.name(), gapFrom, at, gapReason));
            gapFrom = null;
            reconnects++;
        }
        decoding.received(bytes, at, arrived);
    }

    private void send(byte[] bytes) {
        try {
            if (link != null) {
                link.write(bytes);
            }
        } catch (IOException e) {
            lost(GapReason.CANNOT_WRITE.text(port, e.getMessage()));
        }
    }

    /** Called by the decoding with what a line or frame held, on this session's thread. */
    void values(String sensorId, Map<String, Double> raw, Instant at, long arrived) {
        String sensor = sensorId == null ? profile.sensorId() : sensorId;
        boolean kept = false;
        for (Map.Entry<String, Double> value : raw.entrySet()) {
            Optional<Channel> channel = profile.channel(value.getKey());
            if (channel.isPresent()) {
                kept = true;
                offer(new SensorReading(sensor, profile.storageUnitCode(), at, channel.get().measure(),
                        channel.get().calibrate(value.getValue())), arrived);
            }
        }
        if (!kept) {
            refused("no value this profile records in " + raw.keySet());
        }
    }

    private void offer(SensorReading reading, long arrived) {
        try {
            if (!sink.offer(reading, this, arrived)) {
                dropped++;
                lastProblem = "the store could not keep up; readings were dropped";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dropped++;
        }
    }

    void line() {
        lines++;
    }

    void refused(String reason) {
        rejected++;
        lastProblem = reason;
    }

    private void watch() {
        if (state != State.CONNECTING && state != State.RECEIVING || connectedAt == null) {
            return;
        }
        Instant heard = lastDataAt == null || lastDataAt.isBefore(connectedAt) ? connectedAt : lastDataAt;
        Duration quiet = Duration.between(heard, Instant.now());
        if (quiet.compareTo(profile.silenceLimit()) > 0) {
            lost(GapReason.NO_DATA.text(quiet.toSeconds()));
        }
    }

    /** Called on this session's thread when the device stopped answering (Modbus: every slave timed out). */
    void lost(String reason) {
        if (state == State.STOPPED) {
            return;
        }
        closeLink();
        lastProblem = reason;
        if (gapFrom == null) {
            gapFrom = lastDataAt != null ? lastDataAt : Instant.now();
            gapReason = reason;
            sink.gap(new ConnectionGap(port, profile.name(), gapFrom, null, reason));
            sink.silent(profile.sensorId(), profile.storageUnitCode(), gapFrom, Instant.now());
        }
        state = State.RECONNECTING;
        executor.schedule(this::connect, backoff.toMillis(), TimeUnit.MILLISECONDS);
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
    }

    private void closeLink() {
        generation++;
        decoding.disconnected();
        if (link != null) {
            link.close();
            link = null;
        }
    }

    void acknowledge(long count) {
        acknowledged.addAndGet(count);
    }

    /** Closes the port; what was already handed to the sink stays there to be written. */
    void stop() {
        try {
            executor.submit(() -> {
                state = State.STOPPED;
                if (watchdog != null) {
                    watchdog.cancel(false);
                }
                closeLink();
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            lastProblem = "stopping: " + e;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String port() {
        return port;
    }

    DeviceProfile profile() {
        return profile;
    }

    SessionStatus status() {
        return new SessionStatus(port, profile.name(), state, lines, acknowledged.get(), rejected,
                decoding.cutBytes() + flooded.get(), dropped, reconnects, Optional.ofNullable(lastDataAt),
                Optional.ofNullable(lastProblem));
    }
}
