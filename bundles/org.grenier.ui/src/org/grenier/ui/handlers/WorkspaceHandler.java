package org.grenier.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.Workspace;

/** File › Open My Store and Open the Demo Workspace: closes the store open and opens the other one. */
public class WorkspaceHandler {

    /** The command parameter naming the workspace: OWN or DEMO. */
    public static final String WORKSPACE = "org.grenier.app.commandparameter.workspace";

    @CanExecute
    public boolean canExecute(@Named(WORKSPACE) String kind, StoreSession session) {
        Workspace open = session.workspace();
        return session.store() != null && open != null && open.kind() != Workspace.Kind.valueOf(kind);
    }

    @Execute
    public void execute(@Named(WORKSPACE) String kind, StoreSession session) {
        session.switchTo(Workspace.Kind.valueOf(kind));
    }
}
