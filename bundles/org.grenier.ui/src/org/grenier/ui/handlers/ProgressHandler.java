package org.grenier.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.grenier.ui.jobs.ProgressPart;
import org.grenier.ui.parts.Parts;

/** Window › Progress: brings the Progress part forward, in the perspective that holds it. */
public class ProgressHandler {

    @Execute
    public void execute(MWindow window, EModelService models, EPartService parts) {
        Parts.open(window, models, parts, ProgressPart.ID);
    }
}
