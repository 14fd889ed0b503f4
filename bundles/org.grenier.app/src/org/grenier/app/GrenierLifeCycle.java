package org.grenier.app;

import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.grenier.ui.parts.WorkbenchStart;
import org.grenier.ui.planning.PlanningSession;
import org.grenier.ui.store.StoreSession;
import org.osgi.service.event.Event;

/**
 * Starts and ends a Grenier session: speaks the chosen language, opens the store in the background at start, closes
 * it at shutdown.
 */
public class GrenierLifeCycle {

    private StoreSession session;

    @PostContextCreate
    void openStore(IEclipseContext context) {
        WorkbenchStart.begin(context);
        session = ContextInjectionFactory.make(StoreSession.class, context);
        context.set(StoreSession.class, session);
        context.set(PlanningSession.class, ContextInjectionFactory.make(PlanningSession.class, context));
        session.open();
    }

    @Inject
    @Optional
    void closeStore(@UIEventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Event event) {
        if (session != null) {
            session.close();
        }
    }
}
