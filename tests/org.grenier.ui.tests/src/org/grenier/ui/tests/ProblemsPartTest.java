package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.ui.Messages;
import org.grenier.ui.parts.StatusLine;
import org.grenier.ui.problems.ProblemLog;
import org.grenier.ui.problems.ProblemsPart;
import org.junit.jupiter.api.Test;

/**
 * Work that goes wrong in the background lands in the Problems part with a readable message and its details, and
 * the status line links to it; cancelled and successful work does not.
 */
class ProblemsPartTest {

    @Test
    void aFailedJobIsListedWithItsMessageAndDetailsAndTheStatusLineLinksToIt() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        IEclipseContext context = window.getContext();
        ProblemLog log = context.get(ProblemLog.class);
        log.clear();

        String message = "ventes.csv, line 3, column 4: \u00ab douze \u00bb is not a quantity";
        run("Importing ventes.csv", Status.error(message, new IllegalArgumentException("douze")));
        run("Training forecasts", Status.CANCEL_STATUS);
        run("Reading the store", Status.OK_STATUS);

        Workbench.run(context, "problems", Map.of());
        assertEquals(ProblemsPart.ID, context.get(EPartService.class).getActivePart().getElementId(),
                "Window > Problems brings the part forward");
        ProblemsPart part = waitFor(display, () -> Optional.ofNullable(context.get(EPartService.class)
                .getActivePart().getObject()).filter(ProblemsPart.class::isInstance).map(ProblemsPart.class::cast),
                "the Problems part drawn");
        // other tests' parts may still be at work in this shared workbench: only this test's jobs are looked at
        Table table = waitFor(display, () -> Optional.of(part.table().table()).filter(t -> mine(t).count() == 1),
                "the failed import listed, and not the cancelled or successful work");
        TableItem failed = mine(table).findFirst().orElseThrow();
        assertEquals(Messages.Problems_Error, failed.getText(1));
        assertEquals("Importing ventes.csv", failed.getText(2));
        assertEquals(message, failed.getText(3));
        table.setSelection(failed);
        table.notifyListeners(SWT.Selection, new Event());
        assertTrue(part.details().getText().contains("java.lang.IllegalArgumentException: douze"),
                "the details carry the stack trace: " + part.details().getText());

        StatusLine status = Workbench.statusLine(window);
        waitFor(display, () -> Optional.of(status.problemsText())
                .filter(t -> t.equals("<a>" + problems(log.problems().size()) + "</a>")),
                "the status line linking to the problems");
        assertTrue(Workbench.wholeInWindow(status.problemsLink()), "the link shows whole, beside the store's text");
        Workbench.screenshot(main, "problems.png");

        Workbench.find(table.getParent().getParent(), Button.class,
                b -> b.getText().equals(Messages.Problems_Clear)).orElseThrow().notifyListeners(SWT.Selection,
                        new Event());
        waitFor(display, () -> Optional.of(table).filter(t -> t.getItemCount() == log.problems().size()
                && mine(t).count() == 0 && status.problemsText().equals(log.problems().isEmpty() ? ""
                        : "<a>" + problems(log.problems().size()) + "</a>")),
                "the list cleared, and the link with it");
    }

    private static String problems(int count) {
        return count + (count == 1 ? " problem" : " problems");
    }

    private static java.util.stream.Stream<TableItem> mine(Table table) {
        return java.util.Arrays.stream(table.getItems()).filter(item -> Set.of("Importing ventes.csv",
                "Training forecasts", "Reading the store").contains(item.getText(2)));
    }

    private static void run(String name, org.eclipse.core.runtime.IStatus result) throws InterruptedException {
        Job job = Job.create(name, monitor -> result);
        job.setSystem(true);
        job.schedule();
        job.join();
    }
}
