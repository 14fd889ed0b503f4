package org.grenier.ui.preferences;

import java.util.Arrays;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.grenier.core.Result;
import org.grenier.ui.Messages;

/** Preferences > General: the language the workbench speaks, from its next start. */
public class GeneralPreferencePage extends PreferencePage {

    private Combo language;

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
        return page;
    }

    @Override
    protected void performDefaults() {
        language.select(Language.SYSTEM.ordinal());
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (language == null) {
            return true; // never shown, nothing changed
        }
        Result<Language> saved = chosen().save();
        if (saved.failed()) {
            setErrorMessage(saved.message());
            return false;
        }
        return true;
    }

    /** The language chosen in the list. */
    public Language chosen() {
        return Language.values()[language.getSelectionIndex()];
    }

    /** The list of languages, for tests that choose as a user would. */
    public Combo language() {
        return language;
    }
}
