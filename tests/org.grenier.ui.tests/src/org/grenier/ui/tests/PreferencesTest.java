package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.grenier.core.planning.CostFactors;
import org.grenier.core.planning.ServiceTargets;
import org.grenier.testsupport.OsgiServices;
import org.grenier.ui.Messages;
import org.grenier.ui.planning.PlanningSession;
import org.grenier.ui.planning.ScenariosPart;
import org.grenier.ui.preferences.ComputePreferencePage;
import org.grenier.ui.preferences.PlanningDefaults;
import org.grenier.ui.preferences.PlanningPreferencePage;
import org.grenier.ui.preferences.PreferencesDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File > Preferences: the planning defaults apply to the next plan at once, the compute limits to the next training. */
class PreferencesTest {

    private final ComputeSettings settings = OsgiServices.get(ComputeSettings.class);

    @AfterEach
    void backToTheDefaults() {
        settings.reset();
        PlanningDefaults.reset().orElseThrow();
    }

    @Test
    void thePlanningPageRefusesASplitThatIsNotWholeAndTheScenariosPartTakesTheNewDefaultsAtOnce() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        Workbench.openSession(display, window);
        ScenariosPart scenarios = assertInstanceOf(ScenariosPart.class, Workbench.show(window, ScenariosPart.ID));
        assertEquals(PlanningDefaults.BUILT_IN.horizonDays(), scenarios.horizon().getSelection());
        PreferenceDialog dialog = PreferencesDialog.create(main, settings, PreferencesDialog.PLANNING);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Shell shell = dialog.getShell();
            PlanningPreferencePage page = assertInstanceOf(PlanningPreferencePage.class, dialog.getSelectedPage());
            page.horizon().setSelection(28);
            page.paths().setSelection(500);
            Spinner[] split = page.split();
            split[0].setSelection(50);
            assertFalse(page.isValid(), "50 + 30 + 30 is not the whole cost");
            assertEquals(NLS.bind(Messages.Preferences_SplitNotWhole, 110), page.getErrorMessage());
            split[1].setSelection(25);
            split[2].setSelection(25);
            assertTrue(page.isValid());
            Spinner[][] levels = page.levels();
            assertEquals(990, levels[0][0].getSelection(), "AX starts at the built-in 99.0 %");
            levels[2][2].setSelection(975);
            levels[0][0].setSelection(995);
            Workbench.screenshot(shell, "preferences-planning.png");
            Workbench.pressOk(shell);
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        ServiceTargets raised = ServiceTargets.parse("0.995,0.98,0.97,0.97,0.96,0.95,0.95,0.93,0.975");
        assertEquals(new PlanningDefaults(28, 500, new CostFactors(0.5, 0.25, 0.25), raised), PlanningDefaults.saved());
        waitFor(display, () -> java.util.Optional.of(scenarios.horizon()).filter(h -> h.getSelection() == 28),
                "the Scenarios part showing the new horizon, without a restart");
        assertEquals(500, scenarios.paths().getSelection());
        assertEquals(new CostFactors(0.5, 0.25, 0.25), PlanningSession.Settings.preferred().factors(),
                "the next plan splits costs the new way");
        assertEquals(raised, PlanningSession.Settings.preferred().targets(), "and plans class CZ at 97.5 %");
    }

    @Test
    void theComputationPageSavesThreadsAndMemory() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        IEclipseContext context = assertInstanceOf(MWindow.class, main.getData("modelElement")).getContext();
        assertTrue(Workbench.canRun(context, "preferences", Map.of()), "File > Preferences is enabled");
        // as its handler opens it, but without blocking: the test works the dialog while it is open
        PreferenceDialog dialog = PreferencesDialog.create(main, settings, PreferencesDialog.COMPUTE);
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
            Workbench.pressOk(shell);
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertEquals(new ComputeLimits(1, 96), settings.limits());
    }
}
