package org.grenier.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.imports.Importer;
import org.grenier.ui.imports.ImportWizard;
import org.grenier.ui.store.StoreSession;

import jakarta.inject.Named;

/** File > Import: opens the import wizard. */
public class ImportHandler {

    @CanExecute
    public boolean canExecute(StoreSession session) {
        return session.store() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, StoreSession session,
            @Service Importer importer) {
        ImportWizard.dialog(shell, session, importer, List.of()).open();
    }
}
