package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.press;
import static org.grenier.ui.tests.Workbench.screenshot;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.grenier.core.imports.ImportField;
import org.grenier.core.imports.ImportTarget;
import org.grenier.core.imports.Importer;
import org.grenier.ui.imports.ImportPreviewPage;
import org.grenier.ui.imports.ImportWizard;
import org.grenier.ui.imports.ImportWords;
import org.grenier.ui.parts.ImportHistoryPart;
import org.grenier.ui.preferences.Language;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The import wizard driven end to end in the real workbench: a French Excel export is previewed with the profile
 * Grenier picks, its bad row flagged with the reason, imported as a Job, listed in the Import history, and undone.
 */
class ImportWizardTest {

    private static final String EXPORT = "Date;Article;Désignation;Quantité;Montant TTC;Client;Zone de livraison\r\n"
            + "03/02/2026;BLE-T1;Blé tendre;12;1 288,50 €;Épicerie « Dupré »;Nord\r\n"
            + "14/02/2026;POM-GALA;Pomme Gala;7,5;10,88;Café œnologie;Sud\r\n"
            + "15/02/2026;CAROTTE;Carotte des sables;douze;8,90;Cantine;Centre\r\n"
            + "16/02/2026 08:30;CAROTTE;\"Carotte; des sables\";-2;-1,78;Cantine;Centre\r\n";

    @Test
    void importsAFrenchExportThroughTheWizardAndUndoesIt() throws IOException {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        Path file = frenchExport();
        WizardDialog dialog = openWizard(main, window, file);
        press(dialog.getShell(), IDialogConstants.NEXT_LABEL);
        ImportPreviewPage preview = assertInstanceOf(ImportPreviewPage.class, dialog.getCurrentPage());
        Table rows = preview.table();
        waitFor(display, () -> Optional.of(rows).filter(t -> t.getItemCount() == 4 && !preview.previewing()),
                "the preview of the four rows");
        assertEquals("Automatic: Generic sales lines", preview.profileCombo().getText());
        assertEquals("Problem", rows.getColumn(0).getText(), "the reason a row is refused comes first");
        assertEquals("", rows.getItem(0).getText(0));
        assertEquals("Épicerie « Dupré »", rows.getItem(0).getText(6), "Windows-1252 accents read right");
        assertEquals("line 4: Quantité: not a number", rows.getItem(2).getText(0));
        assertEquals("Carotte; des sables", rows.getItem(3).getText(3), "a quoted delimiter stays in its cell");
        screenshot(dialog.getShell(), "import-wizard.png");

        // The planner decides the "Désignation" column is the customer: the preview follows the changed mapping.
        var customer = preview.mappingCombo(ImportField.CUSTOMER);
        assertEquals("Client", customer.getText());
        customer.select(Arrays.asList(customer.getItems()).indexOf("Désignation"));
        customer.notifyListeners(SWT.Selection, new Event());
        waitFor(display, () -> Optional.of(preview).filter(p -> !p.previewing()
                && p.profileCombo().getText().startsWith("Edited: ")), "the preview with the edited mapping");
        assertEquals("Désignation", preview.mappingCombo(ImportField.CUSTOMER).getText());
        customer = preview.mappingCombo(ImportField.CUSTOMER);
        customer.select(Arrays.asList(customer.getItems()).indexOf("Client"));
        customer.notifyListeners(SWT.Selection, new Event());
        waitFor(display, () -> Optional.of(preview).filter(p -> !p.previewing()
                && p.mappingCombo(ImportField.CUSTOMER).getText().equals("Client")), "the mapping put back");

        press(dialog.getShell(), IDialogConstants.FINISH_LABEL);
        ImportHistoryPart history = showHistory(window);
        waitFor(display, () -> Optional.of(history.table()).filter(t -> t.getItemCount() > 0
                && t.getItem(0).getText(2).equals(file.getFileName().toString())), "the import listed in the history");
        assertEquals("3", history.table().getItem(0).getText(4), "three rows added");
        assertEquals("1", history.table().getItem(0).getText(5), "one refused");
        String newest = "#" + history.table().getItem(0).getText(0);
        waitFor(display, () -> Optional.of(history.chart().categories()).filter(c -> !c.isEmpty()
                && c.get(c.size() - 1).equals(newest)), "the import drawn last, on the right");
        assertEquals(3, history.chart().seriesCount(), "added, refused and already stored");
        waitFor(display, () -> Optional.of(history.details().getText()).filter(t -> t.contains("3 added, 1 refused")),
                "the results of the import shown under the history");
        assertTrue(history.details().getText().contains("line 4, Quantité: not a number"),
                history.details().getText());
        screenshot(main, "import-history.png");

        history.undo(Long.parseLong(history.table().getItem(0).getText(0)));
        waitFor(display, () -> Optional.of(history.table()).filter(t -> t.getItemCount() > 0
                && t.getItem(0).getText(7).equals("undone")), "the import undone");
    }

