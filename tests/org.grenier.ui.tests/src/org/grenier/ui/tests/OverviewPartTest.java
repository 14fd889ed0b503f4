package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.openSession;
import static org.grenier.ui.tests.Workbench.screenshot;
import static org.grenier.ui.tests.Workbench.show;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.forecast.RunRecord;
import org.grenier.core.model.Measure;
import org.grenier.core.planning.ItemKpis;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.Recommendation;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;
import org.grenier.core.store.Store;
import org.grenier.ui.parts.OverviewPart;
import org.grenier.ui.planning.PlanningSession;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.Test;

/** The overview on the demo store: each card tells what the store, the alerts, the plan and the forecasts say. */
class OverviewPartTest {

    @Test
    void tellsWhatComesUpAndLeadsIntoEachPart() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = openSession(display, window);
        Store store = session.store();
        OverviewPart overview = assertInstanceOf(OverviewPart.class, show(window, OverviewPart.ID));
        long products = store.summary().orElseThrow().count(org.grenier.core.store.RecordKind.SKU);
        waitForCard(display, overview, 0, l -> l.get(0).startsWith(products
                + " products"), "the store's products counted");

        Workbench.importCsv(session, "Stock snapshot", "date;article;cellule;quantite\n" + LocalDate.now()
                .minusDays(1) + ";BLE-T1;VAL-S1;800\n");
        session.refresh(); // as the import Job does: the new snapshot's event makes the overview read again
        waitForCard(display, overview, 0, l -> l.get(1).startsWith("Last import: import")
                && l.get(1).endsWith("1 accepted, 0 refused"), "the last import named with its counts");

        store.sensors().raise(new Alert(0, "VAL-S1", "T-07", Measure.TEMPERATURE, AlertKind.TOO_HIGH,
                Instant.now(), 31.5, "31.5 °C above the 25 °C limit", Optional.empty())).orElseThrow();
        long open = store.sensors().alerts(true, 100).orElseThrow().size();
        overview.read();
        waitForCard(display, overview, 1, l -> l.get(0).startsWith(open
                + (open == 1 ? " open alert," : " open alerts,")) && l.get(1).startsWith("VAL-S1 · 31.5 °C above the 25 °C limit"),
                "the open alerts counted, the newest first");

        PlanningSession planning = window.getContext().get(PlanningSession.class);
        planning.plan(List.of(), PlanningSession.Settings.DEFAULTS);
        PlanningSession.Planned planned = waitFor(display, () -> Optional.ofNullable(planning.latest())
                .filter(p -> !planning.isRunning()), "the baseline planned");
        PlanReport baseline = planned.reports().get(0);
        long now = baseline.recommendations().stream().filter(Recommendation::orderNow).count();
        List<String> plan = waitForCard(display, overview, 2, l -> l.get(0)
                .startsWith("Baseline, over " + planned.settings().horizonDays() + " days"), "the plan's card");
        assertEquals(now == 0 ? "No order to place now." : now + (now == 1 ? " order" : " orders") + " to place now, worth", now == 0
                ? plan.get(1) : plan.get(1).substring(0, plan.get(1).indexOf(',') + 7));
        Optional<ItemKpis> shortest = baseline.simulation().items().stream().filter(i -> i.stockoutDays() >= 0.5)
                .max(Comparator.comparingDouble(ItemKpis::stockoutDays));
        assertTrue(shortest.map(i -> plan.get(2).startsWith("Stock-outs expected: " + i.sku() + " ("))
                .orElse(plan.get(2).equals("No stock-out expected over the horizon.")), plan.get(2));
        List<String> drawn = waitFor(display, () -> Optional.of(overview.outlook().categories()).filter(c -> !c
                .isEmpty()), "the plan's stock-outs drawn under the cards");
        assertTrue(overview.outlook().isVisible(), "the chart shown once there is a plan");
        shortest.ifPresent(i -> assertEquals(i.sku(), drawn.get(0), "the product out of stock longest first"));

        List<RunRecord> active = store.forecasts().records().orElseThrow().stream().filter(RunRecord::active).toList();
        List<String> forecasts = card(overview, 3);
        assertTrue(active.isEmpty() ? forecasts.get(0).equals("No forecast yet: train one in Forecasts.")
                : forecasts.get(0).startsWith(products(active.stream().map(RunRecord::series).distinct().count())
                        + " forecast;"), forecasts.get(0));
        screenshot(main, "overview.png");

        overview.open("org.grenier.ui.part.orders");
        EModelService models = window.getContext().get(EModelService.class);
        assertEquals("org.grenier.app.perspective.planning", models.getActivePerspective(window).getElementId(),
                "the Orders link opens the Planning perspective");
        assertEquals("org.grenier.ui.part.orders", window.getContext().get(EPartService.class).getActivePart()
                .getElementId(), "with Orders in front");
        show(window, OverviewPart.ID);
    }

    /** Waits for the card to read as expected; on a timeout, says what it read instead. */
    private static List<String> waitForCard(Display display, OverviewPart overview, int index,
            java.util.function.Predicate<List<String>> expected, String what) {
        try {
            return waitFor(display, () -> Optional.of(card(overview, index)).filter(expected), what);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the card reads " + card(overview, index), e);
        }
    }

    private static String products(long count) {
        return count + (count == 1 ? " product" : " products");
    }

    private static List<String> card(OverviewPart overview, int index) {
        return overview.texts().get(index);
    }
}
