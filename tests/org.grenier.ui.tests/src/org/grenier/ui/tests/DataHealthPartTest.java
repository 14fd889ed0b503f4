package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.IntegrityFinding;
import org.grenier.core.store.IntegrityFinding.Kind;
import org.grenier.core.store.SourceHealth;
import org.grenier.ui.Messages;
import org.grenier.ui.parts.DataHealthPart;
import org.grenier.ui.parts.HealthWords;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Data health in the workbench: the sources listed with their volume and freshness; the check finding sales lines
 * for a product the catalogue lacks and a sale stored twice; both mended from the part as a person would, through the
 * re-link dialog and the confirmation; Import again… on the file whose rows were refused. The demo is reset
 * afterwards, so other tests meet it as it came.
 */
class DataHealthPartTest {

    private final Display display = Display.getCurrent();
    private final Shell main = mainWindow(display);
    private final MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
    private StoreSession session;

    @AfterEach
    void resetTheDemo() {
        if (session != null && session.resetDemo() != null) {
            waitFor(display, () -> Optional.ofNullable(session.latest()).filter(s -> !s.isFailed() && session.store()
                    != null && s.summary().count(org.grenier.core.store.RecordKind.SALES_LINE) == DemoDataset
                            .workspace().sales().size()), "the demo as it came");
        }
    }

    @Test
    void findsWhatIsWrongAndMendsItFromThePart() throws Exception {
        session = Workbench.openSession(display, window);
        DataHealthPart part = assertInstanceOf(DataHealthPart.class, Workbench.show(window, DataHealthPart.ID));
        SourceHealth sales = waitFor(display, () -> part.sources().rows().stream().filter(s -> s.source()
                == SourceHealth.Source.SALES).findFirst(), "the sales listed as a source");
        assertTrue(sales.volume() >= DemoDataset.workspace().sales().size(), "volume " + sales.volume());
        assertTrue(Arrays.stream(part.sources().table().getItems()).anyMatch(item -> item.getText(1).equals("PF1-T")
                && item.getText(4).equals(HealthWords.Stale)), "the pharmacy's fridge sensor, stale since 2025");
        waitFor(display, () -> Optional.of(part.ages()).filter(c -> c.categories().size() == part.sources().rows()
                .size()), "a bar place for every source");
        assertTrue(part.ages().categories().contains("PF1-T"), part.ages().categories().toString());
        assertEquals(List.of(100.0), part.ages().valueMarkers(), "the line where a source goes stale");

        List<IntegrityFinding> before = check(part, null);
        session.store().add(damage()).orElseThrow();
        List<IntegrityFinding> found = check(part, before);
        assertEquals(List.of(Kind.UNKNOWN_PRODUCT, Kind.DUPLICATE_SALES), found.stream().map(IntegrityFinding::kind)
                .toList());
        assertEquals("3 sales lines name the product BLE-TENDRE, which the catalogue does not have",
                row(part.findings().table(), found.get(0)));
        Workbench.screenshot(main, "data-health.png");

        select(part, found.get(0));
        relinkTo(part, "BLE-T1");
        waitFor(display, () -> Optional.of(part.findings().rows()).filter(rows -> rows.stream().noneMatch(f -> f.kind()
                == Kind.UNKNOWN_PRODUCT) && !part.status().getText().equals(HealthWords.Checking)),
                "the product re-linked and the store checked again");
        assertTrue(session.store().sales("BLE-TENDRE").orElseThrow().isEmpty());

        IntegrityFinding copies = part.findings().rows().stream().filter(f -> f.kind() == Kind.DUPLICATE_SALES)
                .findFirst().orElseThrow();
        select(part, copies);
        Workbench.answer(display, HealthWords.RemoveTitle, IDialogConstants.OK_LABEL);
        press(part, HealthWords.RemoveCopies);
        waitFor(display, () -> Optional.of(part.findings().rows()).filter(before::equals),
                "the copy removed: the store as whole as before the damage");
    }

    /** Presses Check the store and waits for its findings; those already there before, if given, are left out. */
    private List<IntegrityFinding> check(DataHealthPart part, List<IntegrityFinding> before) {
        press(part, HealthWords.Check);
        waitFor(display, () -> Optional.of(part.status().getText()).filter(t -> !t.equals(HealthWords.Checking)
                && !t.equals(HealthWords.NotChecked)), "the check done");
        List<IntegrityFinding> found = new ArrayList<>(part.findings().rows());
        if (before != null) {
            found.removeAll(before);
        }
        return found;
    }

