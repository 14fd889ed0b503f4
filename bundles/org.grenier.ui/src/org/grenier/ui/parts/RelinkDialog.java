package org.grenier.ui.parts;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks which known code the rows naming an unknown one should name: a product, a site or a storage unit. */
final class RelinkDialog extends Dialog {

    private final String unknown;
    private final List<String> known;
    private Combo choice;
    private String chosen;

    RelinkDialog(Shell parent, String unknown, List<String> known) {
        super(parent);
        this.unknown = unknown;
        this.known = List.copyOf(known);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(HealthWords.RelinkTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.NONE).setText(NLS.bind(HealthWords.RelinkPrompt, unknown));
        choice = new Combo(area, SWT.READ_ONLY);
        choice.setItems(known.toArray(String[]::new));
        choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        choice.setVisibleItemCount(Math.min(15, known.size()));
        choice.addListener(SWT.Selection, event -> getButton(OK).setEnabled(true));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(OK).setEnabled(false); // nothing chosen yet
    }

    @Override
    protected void okPressed() {
        chosen = choice.getText();
        super.okPressed();
    }

    /** The code chosen, or null when cancelled. */
    String chosen() {
        return chosen;
    }
}
