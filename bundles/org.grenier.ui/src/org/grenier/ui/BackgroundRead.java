package org.grenier.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * One background read at a time for a part, and none lost: a read asked for while another runs is made once that one
 * ends (several asks make one read), so the part ends up showing the store as it was at the last ask. Without it, a
 * forecast trained while the part was reading stayed unlisted until something else changed. UI thread only, except
 * {@link #end}.
 */
public final class BackgroundRead {

    private final Widget owner;
    private boolean running;
    private boolean asked;

    /** Reads for this widget's part; once it is disposed, nothing more is read. */
    public BackgroundRead(Widget owner) {
        this.owner = owner;
    }

    /** True when the caller is to start its read now; false when one runs, and another is to follow it. */
    public boolean begin() {
        if (running) {
            asked = true;
            return false;
        }
        running = true;
        return true;
    }

    /** Called by the read when it ends, on any thread: {@code again} asks anew if an ask came meanwhile. */
    public void end(Runnable again) {
        UiThread.later(owner, () -> {
            running = false;
            if (asked) {
                asked = false;
                again.run();
            }
        });
    }
}
