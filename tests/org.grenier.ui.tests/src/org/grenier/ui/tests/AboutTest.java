package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.press;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.ui.Messages;
import org.grenier.ui.about.AboutDialog;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help > About lists the libraries shipped with the versions installed and their licences, and copies it all. */
class AboutTest {

    @Test
    void listsTheLibrariesWithTheirVersionsAndLicencesAndCopiesThem() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        AboutDialog dialog = new AboutDialog(main, "/farm/store");
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Shell shell = dialog.getShell();
            assertEquals(Messages.About_Title, shell.getText());
            Map<String, TableItem> rows = new HashMap<>();
            for (TableItem item : dialog.components().getItems()) {
                rows.put(item.getText(0), item);
            }
            assertEquals(version("com.h2database"), rows.get("H2 Database").getText(1), "the version installed");
            assertEquals("MPL-2.0 or EPL-1.0", rows.get("H2 Database").getText(2));
            assertEquals("GPL-3.0", rows.get("Smile").getText(2));
            assertEquals("GPL-3.0-or-later", rows.get("Grenier").getText(2));
            assertEquals(version("org.jfree.chart"), rows.get("JFreeChart").getText(1));
            assertTrue(rows.containsKey("jSSC") && rows.containsKey("FastCSV"), rows.keySet().toString());
            Workbench.screenshot(shell, "about.png");
            press(shell, Messages.About_Copy);
            Clipboard clipboard = new Clipboard(display);
            try {
                String copied = (String) clipboard.getContents(TextTransfer.getInstance());
                assertEquals(dialog.details(), copied);
                assertTrue(copied.contains("Java " + System.getProperty("java.version")), copied);
                assertTrue(copied.contains("/farm/store"), copied);
            } finally {
                clipboard.dispose();
            }
            press(shell, IDialogConstants.CLOSE_LABEL);
            assertTrue(shell.isDisposed(), "Close closes it");
        } finally {
            dialog.close();
        }
    }

    private static String version(String symbolicName) {
        for (Bundle bundle : FrameworkUtil.getBundle(AboutTest.class).getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle.getVersion().getMajor() + "." + bundle.getVersion().getMinor() + "."
                        + bundle.getVersion().getMicro();
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }
}
