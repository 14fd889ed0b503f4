package org.grenier.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.core.Result;
import org.grenier.core.imports.ImportPreview;
import org.grenier.core.imports.Importer;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.imports.Rejection;
import org.grenier.core.store.Store;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.edits.EditHistory;
import org.grenier.ui.edits.StoreEdits;
import org.grenier.ui.store.StoreSession;

/**
 * The second page: the first rows of a file as the chosen profile reads them. Which column fills which field, the
 * format sniffed from the data, the columns kept as extras, and each row the import would refuse with its reason.
 * Reading the file runs in a Job; the page fills in when it is done.
 */
public final class ImportPreviewPage extends WizardPage {

    static final int PREVIEW_ROWS = 30;

    /** A light amber that reads as "look here" in light and dark themes alike, with black text on it. */
    private static final Color REFUSED = new Color(255, 226, 179);

    private final StoreSession session;
    private final Importer importer;
    private final ImportFilesPage filesPage;
    private List<MappingProfile> profiles = List.of();
    private Combo fileCombo;
    private Combo profileCombo;
    private Label format;
    private Label extras;
    private Table table;
    private MappingEditor editor;
    private MappingProfile edited;
    private MappingProfile shown;
    private volatile boolean previewing;

    ImportPreviewPage(StoreSession session, Importer importer, ImportFilesPage filesPage) {
        super("preview", Messages.ImportWizard_PreviewTitle, null);
        setDescription(Messages.ImportWizard_PreviewDescription);
        this.session = session;
        this.importer = importer;
        this.filesPage = filesPage;
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        new Label(page, SWT.NONE).setText(Messages.ImportWizard_File);
        fileCombo = new Combo(page, SWT.READ_ONLY);
        fileCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        fileCombo.addListener(SWT.Selection, event -> preview());
        new Label(page, SWT.NONE).setText(Messages.ImportWizard_Profile);
        profileCombo = new Combo(page, SWT.READ_ONLY);
        profileCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        profileCombo.addListener(SWT.Selection, event -> {
            edited = null;
            preview();
        });
        format = wideLabel(page);
        editor = new MappingEditor(page, this::edited);
        editor.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button save = new Button(page, SWT.PUSH);
        save.setText(Messages.ImportWizard_SaveProfile);
        save.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
        save.addListener(SWT.Selection, event -> saveProfile());
        table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        extras = wideLabel(page);
        setControl(page);
        setPageComplete(false);
    }

    private static Label wideLabel(Composite page) {
        Label label = new Label(page, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.widthHint = 700;
        label.setLayoutData(data);
        return label;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            List<Path> files = filesPage.files();
            fileCombo.setItems(files.stream().map(f -> f.getFileName().toString()).toArray(String[]::new));
            fileCombo.select(0);
            loadProfilesThenPreview();
        }
    }

    /** The profile the user edited or picked, or null for "the best match for each file". */
    MappingProfile chosenProfile() {
        if (edited != null) {
            return edited;
        }
        int index = profileCombo.getSelectionIndex();
        return index <= 0 ? null : profiles.get(index - 1);
    }

    /** A column chosen for a field: the file is previewed again with the changed mapping, which the import uses. */
    private void edited(MappingProfile profile) {
        edited = profile;
        preview();
    }

    /** Keeps the mapping on screen in the store under a name the user gives, for the next exports of this kind. */
    private void saveProfile() {
        MappingProfile profile = shown;
        Store store = session.store();
        if (profile == null || store == null) {
            return;
        }
        InputDialog ask = new InputDialog(getShell(), Messages.ImportWizard_SaveProfile,
                Messages.ImportWizard_ProfileName, profile.name(), name -> name.isBlank()
                        ? Messages.ImportWizard_ProfileNameMissing : null);
        if (ask.open() != Window.OK) {
            return;
        }
        MappingProfile named = profile.withName(ask.getValue().strip());
        // an edit of the store, which Edit > Undo takes back once the wizard is closed
        EditHistory.make(StoreEdits.saveProfile(store, named), getShell().getDisplay(), saved -> {
            if (getControl().isDisposed()) {
                return;
            }
            if (!saved.isOK()) {
                setErrorMessage(saved.getMessage());
            } else {
                edited = null;
                setMessage(NLS.bind(Messages.ImportWizard_Saved, named.name()), IMessageProvider.INFORMATION);
                loadProfilesThenSelect(named.name());
            }
        });
    }

    private void loadProfilesThenPreview() {
        loadProfilesThenSelect(null);
    }

