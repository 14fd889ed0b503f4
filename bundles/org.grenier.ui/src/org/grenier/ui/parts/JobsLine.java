package org.grenier.ui.parts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.UiThread;
import org.grenier.ui.jobs.JobMonitor;
import org.grenier.ui.jobs.JobProgress;

/**
 * The status line's part that shows long work while it runs: the earliest running Job's task and share done, a bar, and
 * a button that cancels it; empty when nothing runs. A click on the task or the bar opens the Progress part. It reads
 * the Jobs' progress four times a second on the UI thread and never waits for them; its size is fixed, so a new figure
 * repaints it without laying the window out.
 */
public final class JobsLine {

    private static final int REFRESH_MILLIS = 250;

    private final JobProgress progress;
    private final Composite box;
    private final Label label;
    private final ProgressBar bar;
    private final Button cancel;
    private JobMonitor shown;
    private boolean ticking;

    JobsLine(Composite parent, JobProgress progress, Runnable seeAll) {
        this.progress = progress;
        box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        box.setLayout(layout);
        label = new Label(box, SWT.NONE);
        GridData text = new GridData(SWT.FILL, SWT.CENTER, false, false);
        text.widthHint = 360;
        label.setLayoutData(text);
        bar = new ProgressBar(box, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(JobMonitor.BAR_STEPS);
        GridData barSize = new GridData(SWT.FILL, SWT.CENTER, false, false);
        barSize.widthHint = 140;
        bar.setLayoutData(barSize);
        // the line shows the earliest Job; a click on it shows them all, each with its own Cancel
        for (Control shows : new Control[] { label, bar }) {
            shows.setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
            shows.addListener(SWT.MouseUp, event -> seeAll.run());
        }
        cancel = new Button(box, SWT.PUSH);
        cancel.setText(Messages.Status_Cancel);
        cancel.addListener(SWT.Selection, event -> cancelShown());
        setShown(false);
        Runnable stop = progress.whenChanged(() -> UiThread.later(box, this::tick));
        box.addListener(SWT.Dispose, event -> stop.run());
        tick();
    }

    /** Shows the earliest running Job, and looks again shortly while any runs. */
    private void tick() {
        if (box.isDisposed()) {
            return;
        }
        List<JobMonitor> running = progress.running();
        if (running.isEmpty()) {
            shown = null;
            ticking = false;
            setShown(false);
            return;
        }
        show(running.get(0), running.size() - 1);
        if (!ticking) {
            ticking = true;
            box.getDisplay().timerExec(REFRESH_MILLIS, this::nextTick);
        }
    }

    private void nextTick() {
        ticking = false;
        tick();
    }

    private void show(JobMonitor job, int others) {
        if (job != shown) {
            cancel.setEnabled(!job.isCanceled());
            shown = job;
        }
        String text = job.progressText();
        if (others > 0) {
            text = Numbers.phrase(Messages.Status_MoreJobs, text, others);
        }
        if (!text.equals(label.getText())) {
            label.setText(text);
            label.setToolTipText(text + "\n" + Messages.Status_SeeProgress);
        }
        int selection = job.barSelection();
        if (bar.getSelection() != selection) {
            bar.setSelection(selection);
        }
        setShown(true);
    }

    private void cancelShown() {
        if (shown != null) {
            shown.job().cancel();
            cancel.setEnabled(false); // a Job may take a moment to stop: one press is enough
        }
    }

    /**
     * Shown or hidden, keeping its place in the line: the window is not laid out again when work starts or ends (that
     * stalled the UI thread for 30–50 ms).
     */
    private void setShown(boolean visible) {
        if (bar.getVisible() != visible) {
            label.setVisible(visible);
            bar.setVisible(visible);
            cancel.setVisible(visible);
        }
    }

    /** The width it keeps in the status line. */
    int width() {
        return box.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
    }

    public boolean isShown() {
        return bar.getVisible();
    }

    public String text() {
        return label.getText();
    }

    /** The task shown: a click on it opens the Progress part. */
    public Label taskLabel() {
        return label;
    }

    public int barSelection() {
        return bar.getSelection();
    }

    public Button cancelButton() {
        return cancel;
    }
}
