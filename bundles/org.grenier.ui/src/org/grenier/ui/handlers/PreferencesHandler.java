package org.grenier.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.ComputeSettings;
import org.grenier.ui.preferences.PreferencesDialog;

/** File > Preferences: the limits long computations keep to. */
public class PreferencesHandler {

    @CanExecute
    public boolean canExecute(@Optional @Service ComputeSettings settings) {
        return settings != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional @Service ComputeSettings settings) {
        if (settings != null) {
            PreferencesDialog.create(shell, settings).open();
        }
    }
}