    /**
     * An import profile whose last file had rows refused: Import again… opens the import wizard on that file, so the
     * analyst corrects the mapping and brings the rows in.
     */
    @Test
    void importAgainOpensTheWizardOnTheFileWhoseRowsWereRefused() throws Exception {
        session = Workbench.openSession(display, window);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("grenier-health").resolve("ventes-mars.csv");
        java.nio.file.Files.writeString(file, "date;article;quantite\n2025-12-30;BLE-T1;2\n2025-12-30;BLE-T1;deux\n");
        org.grenier.core.imports.Importer importer = org.grenier.testsupport.OsgiServices.get(
                org.grenier.core.imports.Importer.class);
        org.grenier.core.imports.MappingProfile sales = importer.profiles(session.store()).stream()
                .filter(p -> p.name().equals("Generic sales lines")).findFirst().orElseThrow();
        assertEquals(1, importer.importFile(session.store(), file, sales, new org.eclipse.core.runtime
                .NullProgressMonitor()).orElseThrow().rejected(), "a row refused");
        try {
            DataHealthPart part = assertInstanceOf(DataHealthPart.class, Workbench.show(window, DataHealthPart.ID));
            part.read();
            SourceHealth profile = waitFor(display, () -> part.sources().rows().stream().filter(s -> s.source()
                    == SourceHealth.Source.IMPORT && s.problems() > 0).findFirst(), "the profile with refused rows");
            Table sources = part.sources().table();
            sources.setSelection(part.sources().rows().indexOf(profile));
            sources.notifyListeners(SWT.Selection, new Event());
            List<String> offered = new ArrayList<>();
            display.asyncExec(() -> {
                Shell wizard = shell(Messages.ImportWizard_Title);
                offered.addAll(List.of(Workbench.find(wizard, org.eclipse.swt.widgets.List.class, l -> true)
                        .orElseThrow().getItems()));
                Workbench.press(wizard, IDialogConstants.CANCEL_LABEL);
            });
            press(part, HealthWords.ImportAgain);
            assertEquals(List.of(file.toString()), offered, "the wizard opened on the file");
        } finally {
            Workbench.deleteImported(file);
        }
    }

    private static String row(Table table, IntegrityFinding finding) {
        return Arrays.stream(table.getItems()).filter(item -> item.getData() == finding || item.getText(0)
                .contains(finding.subject())).findFirst().orElseThrow().getText(0);
    }

    private static void select(DataHealthPart part, IntegrityFinding finding) {
        Table table = part.findings().table();
        table.setSelection(part.findings().rows().indexOf(finding));
        table.notifyListeners(SWT.Selection, new Event());
    }

    private void press(DataHealthPart part, String label) {
        Button button = Workbench.find(part.status().getParent(), Button.class, b -> b.getText().equals(label))
                .orElseThrow();
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Re-link…, the code chosen in its list, OK: as a person would. */
    private void relinkTo(DataHealthPart part, String code) {
        display.asyncExec(() -> {
            Shell ask = shell(HealthWords.RelinkTitle);
            Combo codes = Workbench.find(ask, Combo.class, c -> true).orElseThrow();
            codes.select(Arrays.asList(codes.getItems()).indexOf(code));
            codes.notifyListeners(SWT.Selection, new Event());
            Workbench.press(ask, IDialogConstants.OK_LABEL);
        });
        press(part, HealthWords.Relink);
    }

    private Shell shell(String title) {
        return Arrays.stream(display.getShells()).filter(s -> s.isVisible() && s.getText().equals(title)).findFirst()
                .orElseThrow();
    }

    /** An ERP that renamed a product (three lines for BLE-TENDRE), and one demo sale brought again with another zone. */
    private static Dataset damage() {
        List<SalesObservation> sales = new ArrayList<>();
        for (int day = 29; day <= 31; day++) {
            sales.add(new SalesObservation(Instant.parse("2025-12-" + day + "T09:00:00Z"), "BLE-TENDRE", "VAL",
                    BigDecimal.TEN, new BigDecimal("240.00"), "C100", "Nord"));
        }
        SalesObservation first = DemoDataset.workspace().sales().get(0);
        sales.add(new SalesObservation(first.at(), first.skuCode(), first.siteCode(), first.quantity(),
                first.amount(), first.customer(), first.deliveryZone() + " (ERP)"));
        return new Dataset(List.of(), List.of(), List.of(), List.of(), sales, List.of());
    }
}
