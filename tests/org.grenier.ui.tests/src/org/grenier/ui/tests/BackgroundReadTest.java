package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.BackgroundRead;
import org.junit.jupiter.api.Test;

/** A read asked for while another runs is made after it, once however many asks came, and never for a closed part. */
class BackgroundReadTest {

    @Test
    void asksDuringAReadMakeOneMoreReadAfterIt() {
        Display display = Display.getCurrent();
        Shell shell = new Shell(display);
        try {
            BackgroundRead reads = new BackgroundRead(shell);
            AtomicInteger again = new AtomicInteger();
            assertTrue(reads.begin(), "the first ask reads");
            assertFalse(reads.begin(), "an ask during the read waits");
            assertFalse(reads.begin(), "so does a second");
            Thread reader = new Thread(() -> reads.end(again::incrementAndGet));
            reader.start();
            waitFor(display, () -> again.get() > 0 ? Optional.of(true) : Optional.empty(), "the read asked again");
            assertEquals(1, again.get(), "two asks, one more read");
            assertTrue(reads.begin(), "that read runs");
            reads.end(again::incrementAndGet);
            drain(display);
            assertEquals(1, again.get(), "no ask came during it: nothing more");
            assertTrue(reads.begin());
            assertFalse(reads.begin());
            shell.dispose();
            reads.end(again::incrementAndGet);
            drain(display);
            assertEquals(1, again.get(), "a closed part reads nothing more");
        } finally {
            if (!shell.isDisposed()) {
                shell.dispose();
            }
        }
    }

    private static void drain(Display display) {
        while (display.readAndDispatch()) {
            // run what was queued
        }
    }
}
