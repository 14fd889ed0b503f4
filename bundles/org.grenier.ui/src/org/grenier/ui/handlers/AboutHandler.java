package org.grenier.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.about.AboutDialog;
import org.grenier.ui.store.StoreSession;

/** Help > About Grenier: version, licences, the system it runs on and the store open. */
public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, StoreSession session) {
        String store = session.store() == null ? "-" : session.store().folder().toString();
        new AboutDialog(shell, store).open();
    }
}
