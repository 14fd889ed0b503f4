package org.grenier.ui.planning;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.planning.CostFactors;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.Scenarios;
import org.grenier.core.planning.SimulationSettings;
import org.grenier.ui.Numbers;
import org.grenier.ui.UiThread;
import org.grenier.ui.preferences.Units;
import org.grenier.ui.Messages;
import org.grenier.ui.charts.ChartCanvas;
import org.grenier.ui.preferences.PlanningDefaults;
import org.grenier.ui.store.StoreEvents;
import org.grenier.ui.store.StoreSnapshot;
import org.grenier.ui.store.StoreSession;

/**
 * The "Scenarios" part: the what-if scenarios kept in the store, edited as JSON; the baseline and the ticked
 * scenarios planned together as a Job (progress and cancel) on one seed; their KPIs side by side, the fan of stock
 * value and the cost by component. The orders of each scenario are in the Orders part.
 */
public class ScenariosPart {

    public static final String ID = "org.grenier.ui.part.scenarios";

    private final StoreSession session;
    private final Scenarios scenarios;
    private final PlanningSession planning;
    private ScenarioEditor editor;
    private ScenarioResults results;
    private Spinner horizon;
    private Spinner paths;
    private Spinner seed;
    private Label budgetLabel;
    private Text budget;
    private Text factors;
    private Button run;
    private Button cancel;
    private Label status;

    @Inject
    public ScenariosPart(StoreSession session, PlanningSession planning, @Optional @Service Scenarios scenarios) {
        this.session = session;
        this.planning = planning;
        this.scenarios = scenarios;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        createRunBar(root);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        editor = new ScenarioEditor(sash, session, scenarios);
        results = new ScenarioResults(sash);
        sash.setWeights(1, 2);
        editor.reload(null);
        PlanningSession.Planned latest = planning.latest();
        if (latest != null) {
            planned(latest);
        }
    }

