package org.grenier.acquisition.internal;

import java.time.Instant;

import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.ConnectionGap;

/** Where a port session sends what it reads: the store's writer, or a test read's list. */
interface ReadingSink {

    /** Takes a reading; waits while the sink is full and answers false when it had to give up. */
    boolean offer(SensorReading reading, PortSession from, long arrivedNanos) throws InterruptedException;

    void gap(ConnectionGap gap);

    void silent(String sensorId, String storageUnit, Instant since, Instant now);
}