    private void loadProfilesThenSelect(String selected) {
        Store store = session.store();
        if (store == null) {
            setErrorMessage(Messages.ImportJob_NoStore);
            return;
        }
        background(Messages.ImportWizard_Reading, () -> importer.profiles(store), loaded -> {
            profiles = loaded;
            List<String> names = new ArrayList<>();
            names.add(Messages.ImportWizard_Automatic);
            loaded.forEach(profile -> names.add(ImportWords.profile(profile.name()) + " \u2014 "
                    + ImportWords.target(profile.target())));
            profileCombo.setItems(names.toArray(String[]::new));
            int index = 0;
            for (int i = 0; i < loaded.size(); i++) {
                if (loaded.get(i).name().equals(selected)) {
                    index = i + 1;
                }
            }
            profileCombo.select(index);
            preview();
        });
    }

    private void preview() {
        Store store = session.store();
        Path file = filesPage.files().get(Math.max(0, fileCombo.getSelectionIndex()));
        MappingProfile chosen = chosenProfile();
        previewing = true;
        setPageComplete(false);
        background(Messages.ImportWizard_Reading, () -> {
            Result<MappingProfile> profile = chosen != null ? Result.ok(chosen) : importer.chooseProfile(store, file);
            return profile.failed() ? Result.<ImportPreview>error(profile.message())
                    : importer.preview(store, file, profile.value(), PREVIEW_ROWS);
        }, this::show);
    }

    private void show(Result<ImportPreview> result) {
        previewing = false;
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        if (result.failed()) {
            setMessage(null);
            setErrorMessage(result.message());
            format.setText("");
            extras.setText("");
            setPageComplete(false);
            return;
        }
        setErrorMessage(null);
        ImportPreview preview = result.value();
        shown = preview.profile();
        editor.show(preview);
        if (edited != null) {
            int index = Math.max(0, profileCombo.getSelectionIndex());
            profileCombo.setItem(index, NLS.bind(Messages.ImportWizard_Edited, ImportWords.profile(edited.name())));
            profileCombo.select(index);
        } else if (profileCombo.getSelectionIndex() == 0) {
            profileCombo.setItem(0, NLS.bind(Messages.ImportWizard_AutomaticChose,
                    ImportWords.profile(preview.profile().name())));
            profileCombo.select(0);
        }
        format.setText(NLS.bind(Messages.ImportWizard_Format, ImportWords.format(preview.format()))
                + ImportWords.notes(preview.format()).stream().map(n -> "\n" + n).collect(Collectors.joining()));
        extras.setText(preview.extraColumns().isEmpty() ? ""
                : NLS.bind(Messages.ImportWizard_Extras, String.join(", ", preview.extraColumns())));
        fill(preview);
        long refused = preview.rejections().size();
        setMessage(refused == 0 ? NLS.bind(Messages.ImportWizard_AllGood, preview.rows().size())
                : NLS.bind(Messages.ImportWizard_SomeRefused, refused, preview.rows().size()),
                refused == 0 ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);
        setPageComplete(true);
        getShell().layout(true, true);
    }

    /** The Problem column comes first: it is what the planner must read before importing. */
    private void fill(ImportPreview preview) {
        List<String> columns = preview.format().columns();
        new TableColumn(table, SWT.LEFT).setText(Messages.ImportWizard_Problem);
        for (String name : columns) {
            new TableColumn(table, SWT.LEFT).setText(name);
        }
        Map<Long, Rejection> byLine = preview.rejections().stream()
                .collect(Collectors.toMap(Rejection::line, Function.identity(), (a, b) -> a));
        for (int i = 0; i < preview.rows().size(); i++) {
            Rejection problem = byLine.get(preview.rowLines().get(i));
            List<String> cells = new ArrayList<>();
            cells.add(problem == null ? "" : describe(problem));
            cells.addAll(preview.rows().get(i));
            while (cells.size() < columns.size() + 1) {
                cells.add("");
            }
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(cells.subList(0, columns.size() + 1).toArray(String[]::new));
            if (problem != null) {
                item.setBackground(REFUSED);
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth(), 320));
        }
    }

    private static String describe(Rejection rejection) {
        String reason = RejectionText.reason(rejection);
        return NLS.bind(Messages.ImportWizard_LineProblem, rejection.line(), RejectionText.hasColumn(rejection)
                ? NLS.bind(Messages.ImportWizard_ColumnProblem, rejection.column(), reason) : reason);
    }

    /** Runs work in a Job and hands its result to the UI thread, if the page is still there. */
    private <T> void background(String name, java.util.function.Supplier<T> work,
            java.util.function.Consumer<T> then) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                T value = work.get();
                if (table != null && !table.isDisposed()) {
                    UiThread.later(table, () -> {
                        if (!table.isDisposed()) {
                            then.accept(value);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    public Table table() {
        return table;
    }

    public Combo profileCombo() {
        return profileCombo;
    }

    /** How the file was read, as the page tells it above the mapping. */
    public String formatLine() {
        return format.getText();
    }

    public boolean previewing() {
        return previewing;
    }

    /** The drop-down that picks the column of a field in the profile on screen. */
    public Combo mappingCombo(org.grenier.core.imports.ImportField field) {
        return editor.combo(field, shown);
    }
}
