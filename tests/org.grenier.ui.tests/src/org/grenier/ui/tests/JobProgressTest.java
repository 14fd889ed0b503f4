package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.openSession;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.imports.Importer;
import org.grenier.core.store.RecordKind;
import org.grenier.testsupport.OsgiServices;
import org.grenier.ui.Messages;
import org.grenier.ui.imports.ImportJob;
import org.grenier.ui.jobs.JobProgress;
import org.grenier.ui.jobs.ProgressPart;
import org.grenier.ui.jobs.ProgressRow;
import org.grenier.ui.parts.JobsLine;
import org.grenier.ui.parts.StorePart;
import org.grenier.ui.problems.Problem;
import org.grenier.ui.problems.ProblemLog;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.Test;

/**
 * Long work shows in the status line while it runs, with how far it has got and a Cancel button that stops it, and
 * all of it in the Progress part, each with its own Cancel; an import that fails lands in the Problems part with what
 * went wrong.
 */
class JobProgressTest {

    /** Enough rows that the import is still running when the test presses Cancel, on a fast day too. */
    private static final int ROWS = 1_000_000;

    @Test
    void anImportShowsItsProgressInTheStatusLineAndCancelLeavesTheStoreAsItWas() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = openSession(display, window);
        long before = session.store().summary().orElseThrow().count(RecordKind.SALES_LINE);
        Path file = ResponsivenessTest.salesFile(ROWS);
        try {
            AtomicReference<IStatus> ended = new AtomicReference<>();
            ImportJob job = new ImportJob(session, OsgiServices.get(Importer.class), List.of(file), null,
                    results -> { });
            job.addJobChangeListener(ending(ended));
            JobsLine jobs = Workbench.statusLine(window).jobs();
            job.schedule();
            String importing = NLS.bind(Messages.ImportJob_File, file.getFileName()) + " \u2014 ";
            // the earliest running Job is shown: another test's work may still be ending
            waitFor(display, () -> Optional.of(jobs).filter(line -> line.isShown() && line.barSelection() > 0
                    && line.text().startsWith(importing)), "the file and how far its import has got");
            assertTrue(Workbench.wholeInWindow(jobs.cancelButton()), "Cancel shows whole, inside the window");
            Workbench.screenshot(main, "progress.png");
            jobs.cancelButton().notifyListeners(SWT.Selection, new Event());
            IStatus result = waitFor(display, () -> Optional.ofNullable(ended.get()), "the import stopped");
            assertEquals(IStatus.CANCEL, result.getSeverity(), result.toString());
            waitFor(display, () -> Optional.of(jobs).filter(line -> !line.isShown()), "the progress gone");
            assertEquals(before, session.store().summary().orElseThrow().count(RecordKind.SALES_LINE),
                    "nothing of the cancelled import");
        } finally {
            Workbench.deleteImported(file);
        }
    }

    /**
     * A click on the status line's task opens the Progress part, which lists every Job running with its own bar and
     * Cancel: cancelling one leaves the other running; both are then listed as ended, cancelled.
     */
    @Test
    void theProgressPartListsEveryJobRunningAndCancelsEachOnItsOwn() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = openSession(display, window);
        JobProgress progress = window.getContext().get(JobProgress.class);
        Path file = ResponsivenessTest.salesFile(ROWS);
        AtomicReference<IStatus> importEnded = new AtomicReference<>();
        AtomicReference<IStatus> countEnded = new AtomicReference<>();
        ImportJob imports = new ImportJob(session, OsgiServices.get(Importer.class), List.of(file), null,
                results -> { });
        imports.addJobChangeListener(ending(importEnded));
        Job count = countingJob();
        count.addJobChangeListener(ending(countEnded));
        try {
            JobsLine jobs = Workbench.statusLine(window).jobs();
            imports.schedule();
            count.schedule();
            waitFor(display, () -> Optional.of(progress.running()).filter(r -> r.size() == 2), "both Jobs running");
            waitFor(display, () -> Optional.of(jobs).filter(JobsLine::isShown), "the status line's progress");
            jobs.taskLabel().notifyListeners(SWT.MouseUp, new Event());
            ProgressPart part = waitFor(display, () -> Optional.ofNullable(partShown(window)), "the Progress part");
            List<ProgressRow> rows = waitFor(display, () -> Optional.of(part.rows()).filter(r -> r.size() == 2
                    && r.stream().allMatch(row -> row.barSelection() > 0)), "a row for each Job, each moving");
            ProgressRow counting = rows.stream().filter(row -> row.text().startsWith("Counting sacks")).findFirst()
                    .orElseThrow(() -> new AssertionError(rows.stream().map(ProgressRow::text).toList()));
            assertTrue(rows.stream().anyMatch(row -> row.text().startsWith(NLS.bind(Messages.ImportJob_File,
                    file.getFileName()))), rows.stream().map(ProgressRow::text).toList().toString());
            // GTK lays a part out in the event loop once it is shown
            waitFor(display, () -> Optional.of(rows).filter(r -> r.stream().allMatch(row -> Workbench.wholeInWindow(
                    row.cancelButton()))), "each Cancel shown whole");
            Workbench.screenshot(main, "progress-view.png");

            counting.cancelButton().notifyListeners(SWT.Selection, new Event());
            assertEquals(IStatus.CANCEL, waitFor(display, () -> Optional.ofNullable(countEnded.get()),
                    "the counting stopped").getSeverity());
            ProgressRow importing = waitFor(display, () -> Optional.of(part.rows()).filter(r -> r.size() == 1)
                    .map(r -> r.get(0)), "the import alone running");
            assertNull(importEnded.get(), "the import runs on");
            importing.cancelButton().notifyListeners(SWT.Selection, new Event());
            assertEquals(IStatus.CANCEL, waitFor(display, () -> Optional.ofNullable(importEnded.get()),
                    "the import stopped").getSeverity());
            waitFor(display, () -> Optional.of(part.finished().rows()).filter(r -> r.size() >= 2
                    && r.get(0).cancelled() && r.get(1).cancelled()), "both listed as ended, cancelled");
            assertEquals(Messages.Progress_Cancelled, part.finished().table().getItem(0).getText(1));
        } finally {
            count.cancel();
            imports.cancel();
            imports.join();
            Workbench.deleteImported(file);
            Workbench.show(window, StorePart.ID);
        }
    }

    /** A user Job of a thousand steps of 30 ms, as long work that knows how far it has got. */
    private static Job countingJob() {
        Job count = Job.create("Counting sacks", monitor -> {
            monitor.beginTask("Counting sacks", 1000);
            for (int i = 0; i < 1000 && !monitor.isCanceled(); i++) {
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                }
                monitor.worked(1);
            }
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        count.setUser(true);
        return count;
    }

    private static ProgressPart partShown(MWindow window) {
        EPartService parts = window.getContext().get(EPartService.class);
        MPart part = parts.findPart(ProgressPart.ID);
        return part != null && parts.isPartVisible(part) && part.getObject() instanceof ProgressPart shown ? shown
                : null;
    }

    @Test
    void anImportThatFailsIsListedInProblems() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = openSession(display, window);
        ProblemLog log = window.getContext().get(ProblemLog.class);
        Path file = Files.createTempFile("photo-", ".csv");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Files.write(file, binary);
        try {
            new ImportJob(session, OsgiServices.get(Importer.class), List.of(file), null, results -> { }).schedule();
            Problem problem = waitFor(display, () -> log.problems().stream()
                    .filter(p -> p.message().contains(file.getFileName().toString())).findFirst(),
                    "the failed import in Problems");
            assertEquals(IStatus.ERROR, problem.severity());
            assertTrue(problem.message().contains("not a text file"), problem.message());
        } finally {
            Workbench.deleteImported(file);
        }
    }

    private static JobChangeAdapter ending(AtomicReference<IStatus> ended) {
        return new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ended.set(event.getResult());
            }
        };
    }
}
