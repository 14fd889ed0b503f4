package org.grenier.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Window › Data, Planning, Sensors, Forecasts: brings the perspective for that job to the front. */
public class PerspectiveHandler {

    /** The command parameter naming the perspective's element id. */
    public static final String PERSPECTIVE = "org.grenier.app.commandparameter.perspective";

    @Execute
    public void execute(@Named(PERSPECTIVE) String id, MWindow window, EModelService models, EPartService parts) {
        if (models.find(id, window) instanceof MPerspective perspective) {
            parts.switchPerspective(perspective);
        }
    }
}
