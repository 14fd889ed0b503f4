package org.grenier.acquisition.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grenier.acquisition.SerialDriver;
import org.grenier.core.Result;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Acquisition;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.DeviceProfileText;
import org.grenier.core.sensors.PortInfo;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.core.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The acquisition service: one session per port, one writer per store, everything flushed on stop. */
@Component(service = Acquisition.class)
public class SensorAcquisition implements Acquisition {

    private static final Duration FLUSH_WAIT = Duration.ofSeconds(30);

    private final Map<String, PortSession> sessions = new LinkedHashMap<>();
    private final Map<PortSession, Store> storeOf = new IdentityHashMap<>();
    private final Map<Store, ReadingWriter> writers = new IdentityHashMap<>();

    @Reference
    private SerialDriver driver;

    /** For Declarative Services, which sets the driver. */
    public SensorAcquisition() {
    }

    /** For a process without OSGi (the kill test's child, benchmarks). */
    public SensorAcquisition(SerialDriver driver) {
        this.driver = driver;
    }

    @Override
    public List<PortInfo> ports() {
        return driver.discover();
    }

    @Override
    public List<DeviceProfile> profiles(Store store) {
        Map<String, DeviceProfile> byName = new LinkedHashMap<>();
        BuiltInDeviceProfiles.all().forEach(p -> byName.put(p.name(), p));
        Result<Map<String, String>> saved = store.sensors().deviceProfiles();
        if (!saved.failed()) {
            saved.value().forEach((name, text) -> {
                Result<DeviceProfile> parsed = DeviceProfileText.parse(text, name);
                if (!parsed.failed()) {
                    byName.put(parsed.value().name(), parsed.value());
                }
            });
        }
        return List.copyOf(byName.values());
    }

    @Override
    public synchronized Result<SessionStatus> start(Store store, String port, DeviceProfile profile) {
        if (sessions.containsKey(port)) {
            return Result.error("Port " + port + " is already being recorded (" + sessions.get(port).profile().name()
                    + "); stop it first.");
        }
        PortSession session;
        try {
            ReadingWriter writer = writers.computeIfAbsent(store,
                    s -> new ReadingWriter(s.sensors(), s.folder().getFileName().toString()));
            session = new PortSession(driver, port, profile, writer);
        } catch (IllegalArgumentException e) {
            return Result.error("Cannot record " + port + " with " + profile.name() + ": " + e.getMessage());
        }
        sessions.put(port, session);
        storeOf.put(session, store);
        session.start();
        return Result.ok(session.status());
    }

    @Override
    public synchronized Result<SessionStatus> stop(String port) {
        PortSession session = sessions.remove(port);
        if (session == null) {
            return Result.error("Port " + port + " is not being recorded.");
        }
        session.stop();
        Store store = storeOf.remove(session);
        String unwritten = flush(store);
        if (!storeOf.containsValue(store)) {
            writers.remove(store).close();
        }
        return unwritten == null ? Result.ok(session.status())
                : Result.warning(session.status(), unwritten, List.of());
    }

    private String flush(Store store) {
        try {
            if (!writers.get(store).flush(FLUSH_WAIT)) {
                return "Some readings were still waiting for the store after " + FLUSH_WAIT.toSeconds() + " s: "
                        + writers.get(store).lastProblem();
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Interrupted while writing the last readings.";
        }
    }

    @Override
    @Deactivate
    public synchronized void stopAll() {
        new ArrayList<>(sessions.keySet()).forEach(this::stop);
    }

    @Override
    public synchronized List<SessionStatus> sessions() {
        return sessions.values().stream().map(PortSession::status).toList();
    }

    @Override
    public synchronized Duration commitLatency(double share) {
        return writers.values().stream().map(w -> w.latencies().percentile(share)).max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    @Override
    public Result<List<SensorReading>> testRead(String port, DeviceProfile profile, Duration during) {
        TestReadSink sink = new TestReadSink();
        PortSession session;
        try {
            session = new PortSession(driver, port, profile, sink);
        } catch (IllegalArgumentException e) {
            return Result.error("Cannot read " + port + " with " + profile.name() + ": " + e.getMessage());
        }
        session.start();
        try {
            Thread.sleep(during.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.stop();
        }
        SessionStatus status = session.status();
        List<SensorReading> readings = sink.readings();
        if (readings.isEmpty()) {
            return Result.error("Nothing readable came from " + port + " in " + during.toSeconds() + " s"
                    + status.lastProblem().map(p -> ": " + p).orElse(" (is the device on, and the speed "
                            + profile.serial().describe() + " right?)"));
        }
        return status.rejected() > 0 ? Result.warning(readings, status.rejected() + " lines were refused",
                status.lastProblem().map(List::of).orElse(List.of())) : Result.ok(readings);
    }
}
