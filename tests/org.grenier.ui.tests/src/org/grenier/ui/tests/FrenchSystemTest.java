package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.find;
import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.press;
import static org.grenier.ui.tests.Workbench.screenshot;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.imports.ImportPreviewPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Grenier started on a French system, as most of its users start it: everything, JFace's own buttons included, speaks
 * French from the first window. Run by its own test execution, whose workbench starts with a French default locale
 * (this module's pom); a language chosen in a running workbench cannot show this, as JFace reads its texts once.
 */
class FrenchSystemTest {

    // Only in its own execution; a run picking tests by name (-Dtest) also offers it to the English workbench.
    @Test
    @EnabledIfSystemProperty(named = "grenier.frenchSystem", matches = "true")
    void theImportWizardOfAFrenchSystemSpeaksFrenchToTheLastButton() throws IOException {
        assertEquals("fr", Locale.getDefault().getLanguage(), "this test's workbench starts on a French system");
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        Path file = ImportWizardTest.frenchExport();
        WizardDialog dialog = ImportWizardTest.openWizard(main, window, file);
        try {
            // JFace's texts come from Grenier's French fragment of JFace: none is left in English.
            for (String button : List.of("< &Pr\u00e9c\u00e9dent", "&Suivant >", "&Terminer", "Annuler")) {
                assertTrue(find(dialog.getShell(), Button.class, b -> b.getText().equals(button)).isPresent(),
                        "the wizard has a button " + button);
            }
            press(dialog.getShell(), "&Suivant >");
            ImportPreviewPage preview = assertInstanceOf(ImportPreviewPage.class, dialog.getCurrentPage());
            waitFor(display, () -> Optional.of(preview).filter(p -> p.table().getItemCount() == 4
                    && !p.previewing()), "the preview of the four rows");
            assertEquals("ligne 4\u00a0: Quantit\u00e9\u00a0: pas un nombre", preview.table().getItem(2).getText(0));
            screenshot(dialog.getShell(), "import-wizard-fr.png");
        } finally {
            dialog.close();
            Files.delete(file);
            Files.delete(file.getParent());
        }
    }
}
