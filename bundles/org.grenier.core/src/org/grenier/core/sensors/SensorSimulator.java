package org.grenier.core.sensors;

import java.nio.file.Path;
import java.util.Optional;

import org.grenier.core.Result;

/**
 * Plays devices at the far end of a serial link (one end of a pseudo-terminal pair, or a null-modem cable), for
 * demonstrations, tests and benchmarks. Provided as an OSGi service by the acquisition bundle.
 */
public interface SensorSimulator {

    /**
     * What to play.
     *
     * @param sensors        how many sensors share the line (key=value, CSV and JSON name them {@code S01}...)
     * @param linesPerSecond how many lines per second; 0 sends as fast as the line's speed allows
     * @param replay         a folder holding the Intel Berkeley lab files ({@code intelTemperatureTrain.csv}...) to
     *                       replay instead of a synthetic signal
     */
    record Plan(Protocol protocol, SerialSettings serial, int sensors, double linesPerSecond, Optional<Path> replay) {
    }

    /** A running simulation; closing it closes its end of the link. */
    interface Simulation extends AutoCloseable {

        /** Lines (or Modbus answers) sent so far, whole. */
        long sent();

        @Override
        void close();
    }

    Result<Simulation> start(String port, Plan plan);
}
