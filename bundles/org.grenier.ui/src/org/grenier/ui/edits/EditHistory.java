package org.grenier.ui.edits;

import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.grenier.ui.store.StoreWriteRule;

/**
 * The edits of the store a person can take back, in Eclipse's operation history under one undo context. Each edit,
 * undo and redo runs as a Job holding the store's write rule (the UI thread never waits on the store); the caller
 * hears the outcome on the UI thread.
 */
public final class EditHistory {

    /** The context of every store edit: Edit > Undo and Redo work on it. */
    public static final IUndoContext STORE = new ObjectUndoContext(EditHistory.class, "Grenier store edits");

    /** How many edits can be taken back, one after the other. */
    public static final int LIMIT = 50;

    private interface Step {
        IStatus run(IOperationHistory history, IProgressMonitor monitor) throws ExecutionException;
    }

    static {
        history().setLimit(STORE, LIMIT);
    }

    private EditHistory() {
    }

    static IOperationHistory history() {
        return OperationHistoryFactory.getOperationHistory();
    }

    /** Makes the edit, recording it to be undone. */
    public static Job make(StoreEdit edit, Display display, Consumer<IStatus> after) {
        return schedule(edit.getLabel(), (history, monitor) -> history.execute(edit, monitor, null), display, after);
    }

    /** Takes back the last edit made, if any. */
    public static Job undo(Display display, Consumer<IStatus> after) {
        return schedule(undoLabel(), (history, monitor) -> history.undo(STORE, monitor, null), display, after);
    }

    /** Makes again the last edit taken back, if any. */
    public static Job redo(Display display, Consumer<IStatus> after) {
        return schedule(redoLabel(), (history, monitor) -> history.redo(STORE, monitor, null), display, after);
    }

    public static boolean canUndo() {
        return history().canUndo(STORE);
    }

    public static boolean canRedo() {
        return history().canRedo(STORE);
    }

    /** What Undo would take back, or "" when nothing. */
    public static String undoLabel() {
        return label(history().getUndoOperation(STORE));
    }

    /** What Redo would make again, or "" when nothing. */
    public static String redoLabel() {
        return label(history().getRedoOperation(STORE));
    }

    private static String label(IUndoableOperation operation) {
        return operation == null ? "" : operation.getLabel();
    }

    /** Forgets every edit: after a restore from backup, say, when the store they changed is gone. */
    public static void forget() {
        history().dispose(STORE, true, true, false);
    }

    private static Job schedule(String name, Step step, Display display, Consumer<IStatus> after) {
        Job job = Job.create(name, monitor -> {
            IStatus done;
            try {
                done = step.run(history(), monitor);
            } catch (ExecutionException e) {
                done = Status.error(e.getMessage(), e);
            }
            IStatus outcome = done;
            display.asyncExec(() -> after.accept(outcome));
            return Status.OK_STATUS;
        });
        job.setRule(StoreWriteRule.INSTANCE);
        job.schedule();
        return job;
    }
}
