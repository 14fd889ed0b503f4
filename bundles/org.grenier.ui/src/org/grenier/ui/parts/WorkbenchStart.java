package org.grenier.ui.parts;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.grenier.ui.charts.ChartWarmUp;
import org.grenier.ui.preferences.Language;
import org.grenier.ui.problems.ProblemLog;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/** What the workbench does as it starts, before any part is drawn. */
public final class WorkbenchStart {

    private WorkbenchStart() {
    }

    /**
     * Speaks the language chosen in Preferences, so every text and number the parts draw is in it; starts the problem
     * log, so nothing that goes wrong from the first Job on is missed; and, once the window is up, warms up chart
     * drawing in the background, so the first chart a person opens does not freeze the window. Started any earlier,
     * the warm-up took one of a small laptop's two cores from the start and delayed the window by two seconds.
     */
    public static void begin(IEclipseContext context) {
        Language.applyAtStart(context);
        context.set(ProblemLog.class, ProblemLog.start());
        IEventBroker events = context.get(IEventBroker.class);
        if (events == null) {
            ChartWarmUp.start();
            return;
        }
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
            @Override
            public void handleEvent(Event event) {
                events.unsubscribe(this);
                ChartWarmUp.start();
            }
        });
    }
}
