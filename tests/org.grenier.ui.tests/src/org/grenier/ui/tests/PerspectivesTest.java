package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.handlers.PerspectiveHandler;
import org.junit.jupiter.api.Test;

/** Window › Overview, Data, Planning, Sensors, Forecasts: each perspective opens, through its command, with its parts drawn. */
class PerspectivesTest {

    private static final Map<String, List<String>> PARTS = Map.of(
            "org.grenier.app.perspective.overview", List.of("org.grenier.ui.part.overview"),
            "org.grenier.app.perspective.data", List.of("org.grenier.ui.part.store", "org.grenier.ui.part.imports",
                    "org.grenier.ui.part.health", "org.grenier.ui.part.problems", "org.grenier.ui.part.progress"),
            "org.grenier.app.perspective.planning", List.of("org.grenier.ui.part.orders",
                    "org.grenier.ui.part.scenarios", "org.grenier.ui.part.risk"),
            "org.grenier.app.perspective.sensors", List.of("org.grenier.ui.part.sensors"),
            "org.grenier.app.perspective.forecasts", List.of("org.grenier.ui.part.forecasts"));

    @Test
    void eachPerspectiveOpensWithItsParts() {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        IEclipseContext context = window.getContext();
        EModelService models = context.get(EModelService.class);
        EPartService parts = context.get(EPartService.class);
        try {
            for (String id : List.of("org.grenier.app.perspective.overview", "org.grenier.app.perspective.planning", "org.grenier.app.perspective.sensors",
                    "org.grenier.app.perspective.forecasts", "org.grenier.app.perspective.data")) {
                ParameterizedCommand open = context.get(ECommandService.class).createCommand(
                        "org.grenier.app.command.perspective", Map.of(PerspectiveHandler.PERSPECTIVE, id));
                assertTrue(context.get(EHandlerService.class).canExecute(open), id + " can be opened");
                context.get(EHandlerService.class).executeHandler(open);
                MPerspective active = waitFor(display, () -> Optional.ofNullable(models.getActivePerspective(
                        window)).filter(p -> p.getElementId().equals(id)), id + " in front");
                assertTrue(!active.getLocalizedLabel().isBlank() && !active.getLocalizedLabel().startsWith("%"),
                        active.getLocalizedLabel());
                for (String partId : PARTS.get(id)) {
                    MPart part = assertInstanceOf(MPart.class, models.find(partId, active), partId + " in " + id);
                    parts.showPart(part, EPartService.PartState.ACTIVATE);
                    waitFor(display, () -> Optional.ofNullable(part.getObject()), partId + " drawn");
                }
            }
            assertEquals("org.grenier.app.perspective.data", models.getActivePerspective(window).getElementId());
        } finally {
            Workbench.show(window, "org.grenier.ui.part.store");
        }
    }

    /**
     * A person drags Problems up beside the store; Window › Reset Perspective puts it back below, in the layout as
     * shipped, with its parts drawn anew and working.
     */
    @Test
    void resetPerspectiveBringsBackTheShippedLayout() {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        IEclipseContext context = window.getContext();
        EModelService models = context.get(EModelService.class);
        try {
            Workbench.show(window, "org.grenier.ui.part.problems");
            MPart problems = assertInstanceOf(MPart.class, models.find("org.grenier.ui.part.problems", window));
            org.eclipse.e4.ui.model.application.ui.basic.MPartStack top = assertInstanceOf(
                    org.eclipse.e4.ui.model.application.ui.basic.MPartStack.class, models.find(
                            "org.grenier.app.partstack.data", window));
            top.getChildren().add(problems); // what dragging its tab there does to the model
            assertEquals(top, problems.getParent());

            ParameterizedCommand reset = context.get(ECommandService.class).createCommand(
                    "org.grenier.app.command.perspective.reset", Map.of());
            context.get(EHandlerService.class).executeHandler(reset);
            MPart back = waitFor(display, () -> Optional.ofNullable(models.find("org.grenier.ui.part.problems",
                    window)).filter(MPart.class::isInstance).map(MPart.class::cast).filter(p -> p != problems),
                    "a fresh Problems part");
            assertEquals("org.grenier.app.partstack.problems", back.getParent().getElementId(), "back below");
            assertEquals(1, models.findElements(window, "org.grenier.app.perspective.data", MPerspective.class)
                    .size(), "one Data perspective, not two");
            context.get(EPartService.class).showPart(back, EPartService.PartState.ACTIVATE);
            waitFor(display, () -> Optional.ofNullable(back.getObject()), "the Problems part drawn anew");
        } finally {
            Workbench.show(window, "org.grenier.ui.part.store");
        }
    }
}
