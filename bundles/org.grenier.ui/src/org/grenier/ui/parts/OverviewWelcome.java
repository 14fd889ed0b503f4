package org.grenier.ui.parts;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.grenier.core.store.RecordKind;
import org.grenier.ui.Messages;
import org.grenier.ui.store.Workspace;

/**
 * The line above the overview's cards that tells a newcomer where they are: in the demo workspace (with a way to their
 * own store and to a fresh demo), or in their own store while it is still empty (with a way to import and to the
 * demo). Hidden once the person's store holds data.
 */
final class OverviewWelcome {

    /** What a link of the welcome asks for. */
    enum Action { OWN, DEMO, RESET, IMPORT }

    private final Composite box;
    private final Label text;
    private final Link links;

    OverviewWelcome(Composite parent, Consumer<Action> act) {
        box = new Composite(parent, SWT.BORDER);
        box.setLayout(new GridLayout());
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        text = new Label(box, SWT.WRAP);
        // bold rather than coloured: the system's tooltip colours are unreadable in some GTK themes, light or dark
        text.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
        wrap.widthHint = 500;
        text.setLayoutData(wrap);
        links = new Link(box, SWT.NONE);
        links.addListener(SWT.Selection, event -> act.accept(Action.valueOf(event.text)));
        show(null, null);
    }

    /** Shows the line that fits the workspace open and what it holds; hides it when none fits. */
    void show(Workspace workspace, OverviewFacts facts) {
        boolean demo = workspace != null && workspace.isDemo();
        boolean empty = !demo && workspace != null && facts != null && facts.summary().count(RecordKind.SKU) == 0
                && facts.summary().count(RecordKind.SALES_LINE) == 0;
        text.setText(demo ? Messages.Overview_Demo : empty ? Messages.Overview_Empty : "");
        links.setText(demo ? Messages.Overview_DemoLinks : empty ? Messages.Overview_EmptyLinks : "");
        box.setVisible(demo || empty);
        ((GridData) box.getLayoutData()).exclude = !(demo || empty);
    }

    /** The text shown, empty when hidden: for tests and for reading aloud. */
    List<String> texts() {
        return box.getVisible() ? List.of(text.getText(), links.getText()) : List.of();
    }
}
