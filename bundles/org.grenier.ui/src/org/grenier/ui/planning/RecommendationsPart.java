package org.grenier.ui.planning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.Recommendation;
import org.grenier.ui.Messages;
import org.grenier.ui.preferences.Units;
import org.grenier.ui.UiThread;
import org.grenier.ui.SortableTable;
import org.grenier.ui.SortableTable.Column;
import org.grenier.ui.charts.BarCharts;
import org.grenier.ui.charts.ChartCanvas;

/**
 * The "Orders" part: what to order, when, how much and what it costs, product by product, for the baseline or any
 * scenario of the last planning run; the orders to place now first and highlighted. Sorted by any column, exported
 * as CSV as shown. Below, what the plan warns of and how full the lot sizes left each limit.
 */
public class RecommendationsPart {

    /** Enough bars to read; the products to order now come first in the plan, so they are always drawn. */
    private static final int MAX_BARS = 40;
    private static final double MIN_TOP_DAYS = 60;
    private static final double TOP_OVER_REORDER = 3;

    public static final String ID = "org.grenier.ui.part.orders";

    private final PlanningSession planning;
    private Combo scenario;
    private Button plan;
    private Button export;
    private Label summary;
    private SortableTable<Recommendation> orders;
    private Text notes;
    private ChartCanvas cover;
    private List<PlanReport> reports = List.of();

