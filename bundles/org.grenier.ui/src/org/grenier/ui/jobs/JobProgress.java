package org.grenier.ui.jobs;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;

/**
 * How far the workbench's user Jobs (imports, trainings, plans, backups) have got, for the status line and the Progress
 * part. E4 shows no progress of its own, and the platform's progress view belongs to the 3.x workbench. As the job
 * manager's progress provider, this gives each user Job a monitor that keeps its task and share done where the UI
 * thread reads them without waiting; a Job's cancel reaches the Job through that monitor as through any other. It also
 * remembers how the last Jobs ended, for the Progress part.
 */
public final class JobProgress extends ProgressProvider {

    /** How many ended Jobs are remembered for the Progress part. */
    public static final int KEPT = 50;

    private final Map<Job, JobMonitor> running = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Deque<FinishedJob> finished = new ArrayDeque<>();
    private final JobChangeAdapter watcher = new JobChangeAdapter() {
        @Override
        public void running(IJobChangeEvent event) {
            if (running.containsKey(event.getJob())) {
                listeners.forEach(Runnable::run);
            }
        }

        @Override
        public void done(IJobChangeEvent event) {
            JobMonitor ended = running.remove(event.getJob());
            if (ended != null) {
                remember(ended, event.getResult());
                listeners.forEach(Runnable::run);
            }
        }
    };

    /** Becomes the job manager's progress provider until {@link #stop()}. */
    public static JobProgress start() {
        JobProgress progress = new JobProgress();
        Job.getJobManager().addJobChangeListener(progress.watcher);
        Job.getJobManager().setProgressProvider(progress);
        return progress;
    }

    public void stop() {
        Job.getJobManager().setProgressProvider(null);
        Job.getJobManager().removeJobChangeListener(watcher);
    }

    /**
     * Called by the job manager, holding its lock, as a Job starts: only the monitor is made here, and the listeners
     * hear of it from the Job's running event, sent once the lock is let go.
     */
    @Override
    public IProgressMonitor createMonitor(Job job) {
        if (!job.isUser()) {
            return new NullProgressMonitor();
        }
        JobMonitor monitor = new JobMonitor(job);
        running.put(job, monitor);
        return monitor;
    }

    /** The user Jobs running now, the earliest started first. */
    public List<JobMonitor> running() {
        return running.values().stream().sorted(Comparator.comparingLong(JobMonitor::startedAt)).toList();
    }

    /** The user Jobs ended in this session, the latest first (the last {@value #KEPT}). */
    public List<FinishedJob> finished() {
        synchronized (finished) {
            return List.copyOf(finished);
        }
    }

    private void remember(JobMonitor ended, IStatus result) {
        int severity = result == null ? IStatus.OK : result.getSeverity();
        String message = result == null || result.isOK() ? "" : result.getMessage();
        FinishedJob job = new FinishedJob(ended.job().getName(), severity, message, ended.startedOn(),
                Duration.ofNanos(System.nanoTime() - ended.startedAt()));
        synchronized (finished) {
            finished.addFirst(job);
            while (finished.size() > KEPT) {
                finished.removeLast();
            }
        }
    }

    /** Calls back, on any thread, whenever a user Job starts or ends; the action returned stops it. */
    public Runnable whenChanged(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
