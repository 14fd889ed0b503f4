package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Display;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.Importer;
import org.grenier.core.imports.Rejection;
import org.grenier.core.store.Store;
import org.grenier.testsupport.OsgiServices;
import org.grenier.ui.imports.RejectionText;
import org.grenier.ui.preferences.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An analyst working in French reads why each row was refused in French: the wizard and the import's results word
 * the rejection's facts, while the command line and the rejected-rows file keep the English reason.
 */
class RejectionWordsTest {

    private MWindow window;

    @AfterEach
    void backToTheSystemLanguage() {
        Workbench.backToTheSystemLanguage(window);
    }

    @Test
    void eachRefusedRowIsToldInFrench() throws Exception {
        toldInFrench("Generic sales lines", "Date;Article;Quantit\u00e9;Client\n03/02/2025 10:00;BLE-T1;12,5x;C1\n"
                + ";BLE-T1;3;C2\n04/02/1950 10:00;BLE-T1;3;C3\n05/02/2025 09:00;BLE-T1;4;C4\n"
                + "05/02/2025 09:00;BLE-T1;4;C4\n",
                List.of(Rejection.Problem.NOT_A_NUMBER, Rejection.Problem.REQUIRED,
                        Rejection.Problem.DATE_OUT_OF_RANGE, Rejection.Problem.REPEATED),
                List.of("pas un nombre", "obligatoire mais vide", "hors limites\u00a0: Grenier garde les dates "
                        + "de 1970 \u00e0 2148, l'ann\u00e9e lue est 1950",
                        "r\u00e9p\u00e8te la ligne 5 de ce fichier"));
    }

    /** The bounds of a range and the value read are numbers as the French write them, with a decimal comma. */
    @Test
    void aValueOutOfRangeIsToldWithDecimalCommas() throws Exception {
        toldInFrench("Weather", "station;date;temperature;humidite\nLYON;03/02/2025 10:00;4,5;150,5\n"
                + "LYON;03/02/2025 11:00;-95,25;80\nLYON;03/02/2025 12:00;5;70\n",
                List.of(Rejection.Problem.OUT_OF_RANGE, Rejection.Problem.OUT_OF_RANGE),
                List.of("hors limites\u00a0: doit \u00eatre entre 0 et 100, valait 150,5",
                        "hors limites\u00a0: doit \u00eatre entre -80 et 70, valait -95,25"));
    }

    /**
     * A row that contradicts the demo's own storage units (no import brought them) and a row repeated in the file:
     * what the rows share is told in French too.
     */
    @Test
    void aConflictWithTheDemoIsToldInFrench() throws Exception {
        toldInFrench("Storage units", "code cellule;exploitation;nom;type;capacit\u00e9;unit\u00e9\n"
                + "VAL-S1;VAL;Silo 1;Silo;1500;q\nVAL-S8;VAL;Silo 8;Silo;600;q\nVAL-S8;VAL;Silo 8;Silo;600;q\n",
                List.of(Rejection.Problem.CONFLICT_NOT_IMPORTED, Rejection.Problem.REPEATED),
                List.of("contredit un enregistrement qu'aucun import n'a apport\u00e9 (celui de la d\u00e9mo, ou "
                        + "d'avant les imports)\u00a0: m\u00eame code de lieu de stockage",
                        "r\u00e9p\u00e8te la ligne 3 de ce fichier"));
    }

    /** Imports the export with the profile, checks what was refused and how French tells it, then undoes it. */
    private void toldInFrench(String profile, String export, List<Rejection.Problem> problems, List<String> french)
            throws Exception {
        Display display = Display.getCurrent();
        window = assertInstanceOf(MWindow.class, mainWindow(display).getData("modelElement"));
        Store store = Workbench.openSession(display, window).store();
        ImportReport report = imported(store, profile, export);
        try {
            List<Rejection> refused = report.firstRejections();
            assertEquals(problems, refused.stream().map(Rejection::problem).toList(), refused.toString());
            Language.FRENCH.applyNow(window.getContext());
            assertEquals(french, refused.stream().map(RejectionText::reason).toList());
        } finally {
            store.imports().undo(report.batchId()).orElseThrow();
        }
    }

    private static ImportReport imported(Store store, String profile, String export) throws Exception {
        Path file = Files.createTempFile("export-", ".csv");
        Importer importer = OsgiServices.get(Importer.class);
        try {
            Files.writeString(file, export);
            return importer.importFile(store, file, importer.profiles(store).stream()
                    .filter(p -> p.name().equals(profile)).findFirst().orElseThrow(), new NullProgressMonitor())
                    .orElseThrow();
        } finally {
            Workbench.deleteImported(file);
        }
    }
}
