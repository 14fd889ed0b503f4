package org.grenier.ui.handlers;

import java.nio.file.Path;
import java.time.LocalDate;

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

/** File > Back up the store: writes the whole store to a file the user chooses, in the background. */
public class BackupHandler {

    @CanExecute
    public boolean canExecute(StoreSession session) {
        return session.store() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, StoreSession session) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFileName("grenier-" + LocalDate.now() + ".backup.zip");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        session.backup(Path.of(chosen), result -> shell.getDisplay().asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            if (result.failed()) {
                MessageDialog.openError(shell, Messages.Backup_Title, result.message());
            } else {
                MessageDialog.openInformation(shell, Messages.Backup_Title, NLS.bind(Messages.Backup_Done,
                        result.value()));
            }
        }));
    }
}
