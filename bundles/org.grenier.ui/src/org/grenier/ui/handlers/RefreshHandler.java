package org.grenier.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.grenier.ui.store.StoreSession;

/** File > Refresh: reads the store again, e.g. after a command-line import. */
public class RefreshHandler {

    @CanExecute
    public boolean canExecute(StoreSession session) {
        return session.store() != null;
    }

    @Execute
    public void execute(StoreSession session) {
        session.refresh();
    }
}
