package org.grenier.ui.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;

/**
 * How far the workbench's user Jobs (imports, trainings, plans, backups) have got, for the status line. E4 shows no
 * progress of its own, and the platform's progress view belongs to the 3.x workbench. As the job manager's progress
 * provider, this gives each user Job a monitor that keeps its task and share done where the UI thread reads them
 * without waiting; a Job's cancel reaches the Job through that monitor as through any other.
 */
public final class JobProgress extends ProgressProvider {

    private final Map<Job, JobMonitor> running = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final JobChangeAdapter watcher = new JobChangeAdapter() {
        @Override
        public void running(IJobChangeEvent event) {
            if (running.containsKey(event.getJob())) {
                listeners.forEach(Runnable::run);
            }
        }

        @Override
        public void done(IJobChangeEvent event) {
            if (running.remove(event.getJob()) != null) {
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
        return running.values().stream().sorted(java.util.Comparator.comparingLong(JobMonitor::startedAt)).toList();
    }

    /** Calls back, on any thread, whenever a user Job starts or ends; the action returned stops it. */
    public Runnable whenChanged(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
