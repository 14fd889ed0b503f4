package org.grenier.ui;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Widget;

/**
 * Hands work done in the background back to the UI thread, for a widget that may be gone by then: a part closed, or
 * drawn again, while its Job ran. Asking a disposed widget for its display throws, which failed the Job for nothing.
 */
public final class UiThread {

    private UiThread() {
    }

    /** Runs the action on the widget's UI thread, later, unless the widget is disposed by then (or already). */
    public static void later(Widget widget, Runnable action) {
        if (widget.isDisposed()) {
            return;
        }
        try {
            widget.getDisplay().asyncExec(() -> {
                if (!widget.isDisposed()) {
                    action.run();
                }
            });
        } catch (SWTException disposedMeanwhile) {
            // disposed between the check and the call: nothing left to show the result in
        }
    }
}
