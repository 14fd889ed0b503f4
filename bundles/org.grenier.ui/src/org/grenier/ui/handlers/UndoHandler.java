package org.grenier.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.Messages;
import org.grenier.ui.edits.EditHistory;
import org.grenier.ui.store.StoreSession;

/** Edit > Undo (Ctrl+Z): takes back the last edit of the store (a saved profile, a saved or deleted scenario). */
public class UndoHandler {

    @CanExecute
    public boolean canExecute() {
        return EditHistory.canUndo();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, StoreSession session) {
        EditHistory.undo(shell.getDisplay(), done -> told(shell, session, done));
    }

    /** The parts read the store again; a refused step is said, with why. */
    static void told(Shell shell, StoreSession session, IStatus done) {
        session.refresh();
        if (!done.isOK() && !shell.isDisposed()) {
            MessageDialog.openError(shell, Messages.Edit_Failed, done.getMessage());
        }
    }
}
