package org.grenier.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.Messages;
import org.grenier.ui.store.StoreSession;

import jakarta.inject.Named;

/** File > Restore from a backup: after a confirmation, replaces the store with a backup file. */
public class RestoreHandler {

    @CanExecute
    public boolean canExecute(StoreSession session) {
        return session.store() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, StoreSession session) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        String chosen = dialog.open();
        if (chosen == null || !MessageDialog.openConfirm(shell, Messages.Restore_Title,
                NLS.bind(Messages.Restore_Question, chosen))) {
            return;
        }
        session.restore(Path.of(chosen), result -> shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed() && result.failed()) {
                MessageDialog.openError(shell, Messages.Restore_Title, result.message());
            } else if (!shell.isDisposed()) {
                MessageDialog.openInformation(shell, Messages.Restore_Title, NLS.bind(Messages.Restore_Done, chosen));
            }
        }));
    }
}
