package org.grenier.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.Messages;
import org.grenier.ui.store.StoreSession;
import org.osgi.framework.FrameworkUtil;

/** Help > About Grenier: version, store folder and licence. */
public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, StoreSession session) {
        String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
        String store = session.store() == null ? "-" : session.store().folder().toString();
        MessageDialog.openInformation(shell, Messages.About_Title, NLS.bind(Messages.About_Text, version, store));
    }
}
