package org.grenier.ui.parts;

import java.text.NumberFormat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.ILocaleChangeService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Listener;
import org.grenier.core.store.RecordKind;
import org.grenier.ui.Numbers;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.jobs.JobProgress;
import org.grenier.ui.jobs.ProgressPart;
import org.grenier.ui.problems.ProblemLog;
import org.grenier.ui.problems.ProblemsPart;
import org.grenier.ui.store.StoreEvents;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.StoreSnapshot;

/**
 * The status line at the bottom of the window: which store is open (saying so when it is the demo), what it holds,
 * the long work running with its progress and a Cancel button, and a link to the problems when something went wrong
 * in the background.
 */
public class StatusLine {

    private static final int MIN_TEXT_WIDTH = 200;

    private final StoreSession session;
    private final ProblemLog problems;
    private final JobProgress progress;
    private Composite box;
    private JobsLine jobs;
    private Label label;
    private Link problemsLink;
    private Runnable stopListening = () -> { };

    @Inject
    MWindow window;
    @Inject
    EModelService models;
    @Inject
    EPartService parts;

    @Inject
    public StatusLine(StoreSession session, @Optional ProblemLog problems, @Optional JobProgress progress) {
        this.session = session;
        this.problems = problems;
        this.progress = progress;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        layout.horizontalSpacing = 16;
        box.setLayout(layout);
        label = new Label(box, SWT.NONE);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        problemsLink = new Link(box, SWT.NONE);
        problemsLink.addListener(SWT.Selection, event -> Parts.open(window, models, parts, ProblemsPart.ID));
        if (progress != null) {
            jobs = new JobsLine(box, progress, () -> Parts.open(window, models, parts, ProgressPart.ID));
        }
        // The store's text gets what the window leaves beside the running work's place, which is kept whether work
        // runs or not: work starting or ending then repaints a few widgets instead of laying out the window.
        Listener resized = event -> {
            if (textWidth() != ((GridData) label.getLayoutData()).widthHint) {
                fit(); // a resize lays the line out only when its text gets another width
            }
        };
        box.getShell().addListener(SWT.Resize, resized);
        box.addListener(SWT.Dispose, event -> box.getShell().removeListener(SWT.Resize, resized));
        if (problems != null) {
            stopListening = problems.whenChanged(() -> UiThread.later(box, this::showProblems));
        }
        showProblems();
        show(session.latest());
    }

    /** A link to the Problems part while there are any; nothing when all went well. */
    private void showProblems() {
        if (box.isDisposed()) {
            return;
        }
        int count = problems == null ? 0 : problems.problems().size();
        problemsLink.setText(count == 0 ? "" : Numbers.phrase(Messages.Status_Problems, count));
        fit();
    }

    /** The store's text's width: all of it, or what the window leaves beside the link and the running work. */
    private int textWidth() {
        int others = problemsLink.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + (jobs == null ? 0 : jobs.width())
                + 2 * ((GridLayout) box.getLayout()).horizontalSpacing;
        int room = Math.max(MIN_TEXT_WIDTH, box.getShell().getClientArea().width - others);
        return Math.min(room, label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
    }

    /** The running work's line; null when the workbench runs without a progress provider. */
    public JobsLine jobs() {
        return jobs;
    }

    /** The link to the problems, for a look at where it is. */
    public Link problemsLink() {
        return problemsLink;
    }

    /** The problems link's text, empty when there is none. */
    public String problemsText() {
        return problemsLink.getText();
    }

    @PreDestroy
    void stop() {
        stopListening.run();
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(StoreEvents.SNAPSHOT) StoreSnapshot snapshot) {
        if (label != null && !label.isDisposed()) {
            show(snapshot);
        }
    }

    /** A language chosen in Preferences and applied at once: the line is written again in it. */
    @Inject
    @Optional
    void languageChanged(@UIEventTopic(ILocaleChangeService.LOCALE_CHANGE) Object locale) {
        if (label != null && !label.isDisposed()) {
            show(session.latest());
            showProblems();
        }
    }

    private void show(StoreSnapshot snapshot) {
        String text;
        if (snapshot == null) {
            text = Messages.Status_Opening;
        } else if (snapshot.isFailed()) {
            text = NLS.bind(Messages.Status_Failed, snapshot.error());
        } else {
            var summary = snapshot.summary();
            NumberFormat number = NumberFormat.getIntegerInstance();
            text = NLS.bind(Messages.Status_Ready, new Object[] { summary.folder(), summary.schemaVersion(),
                    number.format(summary.count(RecordKind.SKU)), number.format(summary.count(RecordKind.SALES_LINE)) });
            var workspace = session.workspace();
            if (workspace != null && workspace.isDemo()) {
                text = NLS.bind(Messages.Status_Demo, text);
            }
        }
        if (!text.equals(label.getText())) { // the window is laid out again only for a new text
            label.setText(text);
            label.setToolTipText(text);
            fit();
        }
    }

    /**
     * E4's trim bar layout keeps each control's last size: size the line anew, the store's text cut to what the window
     * leaves, then lay out again only the composites between the line and the window.
     */
    private void fit() {
        ((GridData) label.getLayoutData()).widthHint = textWidth();
        box.pack(true);
        box.layout(true); // its width may not change (the text takes what the link leaves): place its parts anew
        box.getShell().layout(new Control[] { box });
    }

    public String text() {
        return label.getText();
    }
}
