package org.grenier.ui.parts;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Brings a part forward in the perspective that holds it, as the overview's links and the status line do. */
public final class Parts {

    private Parts() {
    }

    public static void open(MWindow window, EModelService models, EPartService parts, String partId) {
        List<MPart> found = models.findElements(window, partId, MPart.class);
        if (found.isEmpty()) {
            return;
        }
        MPerspective perspective = models.getPerspectiveFor(found.get(0));
        if (perspective != null) {
            parts.switchPerspective(perspective);
        }
        parts.showPart(found.get(0), EPartService.PartState.ACTIVATE);
    }
}
