package org.grenier.ui.preferences;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.ComputeSettings;
import org.grenier.ui.Messages;

/** The workbench's preferences: one page per subject (Computation for now; units and costs come with planning). */
public final class PreferencesDialog {

    public static final String COMPUTE = "org.grenier.ui.preferences.compute";

    private PreferencesDialog() {
    }

    public static PreferenceDialog create(Shell shell, ComputeSettings settings) {
        PreferenceManager pages = new PreferenceManager();
        PreferenceNode compute = new PreferenceNode(COMPUTE, new ComputePreferencePage(settings));
        pages.addToRoot(compute);
        PreferenceDialog dialog = new PreferenceDialog(shell, pages) {
            @Override
            protected void configureShell(Shell newShell) {
                super.configureShell(newShell);
                newShell.setText(Messages.Preferences_Title);
            }
        };
        dialog.setSelectedNode(COMPUTE);
        return dialog;
    }
}
