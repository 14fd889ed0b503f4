package org.grenier.ui.tests;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** What every workbench test needs: the main window, and waiting on the event loop as a user would. */
final class Workbench {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Workbench() {
    }

    static Shell mainWindow(Display display) {
        return waitFor(display, () -> Arrays.stream(display.getShells())
                .filter(shell -> shell.isVisible() && shell.getText().startsWith("Grenier")).findFirst(),
                "a visible main window titled Grenier");
    }

    /** Runs the event loop until the condition holds, as a user waiting in front of the window would. */
    static <T> T waitFor(Display display, Supplier<Optional<T>> condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
        throw new AssertionError("waited " + PATIENCE.toSeconds() + "s for " + what);
    }
}
