package org.grenier.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.grenier.core.imports.Importer;
import org.grenier.ui.Messages;
import org.grenier.ui.imports.FileDrop;
import org.grenier.ui.imports.ImportWizard;
import org.grenier.ui.store.StoreEvents;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.StoreSnapshot;

/** The "Store" part: what the store holds, or why there is nothing to show yet. */
public class StorePart {

    public static final String ID = "org.grenier.ui.part.store";

    private final StoreSession session;
    private final Importer importer;
    private Composite pages;
    private StackLayout stack;
    private Label message;
    private StoreContents contents;

    @Inject
    public StorePart(StoreSession session, @Service Importer importer) {
        this.session = session;
        this.importer = importer;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        pages = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        pages.setLayout(stack);
        Composite messagePage = new Composite(pages, SWT.NONE);
        messagePage.setLayout(new GridLayout());
        message = new Label(messagePage, SWT.WRAP | SWT.CENTER);
        message.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
        contents = new StoreContents(pages);
        // Files dropped on the window start an import, whichever page is showing.
        for (var control : java.util.List.of(pages, messagePage, message, contents.control(), contents.counts(),
                contents.products())) {
            FileDrop.install(control, this::importFiles);
        }
        show(session.latest());
    }

    private void importFiles(java.util.List<java.nio.file.Path> files) {
        if (session.store() != null) {
            ImportWizard.dialog(pages.getShell(), session, importer, files).open();
        }
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(StoreEvents.SNAPSHOT) StoreSnapshot snapshot) {
        if (pages != null && !pages.isDisposed()) {
            show(snapshot);
        }
    }

    private void show(StoreSnapshot snapshot) {
        if (snapshot == null) {
            showMessage(Messages.StorePart_Opening);
        } else if (snapshot.isFailed()) {
            showMessage(NLS.bind(Messages.StorePart_Failed, snapshot.error()));
        } else if (snapshot.summary().isEmpty()) {
            showMessage(Messages.StorePart_Empty);
        } else {
            contents.show(snapshot);
            stack.topControl = contents.control();
            pages.layout(true, true);
        }
    }

    private void showMessage(String text) {
        message.setText(text);
        stack.topControl = message.getParent();
        message.getParent().layout(true, true);
        pages.layout(true, true);
    }

    public StoreContents contents() {
        return contents;
    }

    @Focus
    public void setFocus() {
        pages.setFocus();
    }
}
