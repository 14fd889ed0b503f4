package org.grenier.ui.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.core.planning.CostBreakdown;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.ScenarioComparison;
import org.grenier.core.planning.ScenarioComparison.Row;
import org.grenier.core.planning.StockFan;
import org.grenier.core.planning.StorageCostReport;
import org.grenier.ui.Messages;
import org.grenier.ui.preferences.Units;
import org.grenier.ui.Tables;
import org.grenier.ui.charts.ChartCanvas;
import org.grenier.ui.charts.PlanningCharts;

/**
 * A planning run's scenarios side by side: the KPI table (a scenario's value green where it beats the baseline, red
 * where it is worse), the fan of stock value over the horizon, the cost of each scenario by component, and the money
 * in each storage unit.
 */
final class ScenarioResults {

    /** Differences smaller than this share of the baseline's value are not coloured: they are noise. */
    private static final double NOTICEABLE = 0.005;

    private final CTabFolder tabs;
    private final Table comparison;
    private final Combo fanOf;
    private final ChartCanvas fan;
    private final ChartCanvas costs;
    private final StorageCostsTab storageCosts;
    private List<PlanReport> reports = List.of();
    private Map<String, StorageCostReport> analysed = Map.of();

    ScenarioResults(Composite parent) {
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        tabs.setSimple(false);
        comparison = Tables.create(tab(Messages.Scenarios_Comparison), SWT.SINGLE);
        Composite fanTab = tab(Messages.Scenarios_StockValue);
        Composite bar = new Composite(fanTab, SWT.NONE);
        bar.setLayout(new GridLayout(2, false));
        new Label(bar, SWT.NONE).setText(Messages.Scenarios_FanOf);
        fanOf = new Combo(bar, SWT.READ_ONLY);
        fanOf.setLayoutData(new GridData(180, SWT.DEFAULT));
        fanOf.addListener(SWT.Selection, event -> drawFan());
        fan = chart(fanTab);
        costs = chart(tab(Messages.Scenarios_Costs));
        storageCosts = new StorageCostsTab(tab(Messages.Scenarios_StorageCosts));
        tabs.setSelection(0);
    }

    Composite control() {
        return tabs;
    }

    CTabFolder tabs() {
        return tabs;
    }

    Table comparison() {
        return comparison;
    }

    ChartCanvas fan() {
        return fan;
    }

    ChartCanvas costs() {
        return costs;
    }

    Combo fanOf() {
        return fanOf;
    }

    StorageCostsTab storageCosts() {
        return storageCosts;
    }

    /** Shows the same results again, in the units just chosen. */
    void redraw() {
        show(reports, analysed);
    }

    void show(List<PlanReport> shown, Map<String, StorageCostReport> storage) {
        reports = List.copyOf(shown);
        analysed = Map.copyOf(storage);
        fillComparison(ScenarioComparison.of(reports));
        PlanLabels.chooseAmong(fanOf, reports);
        drawFan();
        drawCosts();
        storageCosts.show(reports, analysed);
    }

    private void fillComparison(ScenarioComparison compared) {
        comparison.setRedraw(false);
        comparison.removeAll();
        for (TableColumn column : comparison.getColumns()) {
            column.dispose();
        }
        new TableColumn(comparison, SWT.LEFT).setText(Messages.Scenarios_Kpi);
        Units units = Units.saved();
        compared.scenarios()
                .forEach(name -> new TableColumn(comparison, SWT.RIGHT).setText(ScenarioNames.shown(name)));
        for (Row row : compared.rows()) {
            TableItem item = new TableItem(comparison, SWT.NONE);
            item.setText(0, PlanLabels.measure(row, units));
            for (int i = 0; i < compared.scenarios().size(); i++) {
                item.setText(i + 1, compared.text(row, i, PlanLabels.locale()));
                colour(item, i + 1, row, i);
            }
        }
        Tables.pack(comparison);
        // an empty last column takes the rest of the width, so the scenarios' columns stay next to their titles
        new TableColumn(comparison, SWT.LEFT);
        comparison.setRedraw(true);
    }

    private void colour(TableItem item, int column, Row row, int scenario) {
        int better = PlanLabels.better(row.measure());
        double base = row.value(0);
        double value = row.value(scenario);
        if (scenario == 0 || better == 0 || Double.isNaN(base) || Double.isNaN(value)
                || Math.abs(value - base) <= NOTICEABLE * Math.max(Math.abs(base), 1e-9)) {
            return;
        }
        boolean improves = (value > base) == (better > 0);
        item.setForeground(column, item.getDisplay().getSystemColor(improves ? SWT.COLOR_DARK_GREEN
                : SWT.COLOR_DARK_RED));
    }

    private void drawFan() {
        if (reports.isEmpty()) {
            fan.clear();
            return;
        }
        List<PlanningCharts.Fan> fans = new ArrayList<>();
        for (PlanReport report : reports) {
            StockFan f = report.simulation().fan();
            fans.add(new PlanningCharts.Fan(ScenarioNames.shown(report.scenario()), f.p05(), f.p25(), f.p50(),
                    f.p75(), f.p95()));
        }
        PlanningCharts.showStockFan(fan, Messages.Scenarios_FanTitle, Units.saved().moneyHeading(Messages.Scenarios_Value),
                reports.get(0).start(), fans, Math.max(0, fanOf.getSelectionIndex()),
                new PlanningCharts.FanLegend(Messages.Scenarios_Band90, Messages.Scenarios_Band50));
    }

    private void drawCosts() {
        if (reports.isEmpty()) {
            costs.clear();
            return;
        }
        double[][] values = new double[reports.size()][];
        for (int s = 0; s < reports.size(); s++) {
            CostBreakdown cost = reports.get(s).simulation().total().cost();
            values[s] = new double[] { cost.holding(), cost.ordering(), cost.shortage(), cost.spoilage() };
        }
        PlanningCharts.showCosts(costs, Messages.Scenarios_CostTitle, Units.saved().moneyHeading(Messages.Scenarios_Value),
                reports.stream().map(r -> ScenarioNames.shown(r.scenario())).toList(), PlanLabels.costComponents(),
                values);
    }

    private Composite tab(String title) {
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(page);
        return page;
    }

    private static ChartCanvas chart(Composite parent) {
        ChartCanvas canvas = new ChartCanvas(parent, SWT.NONE);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return canvas;
    }
}
