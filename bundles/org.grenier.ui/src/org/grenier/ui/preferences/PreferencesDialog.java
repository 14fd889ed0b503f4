package org.grenier.ui.preferences;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.ComputeSettings;
import org.grenier.ui.Messages;
import org.grenier.ui.store.StoreSession;

/** The workbench's preferences: one page per subject, General (the language and the store) first, then
 * the units values are shown in. */
public final class PreferencesDialog {

    public static final String GENERAL = "org.grenier.ui.preferences.general";
    public static final String PLANNING = "org.grenier.ui.preferences.planning";
    public static final String COMPUTE = "org.grenier.ui.preferences.compute";
    public static final String SENSORS = "org.grenier.ui.preferences.sensors";
    public static final String UNITS = "org.grenier.ui.preferences.units";

    private PreferencesDialog() {
    }

    /** The dialog opening on the General page, with the Sensors page of the store open. */
    public static PreferenceDialog create(Shell shell, ComputeSettings settings, StoreSession session) {
        return create(shell, settings, session, GENERAL);
    }

    /** The dialog opening on the page with this id, without the store's Sensors page. */
    public static PreferenceDialog create(Shell shell, ComputeSettings settings, String page) {
        return create(shell, settings, null, page);
    }

    /** The dialog opening on the page with this id; the Sensors page only with a store session. */
    public static PreferenceDialog create(Shell shell, ComputeSettings settings, StoreSession session, String page) {
        PreferenceManager pages = new PreferenceManager();
        pages.addToRoot(new PreferenceNode(GENERAL, new GeneralPreferencePage()));
        pages.addToRoot(new PreferenceNode(UNITS, new UnitsPreferencePage()));
        pages.addToRoot(new PreferenceNode(PLANNING, new PlanningPreferencePage()));
        if (session != null) {
            pages.addToRoot(new PreferenceNode(SENSORS, new SensorsPreferencePage(session)));
        }
        pages.addToRoot(new PreferenceNode(COMPUTE, new ComputePreferencePage(settings)));
        PreferenceDialog dialog = new PreferenceDialog(shell, pages) {
            @Override
            protected void configureShell(Shell newShell) {
                super.configureShell(newShell);
                newShell.setText(Messages.Preferences_Title);
            }
        };
        dialog.setSelectedNode(page);
        return dialog;
    }
}
