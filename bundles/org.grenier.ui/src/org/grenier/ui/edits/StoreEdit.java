package org.grenier.ui.edits;

import java.util.function.Supplier;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.grenier.core.Result;

/**
 * A change a person made to what the store keeps (a mapping profile, a scenario), as an operation of Eclipse's
 * operation history, so that Edit > Undo takes it back and Edit > Redo makes it again. It is made in a Job by
 * {@link EditHistory}, never on the UI thread. What it takes back is read from the store when it is first made.
 */
public final class StoreEdit extends AbstractOperation {

    /** One way the edit goes: its result says whether the store took it, and why not. */
    interface Step extends Supplier<Result<?>> {
    }

    private final Runnable before;
    private final Step apply;
    private final Step revert;

    /**
     * @param label  what the edit did, as Edit > Undo names it ("Save profile Odoo sales")
     * @param before reads what the edit will replace, when it is first made
     * @param apply  makes the edit
     * @param revert takes it back to what {@code before} read
     */
    StoreEdit(String label, Runnable before, Step apply, Step revert) {
        super(label);
        this.before = before;
        this.apply = apply;
        this.revert = revert;
        addContext(EditHistory.STORE);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        try {
            before.run();
        } catch (RuntimeException unreadable) {
            return Status.error(unreadable.getMessage());
        }
        return status(apply.get());
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return status(revert.get());
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return status(apply.get());
    }

    /** A refused step is an error status, which keeps the history from recording the edit as done or undone. */
    private static IStatus status(Result<?> done) {
        return done.failed() ? Status.error(done.message()) : Status.OK_STATUS;
    }
}
