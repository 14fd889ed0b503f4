package org.grenier.core.sensors;

import java.time.Instant;
import java.util.Optional;

/**
 * Where one port's acquisition stands, for the status line, the CLI's live line and the Sensors view.
 *
 * @param committed readings stored (and so acknowledged)
 * @param rejected  lines or frames refused: bad checksum or CRC, malformed, no known value
 * @param cut       bytes thrown away: over-long lines, binary garbage, floods beyond the buffer
 * @param dropped   readings the store could not take in time (the buffer was full), counted, never silent
 */
public record SessionStatus(String port, String profile, State state, long lines, long committed, long rejected,
        long cut, long dropped, long reconnects, Optional<Instant> lastDataAt, Optional<String> lastProblem) {

    public enum State {
        CONNECTING, RECEIVING, SILENT, RECONNECTING, STOPPED
    }
}
