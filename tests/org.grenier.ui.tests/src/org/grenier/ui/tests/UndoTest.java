package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.press;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.imports.ImportField;
import org.grenier.core.imports.Importer;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.planning.ChangeKind;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.ScenarioChange;
import org.grenier.core.planning.Scenarios;
import org.grenier.core.store.Store;
import org.grenier.testsupport.OsgiServices;
import org.grenier.ui.Messages;
import org.grenier.ui.edits.EditHistory;
import org.grenier.ui.edits.StoreEdits;
import org.grenier.ui.imports.ImportPreviewPage;
import org.grenier.ui.imports.ImportWizard;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Edit > Undo and Redo on a mapping profile saved from the import wizard: the profile is saved twice under one name,
 * then undo brings the first version back, undo again removes it, and redo saves the first version again; and on a
 * scenario deleted.
 */
class UndoTest {

    private static final String NAME = "Ventes coop";
    private static final String SCENARIO = "Gel tardif";
    private static final String EXPORT = "Date;Article;D\u00e9signation;Quantit\u00e9;Montant TTC;Client\r\n"
            + "03/02/2026;BLE-T1;Bl\u00e9 tendre;12;1 288,50;\u00c9picerie Dupr\u00e9\r\n";

    private Store store;

    @AfterEach
    void forgetTheProfileAndTheEdits() {
        if (store != null) {
            store.imports().deleteProfile(NAME).orElseThrow();
        }
        EditHistory.forget();
    }

    @Test
    void undoAndRedoAProfileSavedFromTheWizard() throws IOException {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = Workbench.openSession(display, window);
        store = session.store();
        EditHistory.forget();
        IEclipseContext context = window.getContext();
        assertFalse(canExecute(context, "undo"), "nothing to undo yet");

        WizardDialog dialog = openWizard(main, session, context);
        try {
            ImportPreviewPage preview = assertInstanceOf(ImportPreviewPage.class, dialog.getCurrentPage());
            chooseCustomerColumn(display, preview, "D\u00e9signation");
            saveAsProfile(display, dialog.getShell(), preview);
            waitFor(display, () -> customerColumn().filter("D\u00e9signation"::equals), "the first version saved");
            chooseCustomerColumn(display, preview, "Client");
            saveAsProfile(display, dialog.getShell(), preview);
            waitFor(display, () -> customerColumn().filter("Client"::equals), "the second version saved");
        } finally {
            dialog.close();
        }
        assertTrue(EditHistory.undoLabel().endsWith(NAME), EditHistory.undoLabel());

        run(context, "undo");
        waitFor(display, () -> customerColumn().filter("D\u00e9signation"::equals), "undo: the first version back");
        run(context, "undo");
        waitFor(display, () -> customerColumn().isEmpty() ? Optional.of(true) : Optional.empty(),
                "undo again: no profile of that name");
        // The history records a step as taken back once the store has been written: wait for it as Undo's state would.
        waitFor(display, () -> canExecute(context, "undo") ? Optional.empty() : Optional.of(true),
                "Undo disabled once both edits are taken back");
        run(context, "redo");
        waitFor(display, () -> customerColumn().filter("D\u00e9signation"::equals), "redo: the first version again");
        waitFor(display, () -> EditHistory.undoLabel().isEmpty() ? Optional.empty() : Optional.of(true),
                "the redone save can be undone");
        assertTrue(canExecute(context, "redo"), "the second save can be made again too");
    }

