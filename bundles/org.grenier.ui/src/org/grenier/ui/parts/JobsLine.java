package org.grenier.ui.parts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.UiThread;
import org.grenier.ui.jobs.JobMonitor;
import org.grenier.ui.jobs.JobProgress;
import org.grenier.ui.jobs.ProgressRow;

/**
 * The status line's part that shows long work while it runs: the earliest running Job's task and share done, a bar, and
 * a button that cancels it; empty when nothing runs. A click on the task or the bar opens the Progress part. It reads
 * the Jobs' progress four times a second on the UI thread and never waits for them; its size is fixed, so a new figure
 * repaints it without laying the window out.
 */
public final class JobsLine {

    private static final int REFRESH_MILLIS = 250;
    private static final int TASK_WIDTH = 360;
    private static final int BAR_WIDTH = 140;

    private final JobProgress progress;
    private final ProgressRow row;
    private boolean ticking;

    JobsLine(Composite parent, JobProgress progress, Runnable seeAll) {
        this.progress = progress;
        row = new ProgressRow(parent, TASK_WIDTH, false, BAR_WIDTH);
        // the line shows the earliest Job; a click on it shows them all, each with its own Cancel
        for (Control shows : new Control[] { row.taskLabel(), row.bar() }) {
            shows.setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
            shows.addListener(SWT.MouseUp, event -> seeAll.run());
        }
        row.setShown(false);
        Runnable stop = progress.whenChanged(() -> UiThread.later(row.control(), this::tick));
        row.control().addListener(SWT.Dispose, event -> stop.run());
        tick();
    }

    /** Shows the earliest running Job, and looks again shortly while any runs. */
    private void tick() {
        if (row.control().isDisposed()) {
            return;
        }
        List<JobMonitor> running = progress.running();
        if (running.isEmpty()) {
            ticking = false;
            // its place is kept: the window is not laid out again when work starts or ends (that stalled the UI
            // thread for 30–50 ms)
            row.setShown(false);
            return;
        }
        show(running.get(0), running.size() - 1);
        if (!ticking) {
            ticking = true;
            row.control().getDisplay().timerExec(REFRESH_MILLIS, this::nextTick);
        }
    }

    private void nextTick() {
        ticking = false;
        tick();
    }

    private void show(JobMonitor job, int others) {
        String text = job.progressText();
        if (others > 0) {
            text = Numbers.phrase(Messages.Status_MoreJobs, text, others);
        }
        row.show(job, text, text + "\n" + Messages.Status_SeeProgress);
        row.setShown(true);
    }

    /** The width it keeps in the status line. */
    int width() {
        return row.control().computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
    }

    public boolean isShown() {
        return row.isShown();
    }

    public String text() {
        return row.text();
    }

    /** The task shown: a click on it opens the Progress part. */
    public Label taskLabel() {
        return row.taskLabel();
    }

    public int barSelection() {
        return row.barSelection();
    }

    public Button cancelButton() {
        return row.cancelButton();
    }
}
