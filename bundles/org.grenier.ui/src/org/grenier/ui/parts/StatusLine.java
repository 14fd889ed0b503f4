package org.grenier.ui.parts;

import java.text.NumberFormat;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.grenier.core.store.RecordKind;
import org.grenier.ui.Messages;
import org.grenier.ui.store.StoreEvents;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.StoreSnapshot;

/** The status line at the bottom of the window: which store is open (saying so when it is the demo), what it holds. */
public class StatusLine {

    private final StoreSession session;
    private Label label;

    @Inject
    public StatusLine(StoreSession session) {
        this.session = session;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        label = new Label(parent, SWT.NONE);
        show(session.latest());
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(StoreEvents.SNAPSHOT) StoreSnapshot snapshot) {
        if (label != null && !label.isDisposed()) {
            show(snapshot);
        }
    }

    private void show(StoreSnapshot snapshot) {
        String text;
        if (snapshot == null) {
            text = Messages.Status_Opening;
        } else if (snapshot.isFailed()) {
            text = NLS.bind(Messages.Status_Failed, snapshot.error());
        } else {
            var summary = snapshot.summary();
            NumberFormat number = NumberFormat.getIntegerInstance();
            text = NLS.bind(Messages.Status_Ready, new Object[] { summary.folder(), summary.schemaVersion(),
                    number.format(summary.count(RecordKind.SKU)), number.format(summary.count(RecordKind.SALES_LINE)) });
            var workspace = session.workspace();
            if (workspace != null && workspace.isDemo()) {
                text = NLS.bind(Messages.Status_Demo, text);
            }
        }
        label.setText(text);
        // E4's trim bar layout keeps each control's last size: size the label anew, then lay the window out again.
        label.pack(true);
        label.getShell().layout(true, true);
    }

    public String text() {
        return label.getText();
    }
}
