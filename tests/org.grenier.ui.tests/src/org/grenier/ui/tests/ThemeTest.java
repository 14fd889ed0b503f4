package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.grenier.core.ComputeSettings;
import org.grenier.testsupport.OsgiServices;
import org.grenier.ui.parts.StorePart;
import org.grenier.ui.preferences.GeneralPreferencePage;
import org.grenier.ui.preferences.PreferencesDialog;
import org.grenier.ui.preferences.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Preferences > General > Theme: the dark theme darkens the open window at once, and the light one comes back. */
class ThemeTest {

    @AfterEach
    void backToLight() {
        Theme.LIGHT.apply(Display.getCurrent());
    }

    @Test
    void theDarkThemeAppliesAtOnceAndTheLightOneComesBack() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        Workbench.openSession(display, window);
        Workbench.show(window, StorePart.ID);
        Table table = Workbench.find(main, Table.class, Table::isVisible).orElseThrow();
        assertEquals(Theme.LIGHT, Theme.current(display));
        assertTrue(lightness(table.getBackground().getRGB()) > 0.8, "light to start with");

        PreferenceDialog dialog = PreferencesDialog.create(main, OsgiServices.get(ComputeSettings.class),
                PreferencesDialog.GENERAL);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            GeneralPreferencePage page = assertInstanceOf(GeneralPreferencePage.class, dialog.getSelectedPage());
            page.theme().select(Theme.DARK.ordinal());
            page.theme().notifyListeners(SWT.Selection, new Event());
            Workbench.pressOk(dialog.getShell());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertEquals(Theme.DARK, Theme.current(display));
        waitFor(display, () -> Optional.of(table).filter(t -> lightness(t.getBackground().getRGB()) < 0.2),
                "the table dark, without a restart");
        assertTrue(lightness(table.getForeground().getRGB()) > 0.7, "and its text light");
        Workbench.screenshot(main, "workbench-dark.png");

        Theme.LIGHT.apply(display);
        waitFor(display, () -> Optional.of(table).filter(t -> lightness(t.getBackground().getRGB()) > 0.8
                && lightness(t.getForeground().getRGB()) < 0.3), "light again, text dark");
    }

    private static double lightness(RGB rgb) {
        return (0.2126 * rgb.red + 0.7152 * rgb.green + 0.0722 * rgb.blue) / 255;
    }
}
