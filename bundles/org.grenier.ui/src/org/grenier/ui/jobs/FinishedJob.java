package org.grenier.ui.jobs;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.IStatus;

/** A user Job that has ended, as the Progress part lists it: what it was, how it ended, when it started, how long. */
public record FinishedJob(String work, int severity, String message, Instant started, Duration took) {

    public boolean cancelled() {
        return severity == IStatus.CANCEL;
    }

    public boolean failed() {
        return severity >= IStatus.WARNING && !cancelled();
    }
}
