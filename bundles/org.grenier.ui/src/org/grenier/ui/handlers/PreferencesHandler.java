package org.grenier.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.ComputeSettings;
import org.grenier.ui.Messages;
import org.grenier.ui.preferences.Language;
import org.grenier.ui.preferences.PreferencesDialog;
import org.grenier.ui.store.StoreSession;

/**
 * File > Preferences: the language and store, the planning defaults, the sensors' limits and the compute limits. A new language takes a restart
 * (parts already drawn keep their words), which is offered at once.
 */
public class PreferencesHandler {

    @CanExecute
    public boolean canExecute(@Optional @Service ComputeSettings settings) {
        return settings != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional @Service ComputeSettings settings,
            IWorkbench workbench, StoreSession session) {
        if (settings != null && PreferencesDialog.create(shell, settings, session).open() == Window.OK
                && Language.saved().differsFromCurrent()
                && MessageDialog.openQuestion(shell, Messages.Preferences_RestartTitle,
                        Messages.Preferences_RestartQuestion)) {
            workbench.restart();
        }
    }
}
