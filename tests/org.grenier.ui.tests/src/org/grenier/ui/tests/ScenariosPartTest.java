package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.screenshot;
import static org.grenier.ui.tests.Workbench.show;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.core.planning.Recommendation;
import org.grenier.core.planning.UnitCosts;
import org.grenier.ui.parts.StorePart;
import org.grenier.ui.planning.PlanningSession;
import org.grenier.ui.planning.RecommendationsPart;
import org.grenier.ui.planning.ScenariosPart;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.Test;

/**
 * The Scenarios and Orders parts in the real workbench on the demo store: a scenario made, edited (a mistake shown
 * and nothing saved), its draft deleted; the baseline and the scenario planned as a Job; their KPIs side by side,
 * the fan of stock value and the costs drawn; then the orders sorted and exported, and a long run cancelled.
 */
class ScenariosPartTest {

    private static final String DOUBLED = """
            {"name": "Demand x2", "description": "twice the demand on everything",
             "changes": [{"kind": "demand", "scope": "*", "factor": 2}]}""";

    @Test
    void comparesAScenarioWithTheBaselineAndListsItsOrders() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = Workbench.openSession(display, window);
        countAndOpenOrder(session);
        try {
            ScenariosPart part = assertInstanceOf(ScenariosPart.class, show(window, ScenariosPart.ID));
            editScenarios(display, part);
            planned(display, window, part);
            screenshot(main, "scenario-comparison.png");
            part.showTab(1);
            waitFor(display, () -> Optional.of(part.fan()).filter(c -> c.seriesCount() == 3),
                    "the baseline's two bands and the scenario's median drawn");
            screenshot(main, "scenario-fan.png");
            part.showTab(2);
            assertEquals(List.of("Baseline", "Demand x2"), part.costs().categories());
            assertEquals(4, part.costs().seriesCount(), "holding, ordering, lost margin, spoilage");
            screenshot(main, "scenario-costs.png");
            storageCosts(part);
            screenshot(main, "storage-costs.png");
            part.showTab(0);
            orders(display, window, main);
            cancelled(display, window, part);
        } finally {
            show(window, StorePart.ID);
        }
    }

    /**
     * The money in each storage unit, with the cost split typed before the run (French decimals): the wheat silo holds
     * the counted wheat, and its holding cost splits half, a quarter and a quarter.
     */
    private static void storageCosts(ScenariosPart part) {
        part.showTab(3);
        List<UnitCosts> units = part.storageCosts().rows();
        UnitCosts silo = units.stream().filter(u -> u.storageUnit().equals("VAL-S1")).findFirst()
                .orElseThrow(() -> new AssertionError("no VAL-S1 in " + units));
        assertTrue(silo.fifoValue() > 0 && silo.holding() > 0, silo.toString());
        assertEquals(0.5 * silo.holding(), silo.storage(), 1e-6);
        assertEquals(0.25 * silo.holding(), silo.handling(), 1e-6);
        assertEquals(units.size(), part.storageCosts().table().getItemCount());
        assertTrue(part.storageCostsSummary().getText().contains("50"), part.storageCostsSummary().getText());
    }

    /**
     * What an analyst brings before planning, through the import profiles, on top of the demo's counts and supply
     * terms: yesterday's stock count (the wheat as the Storage risk test counts it), newer than the demo's, and an
     * open order of wheat due in five days.
     */
    private static void countAndOpenOrder(StoreSession session) throws IOException {
        String day = LocalDate.now().minusDays(1).toString();
        Workbench.importCsv(session, "Stock snapshot", "date;article;cellule;quantite\n" + day + ";BLE-T1;VAL-S1;800\n"
                + day + ";ORGE-B;VAL-S2;300\n" + day + ";MAIS-G;VAL-S2;250\n" + day + ";POM-GALA;VAL-CF1;900\n" + day
                + ";POM-TERRE;VAL-CF1;1500\n" + day + ";CAROTTE;VAL-CF1;400\n" + day + ";FROM-COMTE;VAL-CF1;120\n"
                + day + ";LAIT-CRU;VAL-CF1;150\n");
        Workbench.importCsv(session, "Stock movements", "date;article;emplacement;quantite\n"
                + LocalDate.now().plusDays(5) + ";BLE-T1;VAL-S1;250\n");
    }

    private static void editScenarios(Display display, ScenariosPart part) {
        Table list = waitFor(display, () -> Optional.of(part.scenarios()).filter(t -> t.getItemCount() >= 1),
                "the scenarios listed");
        int before = list.getItemCount();
        part.newScenario();
        waitFor(display, () -> Optional.of(list).filter(t -> t.getItemCount() == before + 1), "a new scenario saved");
        assertTrue(part.json().getText().contains("\"demand\""), "the new scenario shows a change to edit");
        String draft = list.getItem(list.getSelectionIndex()).getText(0);
        part.json().setText(DOUBLED.replace("2}]", "\"lots\"}]"));
        part.save();
        assertTrue(part.problem().getText().contains("change 1") && part.problem().getText().contains("factor"),
                part.problem().getText());
        part.json().setText(DOUBLED);
        part.save();
        waitFor(display, () -> Optional.of(list).filter(t -> names(t).contains("Demand x2")), "the edit saved");
        part.delete(draft);
        waitFor(display, () -> Optional.of(list).filter(t -> !names(t).contains(draft)), "the draft deleted");
        assertEquals(before + 1, list.getItemCount());
        part.tick("Demand x2", true);
    }

    private static void planned(Display display, MWindow window, ScenariosPart part) throws ParseException {
        part.paths().setSelection(300);
        part.factors().setText("0,5;0,25;0,25");
        assertTrue(part.run(), "the run started");
        // the KPI column, one per scenario, and the empty one that takes the rest of the width
        Table kpis = waitFor(display, () -> Optional.of(part.comparison()).filter(t -> t.getColumnCount() == 4),
                "the baseline and the scenario compared");
        assertEquals("Demand x2", kpis.getColumn(2).getText());
        TableItem demand = row(kpis, "Demand (units)");
        double ratio = number(demand.getText(2)) / number(demand.getText(1));
        assertTrue(ratio > 1.9 && ratio < 2.1, "twice the demand simulated: " + demand.getText(1) + " then "
                + demand.getText(2));
        assertTrue(demand.getText(2).matches("\\d{1,3}(,\\d{3})+"), "thousands grouped, as money is: "
                + demand.getText(2));
        TableItem now = row(kpis, org.grenier.ui.preferences.Units.saved().moneyHeading("Value to order now"));
        // policies designed for twice the demand order more, sooner
        assertTrue(number(now.getText(2)) >= number(now.getText(1)), now.getText(1) + " vs " + now.getText(2));
        TableItem fill = row(kpis, "Fill rate %");
        assertTrue(number(fill.getText(1)) > 50 && number(fill.getText(2)) > 50, "service held in both");
        assertTrue(part.status().getText().startsWith("2 scenarios planned"), part.status().getText());
        assertNotNull(window.getContext().get(PlanningSession.class).latest());
    }

    private static void orders(Display display, MWindow window, Shell main) throws Exception {
        RecommendationsPart orders = assertInstanceOf(RecommendationsPart.class, show(window,
                RecommendationsPart.ID));
        assertEquals(List.of("Baseline", "Demand x2"), Arrays.asList(orders.scenario().getItems()));
        Table table = orders.orders().table();
        assertEquals(org.grenier.core.demo.DemoDataset.workspace().skus().size(), table.getItemCount(),
                "the baseline's orders listed, one per product");
        assertTrue(Arrays.stream(table.getItems()).anyMatch(item -> item.getText(0).equals("BLE-T1")
                && item.getText(1).equals("VAL-S1")), "each product in the storage unit of its terms");
        Recommendation wheat = orders.orders().rows().stream().filter(r -> r.sku().equals("BLE-T1")).findFirst()
                .orElseThrow();
        assertEquals(250, wheat.onOrder(), 1e-9, "the open order imported counts as on order");
        assertEquals(2, orders.cover().seriesCount(), "days of cover beside the reorder point, in days");
        assertTrue(orders.cover().categories().contains("BLE-T1"), orders.cover().categories().toString());
        assertEquals(orders.orders().rows().stream().filter(r -> r.policy().meanDaily() > 0 && Double.isFinite(r
                .daysOfCover())).map(Recommendation::sku).toList(), orders.cover().categories(),
                "a bar for each product with demand, in the plan's order");
        int valueColumn = Arrays.asList(table.getColumns()).stream().map(c -> c.getText()).toList()
                .indexOf(org.grenier.ui.preferences.Units.saved().moneyHeading("Value"));
        orders.orders().sortBy(valueColumn, false);
        List<Recommendation> sorted = orders.orders().rows();
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i - 1).orderValue() >= sorted.get(i).orderValue(), "by value, largest first");
        }
        assertEquals(sorted.get(0).sku(), table.getItem(0).getText(0), "the table shows the sorted rows");
        Path file = Files.createTempFile("orders", ".csv");
        orders.exportTo(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(table.getItemCount() + 1, lines.size(), "a header and a line per row");
        assertTrue(lines.get(0).startsWith("\uFEFF\"Product\",\"Storage unit\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("\"" + table.getItem(0).getText(0) + "\""), lines.get(1));
        Files.delete(file);
        screenshot(main, "orders.png");
    }

    /** A long run cancelled leaves the last plan as it was. */
    private static void cancelled(Display display, MWindow window, ScenariosPart part) {
        show(window, ScenariosPart.ID);
        PlanningSession planning = window.getContext().get(PlanningSession.class);
        PlanningSession.Planned before = planning.latest();
        part.paths().setSelection(100_000);
        assertTrue(part.run(), "the long run started");
        assertTrue(planning.isRunning());
        planning.cancel();
        waitFor(display, () -> Optional.of(planning).filter(p -> !p.isRunning()), "the run cancelled");
        assertSame(before, planning.latest(), "a cancelled run keeps nothing");
        part.paths().setSelection(1000);
    }

    private static List<String> names(Table table) {
        return Arrays.stream(table.getItems()).map(item -> item.getText(0)).toList();
    }

    private static TableItem row(Table table, String label) {
        return Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    private static double number(String text) throws ParseException {
        return NumberFormat.getInstance(Locale.getDefault(Locale.Category.FORMAT)).parse(text.replace("\u202f", "")
                .replace("\u00a0", "")).doubleValue();
    }
}
