package org.grenier.ui.parts;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.grenier.ui.charts.ChartWarmUp;
import org.grenier.ui.preferences.Language;
import org.grenier.ui.problems.ProblemLog;

/** What the workbench does as it starts, before any part is drawn. */
public final class WorkbenchStart {

    private WorkbenchStart() {
    }

    /**
     * Speaks the language chosen in Preferences, so every text and number the parts draw is in it; starts the problem
     * log, so nothing that goes wrong from the first Job on is missed; and warms up chart drawing in the background,
     * so the first chart a person opens does not freeze the window.
     */
    public static void begin(IEclipseContext context) {
        Language.applyAtStart(context);
        context.set(ProblemLog.class, ProblemLog.start());
        ChartWarmUp.start();
    }
}
