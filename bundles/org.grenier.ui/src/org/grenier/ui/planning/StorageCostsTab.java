package org.grenier.ui.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.StorageCostReport;
import org.grenier.core.planning.UnitCosts;
import org.grenier.ui.Messages;
import org.grenier.ui.preferences.Units;
import org.grenier.ui.SortableTable;
import org.grenier.ui.SortableTable.Column;

/**
 * The money in each storage unit under one scenario of the run: stock valued FIFO and at weighted average, the
 * holding cost over the horizon split by the cost factors, the spoilage expected and the value at risk where grain
 * will not keep to the horizon's end. Units with value at risk are shaded; the totals and the notes are below.
 */
final class StorageCostsTab {

    private final Combo scenario;
    private final SortableTable<UnitCosts> table;
    private final Label summary;
    private List<PlanReport> reports = List.of();
    private Map<String, StorageCostReport> costs = Map.of();

    StorageCostsTab(Composite page) {
        Composite bar = new Composite(page, SWT.NONE);
        bar.setLayout(new GridLayout(2, false));
        new Label(bar, SWT.NONE).setText(Messages.Costs_Scenario);
        scenario = new Combo(bar, SWT.READ_ONLY);
        scenario.setLayoutData(new GridData(180, SWT.DEFAULT));
        scenario.addListener(SWT.Selection, event -> showSelected());
        table = new SortableTable<>(page, SWT.SINGLE, columns());
        table.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Color atRisk = new Color(0xFF, 0xF1, 0xC8);
        table.setStyler((unit, item) -> {
            if (unit.valueAtRisk() > 0) {
                item.setBackground(atRisk);
                item.setForeground(item.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            }
        });
        summary = new Label(page, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        headings(Units.saved());
    }

    SortableTable<UnitCosts> table() {
        return table;
    }

    Combo scenario() {
        return scenario;
    }

    Label summary() {
        return summary;
    }

    void show(List<PlanReport> shown, Map<String, StorageCostReport> analysed) {
        reports = List.copyOf(shown);
        costs = Map.copyOf(analysed);
        PlanLabels.chooseAmong(scenario, reports);
        showSelected();
    }

    private void showSelected() {
        Units units = Units.saved();
        headings(units);
        StorageCostReport report = scenario.getSelectionIndex() < 0 ? null : costs.get(scenario.getText());
        if (report == null) {
            table.show(List.of());
            summary.setText(reports.isEmpty() ? "" : Messages.Costs_None);
            return;
        }
        table.show(report.units());
        UnitCosts total = report.total();
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.Costs_Total, new Object[] { units.amount(total.fifoValue()),
                units.amount(total.averageValue()), units.amount(total.holding()), report.horizonDays(),
                units.amount(total.valueAtRisk()) }));
        lines.add(NLS.bind(Messages.Costs_Factors, new Object[] { PlanLabels.percent(report.factors().storage()),
                PlanLabels.percent(report.factors().handling()), PlanLabels.percent(report.factors().maintenance()) }));
        lines.addAll(PlanNotes.lines(report.notes()));
        summary.setText(String.join("\n", lines));
        summary.getParent().layout();
    }

    /** Names the currency in each amount's heading (it may have changed since the table was made). */
    private void headings(Units units) {
        List<Column<UnitCosts>> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            String title = columns.get(i).title();
            boolean amount = !title.equals(Messages.Costs_Unit) && !title.equals(Messages.Costs_DaysLeft);
            table.table().getColumn(i).setText(amount ? units.moneyHeading(title) : title);
        }
    }

    private static List<Column<UnitCosts>> columns() {
        List<Column<UnitCosts>> columns = new ArrayList<>();
        columns.add(new Column<>(Messages.Costs_Unit, SWT.LEFT, UnitCosts::storageUnit,
                Comparator.comparing(UnitCosts::storageUnit)));
        columns.add(money(Messages.Costs_Fifo, UnitCosts::fifoValue));
        columns.add(money(Messages.Costs_Average, UnitCosts::averageValue));
        // what is in danger before what it costs to keep: the split of holding is the least read
        columns.add(money(Messages.Costs_AtRisk, UnitCosts::valueAtRisk));
        columns.add(new Column<>(Messages.Costs_DaysLeft, SWT.RIGHT, unit -> Double.isFinite(unit.daysLeft())
                ? PlanLabels.number(unit.daysLeft(), 0) : "", Comparator.comparingDouble(UnitCosts::daysLeft)));
        columns.add(money(Messages.Costs_Spoilage, UnitCosts::expectedSpoilage));
        columns.add(money(Messages.Costs_Holding, UnitCosts::holding));
        columns.add(money(Messages.Costs_Storage, UnitCosts::storage));
        columns.add(money(Messages.Costs_Handling, UnitCosts::handling));
        columns.add(money(Messages.Costs_Maintenance, UnitCosts::maintenance));
        return columns;
    }

    private static Column<UnitCosts> money(String title, ToDoubleFunction<UnitCosts> value) {
        return new Column<>(title, SWT.RIGHT, unit -> PlanLabels.number(value.applyAsDouble(unit), 0),
                Comparator.comparingDouble(value));
    }
}
