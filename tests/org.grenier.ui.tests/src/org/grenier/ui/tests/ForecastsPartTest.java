package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.press;
import static org.grenier.ui.tests.Workbench.screenshot;
import static org.grenier.ui.tests.Workbench.show;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.grenier.core.demo.DemoDataset;
import org.grenier.ui.forecasts.ForecastsPart;
import org.grenier.ui.parts.StorePart;
import org.grenier.ui.problems.Problem;
import org.grenier.ui.problems.ProblemLog;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.Test;

/**
 * The Forecasts part in the real workbench on the demo store: a product is trained by the Retrain Job, its forecast
 * drawn with both interval bands, every candidate's backtest listed with the kept one starred, the runs listed, an
 * older run restored, and the drift list filled.
 */
class ForecastsPartTest {

    @Test
    void trainsAProductShowsItsForecastAndRestoresAnOlderRun() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = Workbench.openSession(display, window);
        try {
            ForecastsPart part = assertInstanceOf(ForecastsPart.class, show(window, ForecastsPart.ID));
            int products = DemoDataset.workspace().skus().size();
            waitFor(display, () -> Optional.of(part.product()).filter(c -> c.getItemCount() == products),
                    "the products sold listed");
            waitFor(display, () -> Optional.of(part.chart()).filter(c -> c.seriesCount() >= 1), "the sales drawn");
            String product = part.product().getText();
            int before = part.runs().getItemCount();

            press(main, "Retrain");
            waitFor(display, () -> Optional.of(part.runs()).filter(t -> t.getItemCount() == before + 1),
                    "the new run listed");
            waitFor(display, () -> Optional.of(part.chart()).filter(c -> c.seriesCount() == 3),
                    "history, 95 % and 80 % bands drawn");
            assertEquals(product, part.product().getText());
            assertEquals(5, part.candidates().getItemCount(), "auto, ets, arima, theta and snaive backtested");
            assertEquals(1, starred(part.candidates()), "the kept candidate is starred");
            assertTrue(part.model().getText().contains("chosen for the lowest backtest error (MASE "), part.model().getText());
            assertTrue(part.model().getText().contains("Served in"), "served and timed: " + part.model().getText());
            waitFor(display, () -> Optional.of(part.drift()).filter(t -> t.getItemCount() >= 1), "the drift list");

            press(main, "Retrain");
            waitFor(display, () -> Optional.of(part.runs()).filter(t -> t.getItemCount() == before + 2),
                    "a second run listed");
            assertTrue(part.runs().getItem(0).getText(0).startsWith("\u2605"), "the newest run is active");
            part.runs().select(1);
            part.runs().notifyListeners(SWT.Selection, new Event());
            press(main, "Make this version active");
            waitFor(display, () -> Optional.of(part.runs()).filter(t -> t.getItem(1).getText(0).startsWith("\u2605")),
                    "the older run active again");
            assertEquals(1, starred(part.runs()));
            // restoring forgets the cached forecast: the caption shows the restored version, not the one cached
            waitFor(display, () -> Optional.of(part.model()).filter(m -> m.getText().contains("(version " + (before + 1)
                    + ")")), "the restored version served");
            screenshot(main, "forecasts.png");
        } finally {
            show(window, StorePart.ID);
        }
    }

    /**
     * A product that cannot be trained (its only sale is in the week under way) is reported in Problems by the
     * training Job itself, as an error with the product and the reason.
     */
    @Test
    void aProductThatCannotBeTrainedIsReportedInProblems() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = Workbench.openSession(display, window);
        ProblemLog log = window.getContext().get(ProblemLog.class);
        long batch = Workbench.importCsv(session, "Generic sales lines", "date;article;quantite\n" + LocalDate.now()
                + ";NOUVEAU-1;3\n").batchId();
        try {
            session.refresh();
            ForecastsPart part = assertInstanceOf(ForecastsPart.class, show(window, ForecastsPart.ID));
            Combo product = waitFor(display, () -> Optional.of(part.product())
                    .filter(c -> c.indexOf("NOUVEAU-1") >= 0), "the new product listed");
            product.select(product.indexOf("NOUVEAU-1"));
            product.notifyListeners(SWT.Selection, new Event());
            press(main, "Retrain");
            Problem problem = waitFor(display, () -> log.problems().stream()
                    .filter(p -> p.message().contains("NOUVEAU-1")).findFirst(), "the failure in Problems");
            assertEquals(IStatus.ERROR, problem.severity());
            assertTrue(problem.message().contains("period under way"), problem.message());
            assertTrue(problem.work().startsWith("Training forecasts of 1 product"), problem.work());
        } finally {
            session.store().imports().undo(batch).orElseThrow();
            session.refresh();
            show(window, StorePart.ID);
        }
    }

    /**
     * A training of every product cancelled as it starts ends as cancelled, and the products it left untrained are
     * no failure: nothing of it lands in Problems.
     */
    @Test
    void aTrainingCancelledEndsCancelledAndLeavesProblemsAlone() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        Workbench.openSession(display, window);
        ProblemLog log = window.getContext().get(ProblemLog.class);
        int problems = log.problems().size();
        java.util.concurrent.atomic.AtomicReference<org.eclipse.core.runtime.IStatus> ended =
                new java.util.concurrent.atomic.AtomicReference<>();
        org.eclipse.core.runtime.jobs.IJobChangeListener cancelAtStart = new org.eclipse.core.runtime.jobs
                .JobChangeAdapter() {
            @Override
            public void running(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (event.getJob().getName().startsWith("Training forecasts of ")) {
                    event.getJob().cancel();
                }
            }

            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (event.getJob().getName().startsWith("Training forecasts of ")) {
                    ended.set(event.getResult());
                }
            }
        };
        org.eclipse.core.runtime.jobs.Job.getJobManager().addJobChangeListener(cancelAtStart);
        try {
            ForecastsPart part = assertInstanceOf(ForecastsPart.class, show(window, ForecastsPart.ID));
            waitFor(display, () -> Optional.of(part.product()).filter(c -> c.getItemCount() > 1), "the products");
            press(main, "Retrain all products");
            IStatus result = waitFor(display, () -> Optional.ofNullable(ended.get()), "the training ended");
            assertEquals(IStatus.CANCEL, result.getSeverity(), result.toString());
            assertEquals(problems, log.problems().size(), "nothing in Problems: " + log.problems());
        } finally {
            org.eclipse.core.runtime.jobs.Job.getJobManager().removeJobChangeListener(cancelAtStart);
            show(window, StorePart.ID);
        }
    }

    private static int starred(Table table) {
        int count = 0;
        for (int i = 0; i < table.getItemCount(); i++) {
            count += table.getItem(i).getText(0).startsWith("\u2605") ? 1 : 0;
        }
        return count;
    }
}
