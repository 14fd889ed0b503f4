package org.grenier.ui.preferences;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.ComputeSettings;
import org.grenier.ui.Messages;

/** The workbench's preferences: one page per subject, General (the language) first. */
public final class PreferencesDialog {

    public static final String GENERAL = "org.grenier.ui.preferences.general";
    public static final String PLANNING = "org.grenier.ui.preferences.planning";
    public static final String COMPUTE = "org.grenier.ui.preferences.compute";

    private PreferencesDialog() {
    }

    /** The dialog opening on the General page. */
    public static PreferenceDialog create(Shell shell, ComputeSettings settings) {
        return create(shell, settings, GENERAL);
    }

    /** The dialog opening on the page with this id. */
    public static PreferenceDialog create(Shell shell, ComputeSettings settings, String page) {
        PreferenceManager pages = new PreferenceManager();
        pages.addToRoot(new PreferenceNode(GENERAL, new GeneralPreferencePage()));
        pages.addToRoot(new PreferenceNode(PLANNING, new PlanningPreferencePage()));
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
