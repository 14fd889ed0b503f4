package org.grenier.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.edits.EditHistory;
import org.grenier.ui.store.StoreSession;

/** Edit > Redo (Ctrl+Y): makes again the last edit taken back. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute() {
        return EditHistory.canRedo();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, StoreSession session) {
        EditHistory.redo(shell.getDisplay(), done -> UndoHandler.told(shell, session, done));
    }
}