    /** An analyst who chose French reads how the file was read, the fields and the refused row in French. */
    @Test
    void previewsAFrenchExportInFrench() throws IOException {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        Language.FRENCH.applyNow(window.getContext());
        WizardDialog dialog = openWizard(main, window, frenchExport());
        try {
            press(dialog.getShell(), IDialogConstants.NEXT_LABEL);
            ImportPreviewPage preview = assertInstanceOf(ImportPreviewPage.class, dialog.getCurrentPage());
            waitFor(display, () -> Optional.of(preview).filter(p -> p.table().getItemCount() == 4
                    && !p.previewing()), "the preview of the four rows");
            assertEquals("Lu comme Windows-1252, s\u00e9parateur \u00ab\u00a0;\u00a0\u00bb, virgule d\u00e9cimale, "
                    + "dates jour en premier, ligne d'en-t\u00eate", preview.formatLine());
            assertEquals(List.of("Date de vente *", "Article *", "Site", "Quantit\u00e9 *", "Montant", "Client",
                    "Zone de livraison", "R\u00e9f\u00e9rence de commande"), mappingLabels(preview));
            assertEquals("Automatique\u00a0: Lignes de vente g\u00e9n\u00e9riques", preview.profileCombo().getText());
            assertEquals("Probl\u00e8me", preview.table().getColumn(0).getText());
            assertEquals("ligne 4\u00a0: Quantit\u00e9\u00a0: pas un nombre", preview.table().getItem(2).getText(0));
            Rectangle page = display.map(dialog.getShell(), null, dialog.getShell().getClientArea());
            for (ImportField field : ImportField.SOLD_AT.target().fields()) {
                Combo combo = preview.mappingCombo(field);
                assertTrue(combo.getSize().x >= combo.computeSize(SWT.DEFAULT, SWT.DEFAULT).x,
                        "the drop-down of " + field + " shows its longest column name whole: " + combo.getSize());
                assertTrue(page.contains(display.map(combo.getParent(), null, combo.getBounds().x
                        + combo.getBounds().width - 1, combo.getBounds().y)), field + "'s drop-down is in the window");
            }
            Rectangle lastRow = preview.table().getItem(3).getBounds();
            assertTrue(preview.table().getClientArea().contains(lastRow.x, lastRow.y + lastRow.height - 1),
                    "the four rows of the preview are in sight without scrolling: " + lastRow);
            for (ImportField field : ImportField.values()) {
                assertFalse(ImportWords.field(field).equals(field.key()) || ImportWords.field(field).startsWith("!"),
                        field + " has a French name: " + ImportWords.field(field));
            }
            assertEquals("lignes de vente et de commande", ImportWords.target(ImportTarget.SALES_LINE));
            for (String name : builtInProfiles()) {
                assertFalse(ImportWords.profile(name).equals(name), "the built-in profile " + name + " in French");
            }
        } finally {
            dialog.close();
            Workbench.backToTheSystemLanguage(window);
        }
    }

    /** The French export as Excel writes it, in a folder of its own. */
    static Path frenchExport() throws IOException {
        Path file = Files.createTempDirectory("grenier-ui").resolve("ventes-février.csv");
        Files.write(file, EXPORT.getBytes(Charset.forName("windows-1252")));
        return file;
    }

    /** The import wizard on the file, open without waiting for it to close, as File › Import CSV files opens it. */
    static WizardDialog openWizard(Shell main, MWindow window, Path file) {
        StoreSession session = Workbench.openSession(main.getDisplay(), window);
        WizardDialog dialog = ImportWizard.dialog(main, session, service(Importer.class), List.of(file));
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /** The names of the profiles Grenier ships, as the import bundle holds them. */
    private static List<String> builtInProfiles() throws IOException {
        Bundle imports = Arrays.stream(FrameworkUtil.getBundle(ImportWizard.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.grenier.imports")).findFirst().orElseThrow();
        List<String> names = new java.util.ArrayList<>();
        for (URL entry : Collections.list(imports.findEntries("profiles", "*.properties", false))) {
            Properties profile = new Properties();
            try (InputStream in = entry.openStream()) {
                profile.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            names.add(profile.getProperty("name"));
        }
        assertEquals(13, names.size(), names.toString());
        return names;
    }

    /** The names beside the mapping's drop-downs, in the order of the sales fields. */
    private static List<String> mappingLabels(ImportPreviewPage preview) {
        return ImportField.SOLD_AT.target().fields().stream().map(field -> {
            Control[] grid = preview.mappingCombo(field).getParent().getChildren();
            int at = Arrays.asList(grid).indexOf(preview.mappingCombo(field));
            return ((Label) grid[at - 1]).getText();
        }).toList();
    }

    private static ImportHistoryPart showHistory(MWindow window) {
        return assertInstanceOf(ImportHistoryPart.class, Workbench.show(window, ImportHistoryPart.ID));
    }

    private static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(ImportWizard.class).getBundleContext();
        T service = context.getService(context.getServiceReference(type));
        assertNotNull(service, type.getName());
        return service;
    }
}
