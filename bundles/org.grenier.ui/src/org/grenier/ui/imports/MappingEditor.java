package org.grenier.ui.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.grenier.core.imports.ColumnRule;
import org.grenier.core.imports.ImportField;
import org.grenier.core.imports.ImportPreview;
import org.grenier.core.imports.MappingProfile;

/**
 * Which column fills which field, one drop-down per field of the profile's target; required fields carry a star.
 * Choosing another column gives a changed profile to the listener, which previews the file again with it.
 */
final class MappingEditor {

    static final String NONE = "\u2014";

    /**
     * Field and drop-down pairs on a row: three leave each drop-down room for a column's whole name beside the longer
     * French field names ("Référence de commande") in the wizard's width.
     */
    private static final int PAIRS_PER_ROW = 3;

    private final Composite grid;
    private final Consumer<MappingProfile> changed;
    private final List<Combo> combos = new ArrayList<>();

    MappingEditor(Composite parent, Consumer<MappingProfile> changed) {
        this.grid = new Composite(parent, SWT.NONE);
        this.grid.setLayout(new GridLayout(2 * PAIRS_PER_ROW, false));
        this.changed = changed;
    }

    Control control() {
        return grid;
    }

    void show(ImportPreview preview) {
        for (Control child : grid.getChildren()) {
            child.dispose();
        }
        combos.clear();
        MappingProfile profile = preview.profile();
        List<ImportField> fields = profile.target().fields();
        for (int i = 0; i < fields.size(); i++) {
            ImportField field = fields.get(i);
            Label name = new Label(grid, SWT.NONE);
            name.setText(ImportWords.field(field) + (field.required() ? " *" : ""));
            // the key is what a profile file names, for the analyst who writes one by hand
            name.setToolTipText(NLS.bind(ImportTexts.Format_FieldKey, field.key()));
            Combo combo = new Combo(grid, SWT.READ_ONLY);
            List<String> items = new ArrayList<>();
            items.add(NONE);
            items.addAll(preview.format().columns());
            combo.setItems(items.toArray(String[]::new));
            GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
            wide.minimumWidth = combo.computeSize(SWT.DEFAULT, SWT.DEFAULT).x; // never cuts a column's name
            combo.setLayoutData(wide);
            String current = preview.fieldColumns().get(i);
            combo.select(current.isEmpty() ? 0 : Math.max(0, items.indexOf(current)));
            combo.addListener(SWT.Selection, event -> changed.accept(remap(profile, field, combo.getText())));
            combos.add(combo);
        }
        grid.getParent().layout(true, true);
    }

    /** The profile with the field read from the chosen column (or from none), keeping its conversions. */
    static MappingProfile remap(MappingProfile profile, ImportField field, String column) {
        ColumnRule rule = profile.rule(field).orElse(ColumnRule.of(field));
        List<String> columns = column.equals(NONE) ? List.of() : List.of(column);
        return profile.withRule(new ColumnRule(field, columns, rule.lookup(), rule.scale(), rule.negate(),
                rule.fallback()));
    }

    /** The drop-down of a field, for tests. */
    Combo combo(ImportField field, MappingProfile profile) {
        return combos.get(profile.target().fields().indexOf(field));
    }
}
