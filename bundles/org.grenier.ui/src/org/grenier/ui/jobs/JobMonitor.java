package org.grenier.ui.jobs;

import java.text.NumberFormat;
import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;

/**
 * One running Job's progress as it reports it: its task and the share of its work done. Written by the Job's thread
 * and read by the UI thread, hence volatile fields and no locks: the UI shows the latest value, never waits.
 */
public final class JobMonitor implements IProgressMonitor {

    private final Job job;
    private final long startedAt = System.nanoTime();
    private final Instant startedOn = Instant.now();
    private volatile String task = "";
    private volatile double total = UNKNOWN;
    private volatile double done;
    private volatile boolean canceled;

    JobMonitor(Job job) {
        this.job = job;
    }

    public Job job() {
        return job;
    }

    long startedAt() {
        return startedAt;
    }

    /** When the Job started, by the clock. */
    public Instant startedOn() {
        return startedOn;
    }

    /** What the Job says it is doing: its task, else its name. */
    public String task() {
        String now = task;
        return now == null || now.isBlank() ? job.getName() : now;
    }

    /** Its task and, when the Job can tell, its share done: "Importing sales.csv — 42 %". */
    public String progressText() {
        double share = share();
        return share < 0 ? task() : NLS.bind(Messages.Status_Job, task(),
                NumberFormat.getPercentInstance(Numbers.locale()).format(Math.floor(share * 100) / 100));
    }

    /** A progress bar's steps: fine enough for a million lines to move it. */
    public static final int BAR_STEPS = 1000;

    /** Where a bar of {@link #BAR_STEPS} stands: 0 while the Job cannot tell. */
    public int barSelection() {
        double share = share();
        return share < 0 ? 0 : (int) (share * BAR_STEPS);
    }

    /** The share of the work done, from 0 to 1, or a negative number when the Job cannot tell. */
    public double share() {
        double all = total;
        return all <= 0 ? -1 : Math.min(1, done / all);
    }

    @Override
    public void beginTask(String name, int totalWork) {
        if (name != null && !name.isBlank()) {
            task = name;
        }
        total = totalWork;
        done = 0;
    }

    @Override
    public void setTaskName(String name) {
        task = name;
    }

    @Override
    public void internalWorked(double work) {
        done += work; // only the Job's own thread writes
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void subTask(String name) {
        // The sub-tasks of the store's work are written for the log, in English; the status line shows the task.
    }

    @Override
    public void done() {
        done = total;
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public void setCanceled(boolean value) {
        canceled = value;
    }
}
