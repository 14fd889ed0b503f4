package org.grenier.ui.jobs;

import java.time.Duration;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.SortableTable;
import org.grenier.ui.SortableTable.Column;
import org.grenier.ui.UiThread;

/**
 * Progress: every long work running, each with its task, share done, a bar and its own Cancel, and below the work
 * ended in this session with how it ended and how long it took. The status line shows only the earliest running
 * Job; this part shows them all. It reads the Jobs' progress four times a second while any runs and never waits
 * for them.
 */
public class ProgressPart {

    public static final String ID = "org.grenier.ui.part.progress";
    private static final int REFRESH_MILLIS = 250;
    private static final int TASK_WIDTH = 120;
    private static final int BAR_WIDTH = 220;

    private final JobProgress progress;
    private Group runningGroup;
    private Label nothing;
    private final List<ProgressRow> rows = new ArrayList<>();
    private SortableTable<FinishedJob> finished;
    private boolean ticking;
    private Runnable stopListening = () -> { };

    @Inject
    public ProgressPart(JobProgress progress) {
        this.progress = progress;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout());
        // side by side: the part lives in a short strip below the Data perspective's parts, beside Problems
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        runningGroup = new Group(sash, SWT.NONE);
        runningGroup.setText(Messages.Progress_Running);
        runningGroup.setLayout(new GridLayout());
        nothing = new Label(runningGroup, SWT.NONE);
        nothing.setText(Messages.Progress_Nothing);
        nothing.setLayoutData(new GridData());
        Group ended = new Group(sash, SWT.NONE);
        ended.setText(Messages.Progress_Finished);
        ended.setLayout(new GridLayout());
        finished = new SortableTable<>(ended, SWT.SINGLE, columns());
        sash.setWeights(1, 1);
        stopListening = progress.whenChanged(() -> UiThread.later(runningGroup, this::changed));
        changed();
    }

    /** The work's name last: it is the longest, and the part is often narrow. */
    private static List<Column<FinishedJob>> columns() {
        return List.of(
                new Column<>(Messages.Progress_Started, SWT.LEFT,
                        job -> Numbers.time(FormatStyle.MEDIUM).format(job.started()),
                        Comparator.comparing(FinishedJob::started)),
                new Column<>(Messages.Progress_Outcome, SWT.LEFT, ProgressPart::outcome,
                        Comparator.comparingInt(FinishedJob::severity)),
                new Column<>(Messages.Progress_Took, SWT.RIGHT, job -> took(job.took()),
                        Comparator.comparing(FinishedJob::took)),
                new Column<>(Messages.Progress_Work, SWT.LEFT, FinishedJob::work,
                        Comparator.comparing(FinishedJob::work)));
    }

    private static String outcome(FinishedJob job) {
        if (job.cancelled()) {
            return Messages.Progress_Cancelled;
        }
        return job.failed() ? Numbers.phrase(Messages.Progress_Failed, job.message()) : Messages.Progress_Done;
    }

    /** A duration as a person reads it: seconds with one decimal. */
    private static String took(Duration took) {
        return Numbers.phrase(Messages.Progress_Seconds, Numbers.number(took.toMillis() / 1000.0, 1));
    }

    /** A Job started or ended: a row each for the running ones, and the ended ones listed again. */
    private void changed() {
        if (runningGroup.isDisposed()) {
            return;
        }
        List<JobMonitor> running = progress.running();
        List<JobMonitor> shown = rows.stream().map(ProgressRow::job).toList();
        if (!running.equals(shown)) {
            rows.forEach(row -> row.control().dispose());
            rows.clear();
            running.forEach(job -> rows.add(row(job)));
            nothing.setVisible(running.isEmpty());
            ((GridData) nothing.getLayoutData()).exclude = !running.isEmpty();
            runningGroup.layout(true, true);
        }
        finished.show(progress.finished());
        tick();
    }

    private ProgressRow row(JobMonitor job) {
        ProgressRow row = new ProgressRow(runningGroup, TASK_WIDTH, true, BAR_WIDTH);
        row.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        row.show(job);
        return row;
    }

    private void tick() {
        if (runningGroup.isDisposed() || rows.isEmpty()) {
            ticking = false;
            return;
        }
        rows.forEach(row -> row.show(row.job()));
        if (!ticking) {
            ticking = true;
            runningGroup.getDisplay().timerExec(REFRESH_MILLIS, () -> {
                ticking = false;
                tick();
            });
        }
    }

    /** The rows of the work running, the earliest started first. */
    public List<ProgressRow> rows() {
        return List.copyOf(rows);
    }

    public SortableTable<FinishedJob> finished() {
        return finished;
    }

    @PreDestroy
    void stop() {
        stopListening.run();
    }
}
