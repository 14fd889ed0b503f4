package org.grenier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.parts.StatusLine;
import org.grenier.ui.store.StoreSession;

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

    /** The main window's store session, once its store is open. */
    static StoreSession openSession(Display display, MWindow window) {
        StoreSession session = window.getContext().get(StoreSession.class);
        waitFor(display, () -> Optional.ofNullable(session.latest()).filter(s -> !s.isFailed()), "the store open");
        return session;
    }

    /** Brings a CSV text into the session's store through a built-in profile, as an analyst's import would. */
    static org.grenier.core.imports.ImportReport importCsv(StoreSession session, String profile, String text)
            throws IOException {
        org.grenier.core.imports.Importer importer = org.grenier.testsupport.OsgiServices.get(
                org.grenier.core.imports.Importer.class);
        Path file = Files.createTempFile("import", ".csv");
        try {
            Files.writeString(file, text);
            org.grenier.core.imports.MappingProfile mapping = importer.profiles(session.store()).stream()
                    .filter(p -> p.name().equals(profile)).findFirst().orElseThrow();
            var report = importer.importFile(session.store(), file, mapping,
                    new org.eclipse.core.runtime.NullProgressMonitor()).orElseThrow();
            org.junit.jupiter.api.Assertions.assertEquals(0, report.rejected(), report.firstRejections().toString());
            return report;
        } finally {
            deleteImported(file);
        }
    }

    /**
     * Deletes a file the test imported and what the import wrote beside it (the rejected rows and the summary), so
     * that test runs leave nothing in the temporary folder.
     */
    static void deleteImported(Path file) throws IOException {
        for (String suffix : new String[] { "", ".rejected.csv", ".import-summary.txt" }) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** Whether a control shows whole: visible, at its natural width at least, and inside its window. */
    static boolean wholeInWindow(Control control) {
        Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
        Shell shell = control.getShell();
        Rectangle window = control.getDisplay().map(shell, null, shell.getClientArea());
        return control.isVisible() && bounds.width >= control.computeSize(SWT.DEFAULT, SWT.DEFAULT).x
                && window.contains(bounds.x, bounds.y)
                && window.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1);
    }

    /** The main window's status line. */
    static StatusLine statusLine(MWindow window) {
        EModelService models = window.getContext().get(EModelService.class);
        return assertInstanceOf(StatusLine.class, assertInstanceOf(MToolControl.class, models.find(
                "org.grenier.ui.statusline", window)).getObject());
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

    /** The application model's command {@code org.grenier.app.command.<name>}, with its parameters. */
    static org.eclipse.core.commands.ParameterizedCommand command(org.eclipse.e4.core.contexts.IEclipseContext context,
            String name, java.util.Map<String, Object> parameters) {
        return context.get(org.eclipse.e4.core.commands.ECommandService.class).createCommand(
                "org.grenier.app.command." + name, parameters);
    }

    /** Whether the menu item or key of that command is enabled. */
    static boolean canRun(org.eclipse.e4.core.contexts.IEclipseContext context, String name,
            java.util.Map<String, Object> parameters) {
        return context.get(org.eclipse.e4.core.commands.EHandlerService.class).canExecute(command(context, name,
                parameters));
    }

    /** Runs the command as its menu item or key would, once it is checked to be enabled. */
    static void run(org.eclipse.e4.core.contexts.IEclipseContext context, String name,
            java.util.Map<String, Object> parameters) {
        assertTrue(canRun(context, name, parameters), name + " is enabled");
        context.get(org.eclipse.e4.core.commands.EHandlerService.class).executeHandler(command(context, name,
                parameters));
    }

    /**
     * Answers the dialog titled so, which the next step will open and wait on, by pressing one of its buttons: what
     * a person does when a confirmation or a question comes up.
     */
    static void answer(Display display, String title, String button) {
        display.asyncExec(() -> press(Arrays.stream(display.getShells()).filter(s -> s.isVisible()
                && s.getText().equals(title)).findFirst().orElseThrow(() -> new AssertionError("no dialog " + title)),
                button));
    }

    /** Clicks the dialog button with this label, as a user would. */
    static void press(Shell shell, String label) {
        Button button = find(shell, Button.class, b -> label.equals(b.getText())).orElseThrow(() -> new AssertionError("no button " + label));
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Presses a preference dialog's OK button and waits for the dialog to close, as a user would. */
    static void pressOk(Shell dialog) {
        Display display = dialog.getDisplay(); // the dialog may be gone once OK is pressed
        press(dialog, org.eclipse.jface.resource.JFaceResources.getString("PreferencesDialog.okButtonLabel"));
        waitFor(display, () -> dialog.isDisposed() ? Optional.of(true) : Optional.empty(),
                "the dialog closed");
    }

    /** The first control of this type under the given one (itself included) that the test picks. */
    static <T extends Control> Optional<T> find(Control control, Class<T> type, Predicate<T> which) {
        if (type.isInstance(control) && which.test(type.cast(control))) {
            return Optional.of(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<T> found = find(child, type, which);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Saves what the shell shows on screen to target/screenshots, for the README and for people to look at. */
    static void screenshot(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        // the pointer to the screen's far corner, off every window: a tooltip where it rested is no part of the picture
        Event away = new Event();
        away.type = SWT.MouseMove;
        away.x = display.getBounds().width - 1;
        away.y = display.getBounds().height - 1;
        display.post(away);
        long until = System.nanoTime() + Duration.ofMillis(600).toNanos();
        while (System.nanoTime() < until) {
            // Let every pending layout and paint happen before the capture.
            shell.update();
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
        // the client area, not the bounds: GTK counts a dialog's invisible frame in its bounds, which showed a strip
        // of the window behind it at the bottom and the right of the picture
        Rectangle bounds = display.map(shell, null, shell.getClientArea());
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            Path folder = Path.of(System.getProperty("grenier.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Brings a part to the front, in its perspective as the Window menu would, and returns its object; tests show the
     * Store part again when they finish.
     */
    static Object show(MWindow window, String id) {
        EModelService models = window.getContext().get(EModelService.class);
        MPart part = assertInstanceOf(MPart.class, models.find(id, window));
        EPartService parts = window.getContext().get(EPartService.class);
        MPerspective perspective = models.getPerspectiveFor(part);
        if (perspective != null) {
            parts.switchPerspective(perspective);
        }
        parts.showPart(part, EPartService.PartState.ACTIVATE);
        return part.getObject();
    }

    /**
     * Draws a part again from scratch (its widgets and object made anew), as the next start would; returns the new
     * object, in front.
     */
    static Object redraw(MWindow window, String id) {
        show(window, id);
        MPart part = assertInstanceOf(MPart.class, window.getContext().get(EModelService.class).find(id, window));
        part.setToBeRendered(false);
        part.setToBeRendered(true);
        return show(window, id);
    }

    /** Draws again every part drawn so far, so that none keeps words or formats from before a change of language. */
    static void redrawAll(MWindow window) {
        EModelService models = window.getContext().get(EModelService.class);
        for (MPart part : models.findElements(window, null, MPart.class)) {
            if (part.getWidget() != null) {
                part.setToBeRendered(false);
                part.setToBeRendered(true);
            }
        }
    }

    /** After a test in French: the system's language again, every part drawn anew in it, the Store part in front. */
    static void backToTheSystemLanguage(MWindow window) {
        if (window != null) {
            org.grenier.ui.preferences.Language.SYSTEM.applyNow(window.getContext());
            redrawAll(window);
            show(window, org.grenier.ui.parts.StorePart.ID);
        }
    }
}
