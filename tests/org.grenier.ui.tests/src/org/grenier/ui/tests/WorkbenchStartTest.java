package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.screenshot;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.ui.parts.StatusLine;
import org.grenier.ui.parts.OverviewPart;
import org.grenier.ui.parts.StorePart;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.Sku;
import org.junit.jupiter.api.Test;

/** Starts the real workbench (Tycho's UI harness) and checks what a newcomer sees on first start. */
class WorkbenchStartTest {


    @Test
    void showsTheMainWindowWithTheStorePartFilledWithDemoData() throws IOException {
        Display display = Display.getCurrent();
        assertNotNull(display, "the test runs on the workbench's UI thread");
        Shell main = mainWindow(display);
        MWindow window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        EModelService models = window.getContext().get(EModelService.class);

        // the stack shows its first perspective at start (the model is read afresh at each start); other tests
        // sharing this workbench may have switched since, so the model says what a newcomer meets
        MPerspectiveStack stack = assertInstanceOf(MPerspectiveStack.class, find(models, window,
                "org.grenier.app.perspectivestack"));
        assertEquals("org.grenier.app.perspective.overview", stack.getChildren().get(0).getElementId(),
                "a newcomer meets the overview first");
        OverviewPart overview = assertInstanceOf(OverviewPart.class, Workbench.show(window, OverviewPart.ID),
                "the overview was created");
        int demoProducts = DemoDataset.workspace().skus().size();
        waitFor(display, () -> Optional.of(overview.texts().get(0).get(0)).filter(t -> t.startsWith(demoProducts
                + " products \u00b7 3 sites")), "the overview counts the demo's products and its three sites");
        assertTrue(overview.welcome().get(0).startsWith("You are exploring the demo workspace"),
                "a newcomer is told where they are: " + overview.welcome());

        Workbench.show(window, StorePart.ID);
        MPart part = assertInstanceOf(MPart.class, find(models, window, StorePart.ID));
        StorePart store = assertInstanceOf(StorePart.class, part.getObject(), "the Store part was created");
        Table products = store.contents().products();
        waitFor(display, () -> Optional.of(products).filter(t -> t.getItemCount() > 0 && t.isVisible()),
                "the products of the demo data listed in the Store part");
        assertEquals(demoProducts, products.getItemCount());
        assertEquals("BLE-T1", products.getItem(0).getText(0));
        // the longest shelf life (over a thousand days) is written as the person's other numbers are: "1,095"
        Sku keeping = DemoDataset.workspace().skus().stream().filter(sku -> sku.shelfLifeDays() != null)
                .max(Comparator.comparing(Sku::shelfLifeDays)).orElseThrow();
        TableItem row = Arrays.stream(products.getItems()).filter(item -> item.getText(0).equals(keeping.code()))
                .findFirst().orElseThrow();
        assertEquals(NumberFormat.getIntegerInstance().format(keeping.shelfLifeDays()), row.getText(4));
        store.contents().productList().filter().setText("pomme");
        assertEquals(List.of("POM-GALA", "POM-TERRE"), store.contents().productList().rows().stream()
                .map(Sku::code).toList(), "a product found by a word of its name");
        store.contents().productList().filter().setText("");
        assertEquals(org.grenier.core.store.RecordKind.values().length, store.contents().counts().getItemCount(),
                "one row per kind of record");

        MToolControl status = assertInstanceOf(MToolControl.class, find(models, window, "org.grenier.ui.statusline"));
        String text = assertInstanceOf(StatusLine.class, status.getObject()).text();
        assertTrue(text.startsWith("Demo workspace \u2014 ") && text.contains(demoProducts + " products"),
                "the status line tells which store is open and what it holds: " + text);
        assertTrue(text.contains(System.getProperty("grenier.data")), "and where it is: " + text);
        screenshot(main, "workbench.png");
    }

    private static MUIElement find(EModelService models, MWindow window, String id) {
        MUIElement element = models.find(id, window);
        assertNotNull(element, id + " is in the application model");
        return element;
    }
}