    @Inject
    public RecommendationsPart(PlanningSession planning) {
        this.planning = planning;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(5, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText(Messages.Plan_Scenario);
        scenario = new Combo(bar, SWT.READ_ONLY);
        scenario.setLayoutData(new GridData(180, SWT.DEFAULT));
        scenario.addListener(SWT.Selection, event -> showSelected());
        plan = new Button(bar, SWT.PUSH);
        plan.setText(Messages.Plan_Run);
        plan.setToolTipText(Messages.Plan_RunTip);
        plan.addListener(SWT.Selection, event -> planBaseline());
        export = new Button(bar, SWT.PUSH);
        export.setText(Messages.Plan_Export);
        export.addListener(SWT.Selection, event -> chooseExport());
        summary = new Label(bar, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        orders = new SortableTable<>(sash, SWT.SINGLE, columns());
        // a pale amber that reads the same in every theme; the system's "info" colour is black in some
        Color due = new Color(0xFF, 0xF1, 0xC8);
        orders.setStyler((row, item) -> {
            if (row.orderNow()) {
                item.setBackground(due);
                item.setForeground(item.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            }
        });
        // below the orders, side by side: how long each product's stock lasts, and the plan's notes
        SashForm below = new SashForm(sash, SWT.HORIZONTAL);
        cover = new ChartCanvas(below, SWT.NONE);
        notes = new Text(below, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        below.setWeights(3, 2);
        sash.setWeights(3, 2);
        showCurrency();
        Runnable stopListening = Units.whenChanged(() -> UiThread.later(root, this::showCurrency));
        root.addListener(SWT.Dispose, event -> stopListening.run());
        PlanningSession.Planned latest = planning.latest();
        if (latest != null) {
            planned(latest);
        } else {
            summary.setText(Messages.Plan_None);
            export.setEnabled(false);
        }
    }

    /** Names the currency chosen in Preferences > Units in the heading of the orders' value. */
    private void showCurrency() {
        if (orders.table().isDisposed()) {
            return;
        }
        List<Column<Recommendation>> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).title().equals(Messages.Plan_Value)) {
                orders.table().getColumn(i).setText(Units.saved().moneyHeading(Messages.Plan_Value));
            }
        }
    }

    private static List<Column<Recommendation>> columns() {
        List<Column<Recommendation>> columns = new ArrayList<>();
        columns.add(words(Messages.Plan_Product, Recommendation::sku));
        columns.add(words(Messages.Plan_Unit, r -> r.storageUnit() == null ? "" : r.storageUnit()));
        columns.add(words(Messages.Plan_Class, r -> r.itemClass().label()));
        columns.add(words(Messages.Plan_Policy, r -> PlanLabels.policy(r.policy())));
        columns.add(share(Messages.Plan_Target, r -> r.policy().serviceTarget()));
        columns.add(amount(Messages.Plan_OnHand, Recommendation::onHand, 1));
        columns.add(amount(Messages.Plan_OnOrder, Recommendation::onOrder, 1));
        columns.add(amount(Messages.Plan_Cover, Recommendation::daysOfCover, 0));
        columns.add(new Column<>(Messages.Plan_Order, SWT.LEFT, r -> r.orderNow() ? Messages.Plan_Now
                : Messages.Plan_Later, Comparator.comparing(Recommendation::orderNow).reversed()));
        columns.add(amount(Messages.Plan_Quantity, Recommendation::orderQuantity, 1));
        columns.add(new Column<>(Messages.Plan_OrderBy, SWT.LEFT, r -> r.orderBy().toString(),
                Comparator.comparing(Recommendation::orderBy, Comparator.nullsLast(LocalDate::compareTo))));
        columns.add(amount(Messages.Plan_Value, Recommendation::orderValue, 2));
        columns.add(share(Messages.Plan_FillRate, Recommendation::fillRate));
        columns.add(share(Messages.Plan_Csl, Recommendation::cycleServiceLevel));
        columns.add(words(Messages.Plan_DemandFrom, Recommendation::demandSource));
        return columns;
    }

    private static Column<Recommendation> words(String title, Function<Recommendation, String> text) {
        return new Column<>(title, SWT.LEFT, text, Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
    }

    private static Column<Recommendation> amount(String title, ToDoubleFunction<Recommendation> value,
            int decimals) {
        return new Column<>(title, SWT.RIGHT, r -> PlanLabels.number(value.applyAsDouble(r), decimals),
                Comparator.comparingDouble(value));
    }

    private static Column<Recommendation> share(String title, ToDoubleFunction<Recommendation> value) {
        return new Column<>(title, SWT.RIGHT, r -> PlanLabels.percent(value.applyAsDouble(r)),
                Comparator.comparingDouble(value));
    }

    @Inject
    @Optional
    void planned(@UIEventTopic(PlanningSession.PLANNED) PlanningSession.Planned planned) {
        if (scenario == null || scenario.isDisposed()) {
            return;
        }
        reports = planned.reports();
        PlanLabels.chooseAmong(scenario, reports);
        showSelected();
        if (!planned.failures().isEmpty()) {
            notes.setText(String.join("\n", planned.failures()) + "\n" + notes.getText());
        }
    }

    @Inject
    @Optional
    void running(@UIEventTopic(PlanningSession.RUNNING) Boolean running) {
        if (plan != null && !plan.isDisposed()) {
            plan.setEnabled(!running);
            if (running) {
                summary.setText(Messages.Plan_Planning);
                summary.getParent().layout();
            } else if (reports.isEmpty()) {
                summary.setText(Messages.Plan_None);
            } else {
                showSelected();
            }
        }
    }

    private void showSelected() {
        int index = scenario.getSelectionIndex();
        if (index < 0 || index >= reports.size()) {
            orders.show(List.of());
            cover.clear();
            export.setEnabled(false);
            return;
        }
        PlanReport report = reports.get(index);
        orders.show(report.recommendations());
        drawCover(report.recommendations());
        List<Recommendation> now = report.recommendations().stream().filter(Recommendation::orderNow).toList();
        summary.setText(NLS.bind(Messages.Plan_Summary, new Object[] { report.recommendations().size(), now.size(),
                PlanLabels.number(now.stream().mapToDouble(Recommendation::orderValue).sum(), 0) }));
        List<String> lines = new ArrayList<>(PlanNotes.lines(report.warnings()));
        lines.addAll(PlanLabels.limits(report.optimisation()));
        notes.setText(String.join("\n", lines));
        export.setEnabled(!report.recommendations().isEmpty());
        summary.getParent().layout();
    }

    /**
     * Each product's days of cover beside the cover at which it is reordered (its reorder point in days of demand):
     * a product whose first bar is the shorter is to order. Products with no demand (cover without end) are left out.
     */
    private void drawCover(List<Recommendation> shown) {
        List<Recommendation> drawn = shown.stream().filter(r -> Double.isFinite(r.daysOfCover())
                && r.policy().meanDaily() > 0).limit(MAX_BARS).toList();
        double[] days = drawn.stream().mapToDouble(Recommendation::daysOfCover).toArray();
        double[] reorder = drawn.stream().mapToDouble(r -> r.policy().reorderPoint() / r.policy().meanDaily())
                .toArray();
        // a year of cover would flatten the short ones that matter: the axis stops a little above the reorder points
        double top = Math.max(MIN_TOP_DAYS, TOP_OVER_REORDER * java.util.Arrays.stream(reorder).max().orElse(0));
        boolean cut = java.util.Arrays.stream(days).anyMatch(d -> d > top);
        BarCharts.showSideBySide(cover, Messages.Plan_CoverChart, Messages.Plan_CoverAxis,
                drawn.stream().map(Recommendation::sku).toList(),
                List.of(new BarCharts.Bars(Messages.Plan_Cover, days), new BarCharts.Bars(Messages.Plan_ReorderCover,
                        reorder)), new BarCharts.Scale(cut ? top : Double.NaN, Double.NaN, null));
    }

    private void planBaseline() {
        planning.plan(List.of(), PlanningSession.Settings.preferred());
    }

    private void chooseExport() {
        FileDialog dialog = new FileDialog(export.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName("orders-" + scenario.getText().replaceAll("[^\\p{L}\\p{N}._-]+", "-") + ".csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen));
        }
    }

    /** Writes the orders as shown to a CSV file; the summary line says where, or why it could not. */
    public void exportTo(Path file) {
        try {
            orders.exportCsv(file);
            summary.setText(NLS.bind(Messages.Plan_Exported, file));
        } catch (IOException e) {
            summary.setText(NLS.bind(Messages.Plan_ExportFailed, file, e.getMessage()));
        }
        summary.getParent().layout();
    }

    public SortableTable<Recommendation> orders() {
        return orders;
    }

    public Combo scenario() {
        return scenario;
    }

    public ChartCanvas cover() {
        return cover;
    }

    public Text notes() {
        return notes;
    }

    public Label summary() {
        return summary;
    }
}
