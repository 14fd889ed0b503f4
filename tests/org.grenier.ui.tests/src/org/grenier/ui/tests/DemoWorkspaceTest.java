package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.ComputeSettings;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.Site;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.RecordKind;
import org.grenier.core.store.StoreSummary;
import org.grenier.testsupport.OsgiServices;
import org.grenier.ui.Messages;
import org.grenier.ui.handlers.WorkspaceHandler;
import org.grenier.ui.parts.OverviewPart;
import org.grenier.ui.preferences.GeneralPreferencePage;
import org.grenier.ui.preferences.PreferencesDialog;
import org.grenier.ui.preferences.StoreLocation;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo workspace a newcomer explores, reset to how it came, and the person's own store beside it: switched to
 * from the File menu, empty at first, moved to another folder from Preferences > General without a restart.
 */
class DemoWorkspaceTest {

    private final Display display = Display.getCurrent();
    private final Shell main = mainWindow(display);
    private final MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
    private final IEclipseContext context = window.getContext();

    @AfterEach
    void backToTheDemo() {
        StoreSession session = context.get(StoreSession.class);
        StoreLocation.saveFolder(Optional.empty()).orElseThrow();
        if (session.workspace() == null || !session.workspace().isDemo()) {
            session.switchTo(Workspace.Kind.DEMO);
        }
        waitFor(display, () -> Optional.ofNullable(session.latest()).filter(s -> !s.isFailed() && s.summary()
                .folder().getFileName().toString().endsWith("-demo")), "the demo open again for the other tests");
    }

    @Test
    void resettingTheDemoDropsWhatWasAddedAndTheOwnStoreStartsEmptyWhereverItIsKept() throws Exception {
        StoreSession session = Workbench.openSession(display, window);
        assertTrue(session.workspace().isDemo(), "a first start opens the demo workspace");
        session.store().add(new Dataset(List.of(), List.of(new Site("ESSAI", "Site d'essai", null)), List.of(),
                List.of(), List.of(), List.of())).orElseThrow();
        session.refresh();
        waitForSites(session, 4, "the trial site added to the demo");

        resetThroughTheMenu();
        StoreSummary reset = waitForSites(session, 3, "the demo as it came");
        Dataset demo = DemoDataset.workspace();
        assertEquals(demo.skus().size(), reset.count(RecordKind.SKU));
        assertEquals(demo.sales().size(), reset.count(RecordKind.SALES_LINE));
        assertTrue(session.store().sites().orElseThrow().stream().noneMatch(s -> s.code().equals("ESSAI")));

        Path mine = Files.createTempDirectory("grenier-own");
        chooseStoreFolder(mine);
        assertTrue(session.workspace().isDemo(), "a new folder for one's own store does not close the demo");
        run("workspace", Map.of(WorkspaceHandler.WORKSPACE, "OWN"));
        StoreSummary own = waitForFolder(session, mine, "my store opened in the folder chosen");
        assertEquals(0, own.count(RecordKind.SKU), "one's own store starts empty, not with the demo's data");
        assertFalse(canRun("workspace.reset", Map.of()), "only the demo can be reset");
        OverviewPart overview = assertInstanceOf(OverviewPart.class, Workbench.show(window, OverviewPart.ID));
        waitFor(display, () -> Optional.of(overview.welcome()).filter(w -> !w.isEmpty()
                && w.get(0).equals(Messages.Overview_Empty)), "the overview inviting to import or to the demo");
        Workbench.screenshot(main, "overview-empty-store.png");

        Path moved = Files.createTempDirectory("grenier-moved");
        chooseStoreFolder(moved);
        waitForFolder(session, moved, "my store reopened in the new folder at once");
        assertTrue(Files.exists(mine.resolve("grenier.mv.db")), "the store in the old folder is left as it was");

        run("workspace", Map.of(WorkspaceHandler.WORKSPACE, "DEMO"));
        waitForSites(session, 3, "the demo back, with its three sites");
        waitFor(display, () -> Optional.of(overview.welcome()).filter(w -> !w.isEmpty()
                && w.get(0).equals(Messages.Overview_Demo)), "the overview saying this is the demo");
    }

    @Test
    void aFileIsRefusedAsTheFolderOfOnesStore() throws Exception {
        Path file = Files.createTempFile("grenier", ".txt");
        PreferenceDialog dialog = PreferencesDialog.create(main, OsgiServices.get(ComputeSettings.class),
                PreferencesDialog.GENERAL);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            GeneralPreferencePage page = assertInstanceOf(GeneralPreferencePage.class, dialog.getSelectedPage());
            page.folder().setText(file.toString());
            Workbench.press(dialog.getShell(), org.eclipse.jface.resource.JFaceResources.getString(
                    "PreferencesDialog.okButtonLabel"));
            assertFalse(dialog.getShell().isDisposed(), "the dialog stays open");
            assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.Preferences_StoreFolderBad, file,
                    Messages.Preferences_NotAFolder), page.getErrorMessage());
            assertEquals(Optional.empty(), StoreLocation.chosenFolder(), "nothing saved");
        } finally {
            dialog.close();
            Files.delete(file);
        }
    }

    /** File > Reset the Demo Workspace…, answering its question with OK as a person would. */
    private void resetThroughTheMenu() {
        Workbench.answer(display, Messages.Demo_ResetTitle, IDialogConstants.OK_LABEL);
        run("workspace.reset", Map.of());
    }

    /** Preferences > General, the folder typed in its field, then OK. */
    private void chooseStoreFolder(Path folder) {
        PreferenceDialog dialog = PreferencesDialog.create(main, OsgiServices.get(ComputeSettings.class),
                PreferencesDialog.GENERAL);
        dialog.setBlockOnOpen(false);
        dialog.open();
        GeneralPreferencePage page = assertInstanceOf(GeneralPreferencePage.class, dialog.getSelectedPage());
        page.folder().setText(folder.toString());
        Workbench.pressOk(dialog.getShell());
        assertEquals(Optional.of(folder.toAbsolutePath().normalize()), StoreLocation.chosenFolder());
    }

    private StoreSummary waitForSites(StoreSession session, int sites, String what) {
        try {
            return waitFor(display, () -> Optional.ofNullable(session.latest()).filter(s -> !s.isFailed())
                    .map(s -> s.summary()).filter(s -> s.count(RecordKind.SITE) == sites), what);
        } catch (AssertionError e) {
            var last = session.latest();
            throw new AssertionError(e.getMessage() + "; the store reads " + (last == null ? "nothing"
                    : last.isFailed() ? last.error() : last.summary().counts()), e);
        }
    }

    private StoreSummary waitForFolder(StoreSession session, Path folder, String what) {
        return waitFor(display, () -> Optional.ofNullable(session.latest()).filter(s -> !s.isFailed())
                .map(s -> s.summary()).filter(s -> s.folder().equals(folder.toAbsolutePath().normalize())), what);
    }

    private boolean canRun(String name, Map<String, Object> parameters) {
        return Workbench.canRun(context, name, parameters);
    }

    private void run(String name, Map<String, Object> parameters) {
        Workbench.run(context, name, parameters);
    }
}
