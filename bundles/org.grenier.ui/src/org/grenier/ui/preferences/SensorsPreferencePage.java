package org.grenier.ui.preferences;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.store.Store;
import org.grenier.ui.Messages;
import org.grenier.ui.UiThread;
import org.grenier.ui.edits.EditHistory;
import org.grenier.ui.edits.StoreEdits;
import org.grenier.ui.sensors.AlertLimitsEditor;
import org.grenier.ui.store.StoreSession;

/**
 * Preferences > Sensors: the limits of every storage unit that has none of its own. They are kept in the store, where
 * the recordings and {@code grenier rules} read them too, so they belong to the store open; saving them is an edit
 * Edit > Undo takes back, and recordings under way use them within seconds.
 */
public class SensorsPreferencePage extends PreferencePage {

    private final StoreSession session;
    private AlertLimitsEditor editor;
    private List<AlertRule> inForce;

    public SensorsPreferencePage(StoreSession session) {
        super(Messages.Preferences_Sensors);
        this.session = session;
        setDescription(Messages.Preferences_SensorsDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Store store = session.store();
        Label where = new Label(page, SWT.WRAP);
        where.setText(store == null ? Messages.Preferences_SensorsNoStore
                : NLS.bind(Messages.Preferences_SensorsStore, store.folder()));
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 380;
        where.setLayoutData(wide);
        editor = new AlertLimitsEditor(page, AlertRule.EVERY_UNIT, this::check);
        editor.control().setEnabled(false);
        setValid(false);
        if (store != null) {
            read(store);
        }
        return page;
    }

    /** The rules are read in the background: the dialog opens at once, the values follow. */
    private void read(Store store) {
        Job job = Job.create(Messages.Preferences_Sensors, monitor -> {
            Result<List<AlertRule>> rules = store.sensors().alertRules();
            UiThread.later(editor.control(), () -> {
                if (rules.failed()) {
                    setErrorMessage(rules.message());
                    return;
                }
                inForce = rules.value();
                editor.control().setEnabled(true);
                editor.show(inForce);
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    private void check() {
        if (inForce == null) {
            return;
        }
        Result<List<AlertRule>> chosen = editor.chosen();
        setErrorMessage(chosen.failed() ? chosen.message() : null);
        setValid(!chosen.failed());
    }

    @Override
    protected void performDefaults() {
        if (inForce != null) {
            editor.show(AlertRule.defaults());
        }
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        Store store = session.store();
        if (inForce == null || store == null) {
            return true; // never read, nothing changed
        }
        Result<List<AlertRule>> chosen = editor.chosen();
        if (chosen.failed()) {
            setErrorMessage(chosen.message());
            return false;
        }
        if (!limits(chosen.value()).equals(limits(inForce))) {
            EditHistory.make(StoreEdits.setLimits(store, AlertRule.EVERY_UNIT, chosen.value()),
                    editor.control().getDisplay(), done -> { });
            inForce = chosen.value(); // Apply, then OK, saves once
        }
        return true;
    }

    /** What every unit's limits come to, measure by measure, so that OK with nothing changed is not an edit. */
    private static Map<Measure, List<OptionalDouble>> limits(List<AlertRule> rules) {
        Map<Measure, List<OptionalDouble>> limits = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            AlertRule rule = AlertRule.inForce(rules, AlertRule.EVERY_UNIT, measure).orElse(null);
            limits.put(measure, rule == null ? List.of() : List.of(rule.low(), rule.high(), rule.maxChangePerHour()));
        }
        limits.replaceAll((measure, values) -> values.stream().allMatch(OptionalDouble::isEmpty) ? List.of()
                : values);
        return limits;
    }

    public AlertLimitsEditor editor() {
        return editor;
    }

    /** True once the limits in force are shown. */
    public boolean ready() {
        return inForce != null;
    }
}
