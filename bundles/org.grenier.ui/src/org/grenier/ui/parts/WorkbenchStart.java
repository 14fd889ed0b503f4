package org.grenier.ui.parts;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.grenier.ui.charts.ChartWarmUp;
import org.grenier.ui.jobs.JobProgress;
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
     * log and the Jobs' progress, so nothing that goes wrong or runs long from the first Job on is missed; and, once
     * the window is up, runs {@code onceUp} (opening the store) and warms up chart drawing, both in the background.
     * Started any earlier, they took a small laptop's two cores from the window while it was being built: the warm-up
     * delayed it by two seconds, and opening (on a first start, filling) the store by half a second more.
     */
    public static void begin(IEclipseContext context, Runnable onceUp) {
        Language.applyAtStart(context);
        context.set(ProblemLog.class, ProblemLog.start());
        context.set(JobProgress.class, JobProgress.start());
        IEventBroker events = context.get(IEventBroker.class);
        if (events == null) {
            onceUp.run();
            ChartWarmUp.start();
            return;
        }
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
            @Override
            public void handleEvent(Event event) {
                events.unsubscribe(this);
                onceUp.run();
                ChartWarmUp.start();
            }
        });
    }
}
