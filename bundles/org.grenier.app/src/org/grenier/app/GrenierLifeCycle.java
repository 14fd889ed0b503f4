package org.grenier.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.grenier.ui.parts.PerspectiveLayouts;
import org.grenier.ui.parts.WorkbenchStart;
import org.grenier.ui.planning.PlanningSession;
import org.grenier.ui.store.StoreSession;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;

/**
 * Starts and ends a Grenier session: speaks the chosen language, opens the store in the background once the window is
 * up, closes it at shutdown.
 */
public class GrenierLifeCycle {

    private StoreSession session;

    @PostContextCreate
    void openStore(IEclipseContext context) {
        forgetLayoutsOfOtherVersions();
        // the language first: nothing may load a text before it is chosen
        WorkbenchStart.begin(context, () -> session.open());
        session = ContextInjectionFactory.make(StoreSession.class, context);
        context.set(StoreSession.class, session);
        context.set(PlanningSession.class, ContextInjectionFactory.make(PlanningSession.class, context));
    }

    /** Runs before the model is read: layouts saved by another version may lack the parts this one ships. */
    private static void forgetLayoutsOfOtherVersions() {
        String instance = System.getProperty("osgi.instance.area");
        if (instance == null) {
            return;
        }
        try {
            PerspectiveLayouts.forgetIfOtherVersion(Path.of(URI.create(instance.replace(" ", "%20"))),
                    FrameworkUtil.getBundle(GrenierLifeCycle.class).getVersion().toString());
        } catch (IOException | IllegalArgumentException e) {
            // the shipped layouts are used, as on a first start; nothing is lost
            System.err.println("Grenier: the saved window layout was not checked: " + e.getMessage());
        }
    }

    /** Keeps each perspective as shipped, for Window > Reset Perspective. */
    @ProcessAdditions
    void rememberShippedLayouts(MApplication application, EModelService models) {
        PerspectiveLayouts.remember(application, models);
    }

    @Inject
    @Optional
    void closeStore(@UIEventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Event event) {
        if (session != null) {
            session.close();
        }
    }
}
