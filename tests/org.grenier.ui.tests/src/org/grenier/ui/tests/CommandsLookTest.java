package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledToolItem;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBar;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.grenier.ui.Messages;
import org.grenier.ui.parts.StorePart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The main commands as a person reaches them: every perspective, part and tool button has its icon (at both screen
 * densities), the tool bar's buttons show their icons and say what they do, the main commands have their keys, and
 * Help › About opens through its command.
 */
class CommandsLookTest {

    private static final Map<String, String> KEYS = Map.of("import", "M1+I", "refresh", "F5", "undo", "M1+Z",
            "redo", "M1+Y", "quit", "M1+Q", "problems", "M1+M2+P");

    @Test
    void everyPerspectivePartAndToolButtonHasItsIconAtBothDensities() throws IOException {
        MWindow window = window();
        EModelService models = window.getContext().get(EModelService.class);
        MApplication application = window.getContext().get(MApplication.class);
        List<MUILabel> labelled = new ArrayList<>();
        labelled.addAll(models.findElements(application, null, MPerspective.class));
        labelled.addAll(models.findElements(application, null, MPart.class));
        labelled.addAll(models.findElements(application, null, MHandledToolItem.class));
        assertTrue(labelled.size() >= 5 + 11 + 10, "perspectives, parts and tool items: " + labelled.size());
        for (MUILabel element : labelled) {
            String uri = element.getIconURI();
            assertNotNull(uri, element + " has an icon");
            assertEquals(18, size(uri), uri);
            assertEquals(36, size(uri.replace(".png", "@2x.png")), uri + " for dense screens");
        }
    }

    @Test
    void theToolBarShowsItsIconsSaysWhatEachDoesAndOpensAPerspective() {
        MWindow window = window();
        Display display = Display.getCurrent();
        EModelService models = window.getContext().get(EModelService.class);
        MToolBar bar = assertInstanceOf(MToolBar.class, models.find("org.grenier.app.toolbar.main", window));
        // the tool bar sits in a frame with its drag handle
        ToolBar tools = Workbench.find(assertInstanceOf(Composite.class, bar.getWidget()), ToolBar.class, t -> true)
                .orElseThrow();
        assertTrue(tools.isVisible() && tools.getItemCount() >= 10, "the tool bar shown with its buttons");
        ToolItem planning = null;
        for (ToolItem item : tools.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) != 0) {
                continue;
            }
            assertNotNull(item.getImage(), "an icon on " + item.getToolTipText());
            assertTrue(item.getToolTipText() != null && !item.getToolTipText().isBlank()
                    && !item.getToolTipText().startsWith("%"), "a tooltip: " + item.getToolTipText());
            planning = item.getToolTipText().startsWith("Planning") ? item : planning;
        }
        assertNotNull(planning, "a button for the Planning perspective");
        try {
            planning.notifyListeners(SWT.Selection, new Event());
            waitFor(display, () -> Optional.ofNullable(models.getActivePerspective(window))
                    .filter(p -> p.getElementId().equals("org.grenier.app.perspective.planning")), "Planning in front");
        } finally {
            Workbench.show(window, StorePart.ID);
        }
    }

    /**
     * The keys of the main commands, as the application model shipped binds them in the window. Read from the model's
     * file: in the test runtime, which carries the 3.x workbench's bundles, that workbench's key scheme replaces the
     * model's bindings; the product has none of those bundles, and its keys were pressed there with xdotool.
     */
    @Test
    void theModelShippedBindsTheMainCommandsToTheirKeys() throws Exception {
        Document model;
        try (InputStream in = URI.create("platform:/plugin/org.grenier.app/Application.e4xmi").toURL().openStream()) {
            model = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, String> commands = new TreeMap<>();
        NodeList declared = model.getElementsByTagName("commands");
        for (int i = 0; i < declared.getLength(); i++) {
            Element command = (Element) declared.item(i);
            commands.put(command.getAttribute("xmi:id"), command.getAttribute("elementId")
                    .replace("org.grenier.app.command.", ""));
        }
        Map<String, String> bound = new TreeMap<>();
        NodeList bindings = model.getElementsByTagName("bindings");
        for (int i = 0; i < bindings.getLength(); i++) {
            Element binding = (Element) bindings.item(i);
            NodeList parameters = binding.getElementsByTagName("parameters");
            String parameter = parameters.getLength() == 0 ? "" : " " + ((Element) parameters.item(0))
                    .getAttribute("value").replace("org.grenier.app.perspective.", "");
            bound.merge(commands.get(binding.getAttribute("command")) + parameter, binding.getAttribute("keySequence"),
                    (one, other) -> one + " " + other); // redo has two
        }
        Map<String, String> expected = new TreeMap<>(KEYS);
        String[] perspectives = { "overview", "data", "planning", "sensors", "forecasts" };
        for (int i = 0; i < perspectives.length; i++) {
            expected.put("perspective " + perspectives[i], "M1+M2+" + i);
        }
        expected.forEach((command, keys) -> assertTrue(bound.containsKey(command)
                && List.of(bound.get(command).split(" ")).contains(keys), command + " on " + keys + ": " + bound));
    }

    /** Help › About through its command, as the menu item runs it: the dialog opens, and closes with Close. */
    @Test
    void aboutOpensThroughItsCommand() {
        Display display = Display.getCurrent();
        AtomicBoolean opened = new AtomicBoolean();
        display.asyncExec(() -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && shell.getText().equals(Messages.About_Title)) {
                    opened.set(true);
                    Workbench.press(shell, IDialogConstants.CLOSE_LABEL);
                }
            }
        });
        Workbench.run(window().getContext(), "about", Map.of());
        assertTrue(opened.get(), "the About dialog opened, and its Close closed it");
        for (Shell shell : display.getShells()) {
            assertFalse(shell.isVisible() && shell.getText().equals(Messages.About_Title), "closed");
        }
    }

    private static MWindow window() {
        Shell main = mainWindow(Display.getCurrent());
        return assertInstanceOf(MWindow.class, main.getData("modelElement"));
    }

    private static int size(String uri) throws IOException {
        try (InputStream in = URI.create(uri).toURL().openStream()) {
            ImageData image = new ImageData(in);
            assertEquals(image.width, image.height, uri + " is square");
            return image.width;
        }
    }
}
