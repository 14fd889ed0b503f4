package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.grenier.testsupport.OsgiServices;
import org.grenier.ui.Messages;
import org.grenier.ui.preferences.ComputePreferencePage;
import org.grenier.ui.preferences.PreferencesDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File > Preferences > Computation saves the limits the next training keeps to. */
class PreferencesTest {

    private final ComputeSettings settings = OsgiServices.get(ComputeSettings.class);

    @AfterEach
    void backToTheDefaults() {
        settings.reset();
    }

    @Test
    void theComputationPageSavesThreadsAndMemory() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        IEclipseContext context = assertInstanceOf(MWindow.class, main.getData("modelElement")).getContext();
        ParameterizedCommand open = context.get(ECommandService.class)
                .createCommand("org.grenier.app.command.preferences", Map.of());
        assertTrue(context.get(EHandlerService.class).canExecute(open), "File > Preferences is enabled");
        // as its handler opens it, but without blocking: the test works the dialog while it is open
        PreferenceDialog dialog = PreferencesDialog.create(main, settings);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Shell shell = dialog.getShell();
            assertEquals(Messages.Preferences_Title, shell.getText());
            ComputePreferencePage page = assertInstanceOf(ComputePreferencePage.class, dialog.getSelectedPage());
            assertEquals(settings.limits().threads(), page.threads().getSelection(), "the page shows the limits in force");
            page.threads().setSelection(1);
            page.memory().setSelection(96);
            Workbench.screenshot(shell, "preferences.png");
            Workbench.press(shell, JFaceResources.getString("PreferencesDialog.okButtonLabel"));
            waitFor(display, () -> shell.isDisposed() ? java.util.Optional.of(true) : java.util.Optional.empty(),
                    "the dialog closed");
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertEquals(new ComputeLimits(1, 96), settings.limits());
    }
}
