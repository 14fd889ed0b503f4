package org.grenier.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.grenier.ui.parts.PerspectiveLayouts;

/** Window › Reset Perspective: the perspective in front goes back to its layout as shipped. */
public class ResetPerspectiveHandler {

    @Execute
    public void execute(MApplication application, MWindow window, EModelService models, EPartService parts) {
        PerspectiveLayouts.resetActive(application, window, models, parts);
    }
}
