package org.grenier.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.grenier.ui.Messages;

/** The first page: the files to import, added with a file dialog or dropped on the window. */
final class ImportFilesPage extends WizardPage {

    private final List<Path> files;
    private org.eclipse.swt.widgets.List list;

    ImportFilesPage(List<Path> initial) {
        super("files", Messages.ImportWizard_FilesTitle, null);
        setDescription(Messages.ImportWizard_FilesDescription);
        this.files = new ArrayList<>(initial);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        list = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2));
        Button add = new Button(page, SWT.PUSH);
        add.setText(Messages.ImportWizard_Add);
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add.addListener(SWT.Selection, event -> choose());
        Button remove = new Button(page, SWT.PUSH);
        remove.setText(Messages.ImportWizard_Remove);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        remove.addListener(SWT.Selection, event -> remove());
        FileDrop.install(list, this::add);
        refresh();
        setControl(page);
    }

    private void choose() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.tsv", "*" });
        if (dialog.open() != null) {
            List<Path> chosen = new ArrayList<>();
            for (String name : dialog.getFileNames()) {
                chosen.add(Path.of(dialog.getFilterPath(), name));
            }
            add(chosen);
        }
    }

    void add(List<Path> more) {
        more.stream().filter(file -> !files.contains(file)).forEach(files::add);
        refresh();
    }

    private void remove() {
        int[] selected = list.getSelectionIndices();
        for (int i = selected.length - 1; i >= 0; i--) {
            files.remove(selected[i]);
        }
        refresh();
    }

    private void refresh() {
        list.setItems(files.stream().map(Path::toString).toArray(String[]::new));
        setPageComplete(!files.isEmpty());
    }

    List<Path> files() {
        return List.copyOf(files);
    }
}
