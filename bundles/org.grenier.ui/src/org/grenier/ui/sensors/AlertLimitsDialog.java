package org.grenier.ui.sensors;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.Result;
import org.grenier.core.sensors.AlertRule;
import org.grenier.ui.Messages;

/**
 * Limits of one storage unit: the editor, OK only while every value reads, and what was typed handed on when OK is
 * pressed. It does not block the workbench: the limits are saved by whoever opened it, as an edit that can be undone.
 */
public final class AlertLimitsDialog extends TitleAreaDialog {

    private final String unit;
    private final List<AlertRule> inForce;
    private final Consumer<List<AlertRule>> save;
    private AlertLimitsEditor editor;

    public AlertLimitsDialog(Shell parent, String unit, List<AlertRule> inForce, Consumer<List<AlertRule>> save) {
        super(parent);
        this.unit = unit;
        this.inForce = List.copyOf(inForce);
        this.save = save;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Limits_Title, unit));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Limits_Title, unit));
        editor = new AlertLimitsEditor(area, unit, this::check);
        editor.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        editor.show(inForce);
    }

    private void check() {
        Result<List<AlertRule>> chosen = editor.chosen();
        if (chosen.failed()) {
            setErrorMessage(chosen.message());
        } else {
            setErrorMessage(null);
            setMessage(Messages.Limits_Explain);
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!chosen.failed());
        }
    }

    @Override
    protected void okPressed() {
        Result<List<AlertRule>> chosen = editor.chosen();
        if (!chosen.failed()) {
            save.accept(chosen.value());
            super.okPressed();
        }
    }

    /** True when OK can be pressed: every value reads. */
    public boolean canSave() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    public AlertLimitsEditor editor() {
        return editor;
    }
}
