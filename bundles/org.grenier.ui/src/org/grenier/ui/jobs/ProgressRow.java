package org.grenier.ui.jobs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.grenier.ui.Messages;

/** One running Job in the Progress part: its task and share done, a bar, and a Cancel for it alone. */
public final class ProgressRow {

    private static final int TASK_WIDTH = 120;

    private final JobMonitor job;
    private final Composite row;
    private final Label task;
    private final ProgressBar bar;
    private final Button cancel;

    ProgressRow(Composite parent, JobMonitor job) {
        this.job = job;
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        task = new Label(row, SWT.NONE);
        // a small width asked, the rest given: a long file name is cut (its whole in the tooltip), never the Cancel
        GridData taskSize = new GridData(SWT.FILL, SWT.CENTER, true, false);
        taskSize.widthHint = TASK_WIDTH;
        task.setLayoutData(taskSize);
        bar = new ProgressBar(row, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(JobMonitor.BAR_STEPS);
        GridData barSize = new GridData(SWT.END, SWT.CENTER, false, false);
        barSize.widthHint = 220;
        bar.setLayoutData(barSize);
        cancel = new Button(row, SWT.PUSH);
        cancel.setText(Messages.Status_Cancel);
        cancel.addListener(SWT.Selection, event -> {
            job.job().cancel();
            cancel.setEnabled(false); // a Job may take a moment to stop: one press is enough
        });
        refresh();
    }

    JobMonitor job() {
        return job;
    }

    void refresh() {
        String text = job.progressText();
        if (!text.equals(task.getText())) {
            task.setText(text);
            task.setToolTipText(text);
        }
        int selection = job.barSelection();
        if (bar.getSelection() != selection) {
            bar.setSelection(selection);
        }
        if (job.isCanceled()) {
            cancel.setEnabled(false);
        }
    }

    void dispose() {
        row.dispose();
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
