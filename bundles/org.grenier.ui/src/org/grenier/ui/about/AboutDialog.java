package org.grenier.ui.about;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.ui.Messages;
import org.grenier.ui.Tables;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Help > About Grenier: the version, the licence, the Java and system it runs on, the store open, and the libraries
 * it ships with their versions and licences. Copy puts all of it on the clipboard, for a support request.
 */
public final class AboutDialog extends Dialog {

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private final String store;
    private final List<String[]> components = new ArrayList<>();
    private Table table;

    public AboutDialog(Shell parent, String store) {
        super(parent);
        this.store = store;
        BundleContext context = FrameworkUtil.getBundle(AboutDialog.class).getBundleContext();
        for (Component component : Component.SHIPPED) {
            component.version(context).ifPresent(version -> components.add(new String[] { component.name(), version,
                    component.licence(), component.role().get() }));
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.About_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label name = new Label(area, SWT.NONE);
        name.setText(NLS.bind(Messages.About_Name, grenierVersion()));
        FontData[] bold = name.getFont().getFontData();
        for (FontData data : bold) {
            data.setHeight(data.getHeight() + 4);
            data.setStyle(SWT.BOLD);
        }
        Font big = new Font(name.getDisplay(), bold);
        name.addListener(SWT.Dispose, event -> big.dispose());
        name.setFont(big);
        Label text = new Label(area, SWT.WRAP);
        text.setText(summary());
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 560;
        text.setLayoutData(wide);
        table = Tables.create(area, SWT.SINGLE | SWT.FULL_SELECTION, Messages.About_Component,
                Messages.About_Version, Messages.About_Licence, Messages.About_Role);
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
        tall.heightHint = 300;
        table.setLayoutData(tall);
        for (String[] row : components) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        Tables.pack(table);
        return area;
    }

    private String summary() {
        return NLS.bind(Messages.About_Summary, new Object[] { System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                store });
    }

    private String grenierVersion() {
        return components.isEmpty() ? "?" : components.get(0)[1];
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, Messages.About_Copy, false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { details() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
        } else {
            close();
        }
    }

    /** Everything the dialog says, as plain text: what a support request needs. */
    public String details() {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.About_Name, grenierVersion())).append('\n')
                .append(summary()).append("\n\n");
        for (String[] row : components) {
            text.append(String.join("\t", row)).append('\n');
        }
        return text.toString();
    }

    public Table components() {
        return table;
    }
}
