package org.grenier.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.grenier.core.Result;
import org.grenier.core.planning.CostFactors;
import org.grenier.core.planning.SimulationSettings;
import org.grenier.ui.Messages;

/**
 * Preferences > Planning: the horizon and sample paths a plan starts from, how the cost of keeping stock splits into
 * storage, handling and maintenance (in percent, adding up to 100), and the service level of each ABC/XYZ class. The
 * next plan takes them, and the Scenarios part shows them at once.
 */
public class PlanningPreferencePage extends PreferencePage {

    private Spinner horizon;
    private Spinner paths;
    private Spinner storage;
    private Spinner handling;
    private Spinner maintenance;
    private ServiceLevelGrid levels;

    public PlanningPreferencePage() {
        super(Messages.Preferences_Planning);
        setDescription(Messages.Preferences_PlanningDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        horizon = spinner(page, Messages.Preferences_Horizon, 7, 3 * 365, 7);
        paths = spinner(page, Messages.Preferences_Paths, 100, SimulationSettings.MAX_PATHS, 100);
        Label split = new Label(page, SWT.WRAP);
        split.setText(Messages.Preferences_CostSplit);
        split.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        storage = spinner(page, Messages.Preferences_Storage, 0, 100, 5);
        handling = spinner(page, Messages.Preferences_Handling, 0, 100, 5);
        maintenance = spinner(page, Messages.Preferences_Maintenance, 0, 100, 5);
        levels = new ServiceLevelGrid(page);
        levels.group().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        show(PlanningDefaults.saved());
        return page;
    }

    private Spinner spinner(Composite page, String label, int min, int max, int step) {
        new Label(page, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(page, SWT.BORDER);
        spinner.setValues(min, min, max, 0, step, step * 10);
        spinner.addListener(SWT.Modify, event -> check());
        return spinner;
    }

    private void show(PlanningDefaults defaults) {
        horizon.setSelection(defaults.horizonDays());
        paths.setSelection(defaults.paths());
        storage.setSelection(percent(defaults.factors().storage()));
        handling.setSelection(percent(defaults.factors().handling()));
        maintenance.setSelection(percent(defaults.factors().maintenance()));
        levels.show(defaults.targets());
        check();
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }

    /** The split must make the whole cost: the page says so, and OK waits, until the three add up to 100 %. */
    private void check() {
        int total = storage.getSelection() + handling.getSelection() + maintenance.getSelection();
        boolean whole = total == 100;
        setErrorMessage(whole ? null : NLS.bind(Messages.Preferences_SplitNotWhole, total));
        setValid(whole);
    }

    @Override
    protected void performDefaults() {
        show(PlanningDefaults.BUILT_IN);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (horizon == null) {
            return true; // never shown, nothing changed
        }
        Result<PlanningDefaults> saved = chosen().save();
        if (saved.failed()) {
            setErrorMessage(saved.message());
            return false;
        }
        return true;
    }

    /** The defaults as the page shows them. */
    public PlanningDefaults chosen() {
        return new PlanningDefaults(horizon.getSelection(), paths.getSelection(),
                new CostFactors(storage.getSelection() / 100.0, handling.getSelection() / 100.0,
                        maintenance.getSelection() / 100.0), levels.chosen());
    }

    public Spinner horizon() {
        return horizon;
    }

    public Spinner paths() {
        return paths;
    }

    /** The service level of each class, in tenths of a percent: rows A, B, C and columns X, Y, Z. */
    public Spinner[][] levels() {
        return levels.spinners();
    }

    /** Storage, handling and maintenance, in percent. */
    public Spinner[] split() {
        return new Spinner[] { storage, handling, maintenance };
    }
}
