package org.grenier.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of a long command on stderr, one line every few seconds, so a script's log shows a large import moving
 * while stdout keeps only the results. Short runs print nothing.
 */
final class ProgressLines extends NullProgressMonitor {

    static final long EVERY_NANOS = 3_000_000_000L;

    private final PrintStream err;
    private final String prefix;
    private long last = System.nanoTime();

    ProgressLines(PrintStream err, String prefix) {
        this.err = err;
        this.prefix = prefix;
    }

    @Override
    public void subTask(String name) {
        long now = System.nanoTime();
        if (now - last >= EVERY_NANOS) {
            last = now;
            err.println(prefix + name);
        }
    }
}
