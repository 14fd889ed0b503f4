package org.grenier.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.Messages;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.Workspace;

/**
 * File › Reset the Demo Workspace: after a confirmation, puts the demo back as it came, dropping what was imported,
 * trained or planned in it. Only offered while the demo is open, so a person's own store is never at stake.
 */
public class ResetDemoHandler {

    @CanExecute
    public boolean canExecute(StoreSession session) {
        Workspace open = session.workspace();
        return session.store() != null && open != null && open.isDemo();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, StoreSession session) {
        if (MessageDialog.openConfirm(shell, Messages.Demo_ResetTitle, Messages.Demo_ResetQuestion)) {
            session.resetDemo();
        }
    }
}
