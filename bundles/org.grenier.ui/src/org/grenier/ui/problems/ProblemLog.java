package org.grenier.ui.problems;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * Every Job of the workbench that ends with a warning or an error, newest first, kept for the session (the last
 * {@value #KEPT}). Long work in Grenier runs as Jobs and says what went wrong in its result, so listening to the job
 * manager catches imports, trainings, plans, acquisitions and reads alike, with no part having to report itself.
 */
public final class ProblemLog {

    public static final int KEPT = 500;

    private final Deque<Problem> problems = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final JobChangeAdapter watcher = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            IStatus result = event.getResult();
            if (result != null && result.getSeverity() >= IStatus.WARNING && result.getSeverity() != IStatus.CANCEL) {
                add(new Problem(Instant.now(), result.getSeverity(), event.getJob().getName(), result.getMessage(),
                        detail(result)));
            }
        }
    };

    /** Starts listening to the job manager; {@link #stop()} ends it. */
    public static ProblemLog start() {
        ProblemLog log = new ProblemLog();
        Job.getJobManager().addJobChangeListener(log.watcher);
        return log;
    }

    public void stop() {
        Job.getJobManager().removeJobChangeListener(watcher);
    }

    void add(Problem problem) {
        synchronized (problems) {
            problems.addFirst(problem);
            while (problems.size() > KEPT) {
                problems.removeLast();
            }
        }
        listeners.forEach(Runnable::run);
    }

    /** The problems, newest first. */
    public List<Problem> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    public void clear() {
        synchronized (problems) {
            problems.clear();
        }
        listeners.forEach(Runnable::run);
    }

    /** Calls back, on the thread that logged, whenever the list changes; the action returned stops it. */
    public Runnable whenChanged(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The causes a status carries, one per line, then its exception's stack trace. */
    static String detail(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage());
        for (IStatus child : status.getChildren()) {
            text.append(System.lineSeparator()).append("  ").append(child.getMessage());
        }
        if (status.getException() != null) {
            StringWriter trace = new StringWriter();
            status.getException().printStackTrace(new PrintWriter(trace));
            text.append(System.lineSeparator()).append(trace);
        }
        return text.toString();
    }
}
