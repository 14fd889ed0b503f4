package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.openSession;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
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
import org.grenier.ui.parts.JobsLine;
import org.grenier.ui.problems.Problem;
import org.grenier.ui.problems.ProblemLog;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.Test;

/**
 * Long work shows in the status line while it runs, with how far it has got and a Cancel button that stops it; an
 * import that fails lands in the Problems part with what went wrong.
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
            waitFor(display, () -> Optional.of(jobs).filter(line -> line.isShown() && line.barSelection() > 0),
                    "the import's progress in the status line");
            assertTrue(jobs.text().startsWith(NLS.bind(Messages.ImportJob_File, file.getFileName()) + " \u2014 "),
                    "the file and how far its import has got: " + jobs.text());
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