    /**
     * A scenario deleted as the Scenarios part deletes it comes back whole with Edit > Undo, and goes again with
     * Redo.
     */
    @Test
    void undoAndRedoAScenarioDeleted() {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        store = Workbench.openSession(display, window).store();
        Scenarios scenarios = OsgiServices.get(Scenarios.class);
        Scenario frost = new Scenario(SCENARIO, "a late frost halves the carrot harvest", List.of(new ScenarioChange(
                ChangeKind.DEMAND, "sku:CAROTTE", 0.5, null, null)));
        scenarios.save(store, frost).orElseThrow();
        EditHistory.forget();
        IEclipseContext context = window.getContext();
        try {
            EditHistory.make(StoreEdits.deleteScenario(store, scenarios, SCENARIO), display, done -> { });
            waitFor(display, () -> saved(scenarios).isEmpty() ? Optional.of(true) : Optional.empty(), "deleted");
            run(context, "undo");
            Scenario back = waitFor(display, () -> saved(scenarios), "undo: the scenario back");
            assertEquals(frost.changes(), back.changes(), "with its changes");
            assertEquals(frost.description(), back.description());
            waitFor(display, () -> canExecute(context, "redo") ? Optional.of(true) : Optional.empty(), "Redo enabled");
            run(context, "redo");
            waitFor(display, () -> saved(scenarios).isEmpty() ? Optional.of(true) : Optional.empty(),
                    "redo: deleted again");
        } finally {
            store.planning().deleteScenario(SCENARIO);
        }
    }

    private Optional<Scenario> saved(Scenarios scenarios) {
        return scenarios.saved(store).orElseThrow().stream().filter(s -> s.name().equals(SCENARIO)).findFirst();
    }

    private static WizardDialog openWizard(Shell main, StoreSession session, IEclipseContext context)
            throws IOException {
        Path file = Files.createTempDirectory("grenier-undo").resolve("ventes.csv");
        Files.write(file, EXPORT.getBytes(Charset.forName("windows-1252")));
        WizardDialog dialog = ImportWizard.dialog(main, session, OsgiServices.get(Importer.class), List.of(file));
        dialog.setBlockOnOpen(false);
        dialog.open();
        press(dialog.getShell(), IDialogConstants.NEXT_LABEL);
        ImportPreviewPage preview = assertInstanceOf(ImportPreviewPage.class, dialog.getCurrentPage());
        waitFor(main.getDisplay(), () -> Optional.of(preview).filter(p -> p.table().getItemCount() == 1
                && !p.previewing()), "the preview");
        return dialog;
    }

    private static void chooseCustomerColumn(Display display, ImportPreviewPage preview, String column) {
        Combo customer = preview.mappingCombo(ImportField.CUSTOMER);
        customer.select(Arrays.asList(customer.getItems()).indexOf(column));
        customer.notifyListeners(SWT.Selection, new Event());
        waitFor(display, () -> Optional.of(preview).filter(p -> !p.previewing()
                && p.mappingCombo(ImportField.CUSTOMER).getText().equals(column)), "the preview with " + column);
    }

    /** Save as profile…, then the name typed in the dialog it opens and OK, as a person would. */
    private static void saveAsProfile(Display display, Shell wizard, ImportPreviewPage preview) {
        display.asyncExec(() -> {
            Shell ask = Arrays.stream(display.getShells()).filter(s -> s.isVisible()
                    && s.getText().equals(Messages.ImportWizard_SaveProfile)).findFirst().orElseThrow();
            Text name = Workbench.find(ask, Text.class, text -> true).orElseThrow();
            name.setText(NAME);
            press(ask, IDialogConstants.OK_LABEL);
        });
        press(wizard, Messages.ImportWizard_SaveProfile);
    }

    /** The column the saved profile of that name reads the customer from; empty when there is no such profile. */
    private Optional<String> customerColumn() {
        return store.imports().savedProfiles().orElseThrow().stream().filter(p -> p.name().equals(NAME))
                .findFirst().map(p -> p.rule(ImportField.CUSTOMER).map(r -> String.join(",", r.columns()))
                        .orElse(""));
    }

    private static boolean canExecute(IEclipseContext context, String name) {
        return Workbench.canRun(context, name, Map.of());
    }

    /** Edit > Undo or Redo, as the menu or the key would run it. */
    private static void run(IEclipseContext context, String name) {
        Workbench.run(context, name, Map.of());
    }
}
