package org.grenier.core.sensors;

import java.time.Instant;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.model.SensorReading;

/** Turns one text line from a sensor into readings. Provided as an OSGi service by the acquisition bundle. */
public interface SensorLineDecoder {

    Result<List<SensorReading>> decode(String line, String storageUnitCode, Instant receivedAt);
}