    private void createRunBar(Composite root) {
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(13, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        PlanningSession.Settings defaults = PlanningSession.Settings.preferred();
        horizon = spinner(bar, Messages.Scenarios_Horizon, defaults.horizonDays(), 7, 3 * 365, 7);
        paths = spinner(bar, Messages.Scenarios_Paths, defaults.paths(), 100, SimulationSettings.MAX_PATHS, 100);
        seed = spinner(bar, Messages.Scenarios_Seed, (int) defaults.seed(), 0, Integer.MAX_VALUE, 1);
        budgetLabel = new Label(bar, SWT.NONE);
        budgetLabel.setText(NLS.bind(Messages.Scenarios_Budget, Units.saved().money()));
        budget = new Text(bar, SWT.BORDER);
        budget.setMessage(Messages.Scenarios_NoBudget);
        budget.setLayoutData(new GridData(100, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(Messages.Scenarios_Factors);
        factors = new Text(bar, SWT.BORDER);
        factors.setMessage(shares(defaults.factors()));
        factors.setToolTipText(Messages.Scenarios_FactorsTip);
        factors.setLayoutData(new GridData(90, SWT.DEFAULT));
        Runnable stop = PlanningDefaults.whenChanged(() -> UiThread.later(bar, this::showDefaults));
        bar.addDisposeListener(event -> stop.run());
        Runnable stopUnits = Units.whenChanged(() -> UiThread.later(bar, this::showUnits));
        bar.addDisposeListener(event -> stopUnits.run());
        run = new Button(bar, SWT.PUSH);
        run.setText(Messages.Scenarios_Run);
        run.addListener(SWT.Selection, event -> run());
        cancel = new Button(bar, SWT.PUSH);
        cancel.setText(Messages.Scenarios_Cancel);
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, event -> planning.cancel());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(Messages.Scenarios_Hint);
    }

    /** The planning defaults just saved in Preferences, shown in the run bar for the next run. */
    private void showDefaults() {
        if (!horizon.isDisposed()) {
            PlanningSession.Settings defaults = PlanningSession.Settings.preferred();
            horizon.setSelection(defaults.horizonDays());
            paths.setSelection(defaults.paths());
            factors.setMessage(shares(defaults.factors()));
        }
    }

    /** The currency just chosen in Preferences, in the budget's label and every amount's heading. */
    private void showUnits() {
        if (budgetLabel.isDisposed()) {
            return;
        }
        budgetLabel.setText(NLS.bind(Messages.Scenarios_Budget, Units.saved().money()));
        budgetLabel.getParent().layout();
        results.redraw();
    }

    /** Cost factors as the field reads them back: storage/handling/maintenance, in the user's way with decimals. */
    private static String shares(CostFactors split) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(org.grenier.ui.Numbers.locale());
        format.setMaximumFractionDigits(3);
        return format.format(split.storage()) + "/" + format.format(split.handling()) + "/"
                + format.format(split.maintenance());
    }

    private static Spinner spinner(Composite bar, String label, int value, int min, int max, int step) {
        new Label(bar, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(bar, SWT.BORDER);
        spinner.setValues(value, min, max, 0, step, step * 10);
        return spinner;
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(StoreEvents.SNAPSHOT) StoreSnapshot snapshot) {
        if (editor != null && !editor.list().isDisposed()) {
            editor.reload(null);
        }
    }

    /** Plans the baseline and the ticked scenarios with the settings shown; false when it could not start. */
    public boolean run() {
        Double limit = typedBudget();
        CostFactors split = typedFactors();
        if (limit == null || split == null) {
            return false;
        }
        PlanningSession.Settings settings = new PlanningSession.Settings(horizon.getSelection(),
                paths.getSelection(), seed.getSelection(), limit, split, PlanningDefaults.saved().targets());
        Job job = planning.plan(editor.played(), settings);
        if (job == null) {
            status.setText(session.store() == null ? Messages.Scenarios_NoStore : Messages.Scenarios_Busy);
            return false;
        }
        return true;
    }

    /** The budget typed (a decimal comma is read too), infinite when empty; null, with a message, when unreadable. */
    private Double typedBudget() {
        try {
            return PlanRequest.budget(budget.getText());
        } catch (IllegalArgumentException e) {
            status.setText(NLS.bind(Messages.Scenarios_BadBudget, budget.getText()));
            return null;
        }
    }

    /** The cost split typed, the defaults when empty; null, with the reason, when it cannot be read. */
    private CostFactors typedFactors() {
        if (factors.getText().isBlank()) {
            return PlanningSession.Settings.preferred().factors();
        }
        try {
            return CostFactors.parse(factors.getText());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
    }

    @Inject
    @Optional
    void running(@UIEventTopic(PlanningSession.RUNNING) Boolean running) {
        if (run == null || run.isDisposed()) {
            return;
        }
        run.setEnabled(!running);
        cancel.setEnabled(running);
        if (running) {
            status.setText(Numbers.phrase(Messages.Scenarios_Running, editor.played().size()));
        } else if (planning.latest() == null) {
            status.setText(Messages.Scenarios_Hint);
        }
    }

    @Inject
    @Optional
    void planned(@UIEventTopic(PlanningSession.PLANNED) PlanningSession.Planned planned) {
        if (results == null || status.isDisposed()) {
            return;
        }
        results.show(planned.reports(), planned.costs());
        String done = Numbers.phrase(Messages.Scenarios_Done, new Object[] { planned.reports().size(),
                planned.settings().horizonDays(), planned.settings().paths(),
                String.valueOf(planned.settings().seed()) });
        status.setText(planned.failures().isEmpty() ? done : done + " " + String.join("; ", planned.failures()));
        status.getParent().layout();
    }

    /** The storage costs tab of the results, for tests. */
    public org.grenier.ui.SortableTable<org.grenier.core.planning.UnitCosts> storageCosts() {
        return results.storageCosts().table();
    }

    public Label storageCostsSummary() {
        return results.storageCosts().summary();
    }

    public Text factors() {
        return factors;
    }

    public Table scenarios() {
        return editor.list();
    }

    public Text json() {
        return editor.json();
    }

    public Label problem() {
        return editor.problem();
    }

    public Label status() {
        return status;
    }

    public Table comparison() {
        return results.comparison();
    }

    public ChartCanvas fan() {
        return results.fan();
    }

    public ChartCanvas costs() {
        return results.costs();
    }

    /** Shows the {@code index}-th results tab: 0 the KPI table, 1 the stock value fan, 2 the costs. */
    public void showTab(int index) {
        results.tabs().setSelection(index);
    }

    /** Makes a new scenario, saved with one change to edit. */
    public void newScenario() {
        editor.create();
    }

    /** Saves the JSON in the editor. */
    public void save() {
        editor.save();
    }

    /** Ticks a scenario to be played, or unticks it. */
    public void tick(String name, boolean on) {
        editor.tick(name, on);
    }

    /** Deletes a saved scenario (the button asks first; this does not). */
    public void delete(String name) {
        editor.delete(name);
    }

    public Spinner horizon() {
        return horizon;
    }

    public Spinner paths() {
        return paths;
    }

    public Text budget() {
        return budget;
    }
}
