package org.grenier.acquisition.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.ConnectionGap;

/** Collects what a device says during a test read, stores nothing, and keeps at most a screenful. */
final class TestReadSink implements ReadingSink {

    private static final int LIMIT = 1_000;

    private final List<SensorReading> readings = new ArrayList<>();

    @Override
    public synchronized boolean offer(SensorReading reading, PortSession from, long arrivedNanos) {
        if (readings.size() < LIMIT) {
            readings.add(reading);
        }
        from.acknowledge(1);
        return true;
    }

    @Override
    public void gap(ConnectionGap gap) {
        // A test read reports problems through the session's status, not as stored gaps.
    }

    @Override
    public void silent(String sensorId, String storageUnit, Instant since, Instant now) {
        // Nor as stored alerts.
    }

    synchronized List<SensorReading> readings() {
        return List.copyOf(readings);
    }
}
