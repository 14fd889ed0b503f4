package org.grenier.ui.problems;

import java.time.Instant;

import org.eclipse.core.runtime.IStatus;

/**
 * Something that went wrong in the background, as the Problems part lists it: when, how bad, which work it was (the
 * Job's name), what it said, and the details for whoever has to look further (the causes, the stack trace).
 */
public record Problem(Instant at, int severity, String work, String message, String detail) {

    public boolean isError() {
        return severity == IStatus.ERROR;
    }
}
