package org.grenier.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.grenier.ui.parts.Parts;
import org.grenier.ui.problems.ProblemsPart;

/** Window › Problems: brings the Problems part forward, in the perspective that holds it. */
public class ProblemsHandler {

    @Execute
    public void execute(MWindow window, EModelService models, EPartService parts) {
        Parts.open(window, models, parts, ProblemsPart.ID);
    }
}
