package org.grenier.ui.jobs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.grenier.ui.Messages;

/**
 * A running Job as the workbench shows it: its task and share done, a bar, and a Cancel for that Job. The Progress
 * part has one per Job; the status line one, showing the earliest. The caller places it ({@link #control()}).
 */
public final class ProgressRow {

    private final Composite row;
    private final Label task;
    private final ProgressBar bar;
    private final Button cancel;
    private JobMonitor job;

    /**
     * @param taskWidth the width asked for the task: with {@code grab}, the row's spare width is added, and a task
     *                  too long for the row is cut (its whole in the tooltip), never the Cancel
     */
    public ProgressRow(Composite parent, int taskWidth, boolean grab, int barWidth) {
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        task = new Label(row, SWT.NONE);
        GridData taskSize = new GridData(SWT.FILL, SWT.CENTER, grab, false);
        taskSize.widthHint = taskWidth;
        task.setLayoutData(taskSize);
        bar = new ProgressBar(row, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(JobMonitor.BAR_STEPS);
        GridData barSize = new GridData(SWT.END, SWT.CENTER, false, false);
        barSize.widthHint = barWidth;
        bar.setLayoutData(barSize);
        cancel = new Button(row, SWT.PUSH);
        cancel.setText(Messages.Status_Cancel);
        cancel.addListener(SWT.Selection, event -> {
            if (job != null) {
                job.job().cancel();
                cancel.setEnabled(false); // a Job may take a moment to stop: one press is enough
            }
        });
    }

    /** Shows this Job's progress under its own words. */
    public void show(JobMonitor shown) {
        show(shown, shown.progressText(), shown.progressText());
    }

    /** Shows this Job's bar and Cancel beside {@code text}, with {@code tip} as the text's tooltip. */
    public void show(JobMonitor shown, String text, String tip) {
        if (shown != job) {
            job = shown;
            cancel.setEnabled(true);
        }
        if (!text.equals(task.getText())) {
            task.setText(text);
            task.setToolTipText(tip);
        }
        int selection = shown.barSelection();
        if (bar.getSelection() != selection) {
            bar.setSelection(selection);
        }
        if (shown.isCanceled()) {
            cancel.setEnabled(false);
        }
    }

    /** Shown or hidden, keeping its place: showing or hiding it lays nothing out. */
    public void setShown(boolean visible) {
        if (bar.getVisible() != visible) {
            task.setVisible(visible);
            bar.setVisible(visible);
            cancel.setVisible(visible);
        }
    }

    public boolean isShown() {
        return bar.getVisible();
    }

    public Composite control() {
        return row;
    }

    /** The Job shown, null before the first. */
    public JobMonitor job() {
        return job;
    }

    public Label taskLabel() {
        return task;
    }

    public ProgressBar bar() {
        return bar;
    }

    public String text() {
        return task.getText();
    }

    public int barSelection() {
        return bar.getSelection();
    }

    public Button cancelButton() {
        return cancel;
    }
}
