package org.grenier.ui.preferences;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.Result;
import org.grenier.core.store.StoreOpener;
import org.grenier.ui.Messages;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Preferences > General: the language the workbench speaks, from its next start; its light or dark theme, at once;
 * and the folder of the person's own store, which applies at once (the store session listens to it).
 */
public class GeneralPreferencePage extends PreferencePage {

    private Combo language;
    private Combo theme;
    private Text folder;

    public GeneralPreferencePage() {
        super(Messages.Preferences_General);
        setDescription(Messages.Preferences_GeneralDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        new Label(page, SWT.NONE).setText(Messages.Preferences_Language);
        language = new Combo(page, SWT.READ_ONLY);
        language.setItems(Arrays.stream(Language.values()).map(Language::label).toArray(String[]::new));
        language.select(Language.saved().ordinal());
        Label note = new Label(page, SWT.WRAP);
        note.setText(Messages.Preferences_LanguageNote);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 360;
        note.setLayoutData(wide);
        new Label(page, SWT.NONE).setText(Messages.Preferences_Theme);
        theme = new Combo(page, SWT.READ_ONLY);
        theme.setItems(Arrays.stream(Theme.values()).map(Theme::label).toArray(String[]::new));
        theme.select(Theme.current(parent.getDisplay()).ordinal());
        createFolderField(page);
        return page;
    }

    private void createFolderField(Composite page) {
        Composite row = new Composite(page, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginTop = 12;
        row.setLayout(layout);
        new Label(row, SWT.NONE).setText(Messages.Preferences_StoreFolder);
        folder = new Text(row, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folder.setText(StoreLocation.chosenFolder().map(Path::toString).orElse(""));
        Button browse = new Button(row, SWT.PUSH);
        browse.setText(Messages.Preferences_Browse);
        browse.addListener(SWT.Selection, event -> browse());
        Label note = new Label(row, SWT.WRAP);
        note.setText(NLS.bind(Messages.Preferences_StoreFolderNote, dataFolder().map(Path::toString).orElse("?")));
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        wide.widthHint = 360;
        note.setLayoutData(wide);
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setFilterPath(folder.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    /** Grenier's data folder, where the person's store lives unless they choose another. */
    private static Optional<Path> dataFolder() {
        BundleContext context = FrameworkUtil.getBundle(GeneralPreferencePage.class).getBundleContext();
        ServiceReference<StoreOpener> reference = context == null ? null
                : context.getServiceReference(StoreOpener.class);
        StoreOpener opener = reference == null ? null : context.getService(reference);
        try {
            return Optional.ofNullable(opener).map(StoreOpener::defaultFolder);
        } finally {
            if (opener != null) {
                context.ungetService(reference);
            }
        }
    }

    @Override
    protected void performDefaults() {
        language.select(Language.SYSTEM.ordinal());
        theme.select(Theme.LIGHT.ordinal());
        folder.setText("");
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (language == null) {
            return true; // never shown, nothing changed
        }
        Result<Optional<Path>> place = typedFolder();
        if (place.failed()) {
            setErrorMessage(place.message());
            return false;
        }
        Result<Language> saved = chosen().save();
        Result<?> kept = saved.failed() || place.value().equals(StoreLocation.chosenFolder()) ? saved
                : StoreLocation.saveFolder(place.value());
        if (kept.failed()) {
            setErrorMessage(kept.message());
            return false;
        }
        Theme look = Theme.values()[theme.getSelectionIndex()];
        if (look != Theme.current(getShell().getDisplay())) {
            look.apply(getShell().getDisplay());
        }
        return true;
    }

    /** The folder typed, none when blank (the data folder); an error when it names a file or cannot be a path. */
    private Result<Optional<Path>> typedFolder() {
        String typed = folder.getText().strip();
        if (typed.isEmpty()) {
            return Result.ok(Optional.empty());
        }
        try {
            Path path = Path.of(typed).toAbsolutePath().normalize();
            return Files.exists(path) && !Files.isDirectory(path)
                    ? Result.error(NLS.bind(Messages.Preferences_StoreFolderBad, typed, Messages.Preferences_NotAFolder))
                    : Result.ok(Optional.of(path));
        } catch (InvalidPathException e) {
            return Result.error(NLS.bind(Messages.Preferences_StoreFolderBad, typed, e.getReason()));
        }
    }

    /** The field of the store's folder, for tests that type as a user would. */
    public Text folder() {
        return folder;
    }

    /** The language chosen in the list. */
    public Language chosen() {
        return Language.values()[language.getSelectionIndex()];
    }

    /** The list of themes, for tests that choose as a user would. */
    public Combo theme() {
        return theme;
    }

    /** The list of languages, for tests that choose as a user would. */
    public Combo language() {
        return language;
    }
}
