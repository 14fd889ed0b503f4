package org.grenier.ui.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.Result;
import org.grenier.core.planning.ChangeKind;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.ScenarioChange;
import org.grenier.core.planning.Scenarios;
import org.grenier.core.store.Store;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.edits.EditHistory;
import org.grenier.ui.edits.StoreEdit;
import org.grenier.ui.edits.StoreEdits;
import org.grenier.ui.Tables;
import org.grenier.ui.store.StoreSession;

/**
 * The scenarios kept in the store, ticked to be played (the baseline always is), and the selected one's changes as
 * JSON to edit: new, duplicate, save and delete. Reading and writing run as Jobs; a mistake in the JSON is shown with
 * the change number and key it is at, and nothing is saved.
 */
final class ScenarioEditor {

    private final StoreSession session;
    private final Scenarios scenarios;
    private final Table list;
    private final Text json;
    private final Label problem;
    private final Button save;
    private final Button duplicate;
    private final Button delete;
    private List<Scenario> saved = List.of();
    private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();
    /** The scenario a save asked to show, kept until a read shows it. */
    private String pendingSelect;
    private final Set<String> ticked = new TreeSet<>();

    ScenarioEditor(Composite parent, StoreSession session, Scenarios scenarios) {
        this.session = session;
        this.scenarios = scenarios;
        SashForm column = new SashForm(parent, SWT.VERTICAL);
        Group listGroup = group(column, Messages.Scenarios_List, 1);
        list = Tables.create(listGroup, SWT.SINGLE | SWT.CHECK);
        for (String title : List.of(Messages.Scenarios_Name, Messages.Scenarios_Changes)) {
            new TableColumn(list, SWT.LEFT).setText(title);
        }
        list.addListener(SWT.Selection, event -> {
            if (event.detail == SWT.CHECK) {
                ticked(event.item instanceof TableItem item ? item : null);
            } else {
                selected();
            }
        });
        Composite buttons = new Composite(listGroup, SWT.NONE);
        buttons.setLayout(new GridLayout(3, true));
        Button create = button(buttons, Messages.Scenarios_New);
        create.addListener(SWT.Selection, event -> create());
        duplicate = button(buttons, Messages.Scenarios_Duplicate);
        duplicate.addListener(SWT.Selection, event -> duplicateSelected());
        delete = button(buttons, Messages.Scenarios_Delete);
        delete.addListener(SWT.Selection, event -> confirmDelete());
        Group editGroup = group(column, Messages.Scenarios_Json, 1);
        json = new Text(editGroup, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        json.setFont(JFaceResources.getTextFont());
        json.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        problem = new Label(editGroup, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        save = button(editGroup, Messages.Scenarios_Save);
        save.addListener(SWT.Selection, event -> save());
        column.setWeights(2, 3);
        selected();
    }

    Composite control() {
        return list.getParent().getParent();
    }

    Table list() {
        return list;
    }

    Text json() {
        return json;
    }

    Label problem() {
        return problem;
    }

    /** The baseline, then the saved scenarios ticked to be played. */
    List<Scenario> played() {
        List<Scenario> played = new ArrayList<>(List.of(Scenario.BASELINE));
        saved.stream().filter(s -> ticked.contains(s.name())).forEach(played::add);
        return played;
    }

    /** Reads the saved scenarios again in the background, keeping the selection and the ticks. */
    void reload(String select) {
        reload(select, "");
    }

    /** Reads them again, then selects this scenario and shows the note (why an edit was refused, say). */
    private void reload(String select, String note) {
        Store store = session.store();
        if (store == null || scenarios == null) {
            return;
        }
        if (select != null) {
            pendingSelect = select;
        }
        // reads may finish out of order (a store refresh racing a save): only the latest one started is shown
        long read = reads.incrementAndGet();
        Job job = Job.create(Messages.Scenarios_Reading, monitor -> {
            Result<List<Scenario>> found = scenarios.saved(store);
            UiThread.later(list, () -> {
                if (read == reads.get()) {
                    show(found, pendingSelect, note);
                    pendingSelect = null;
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(Result<List<Scenario>> read, String select, String note) {
        if (list.isDisposed()) {
            return;
        }
        saved = read.failed() ? List.of() : read.value();
        String wanted = select != null ? select : selectedName();
        list.removeAll();
        row(Scenario.BASELINE, true);
        saved.forEach(s -> row(s, ticked.contains(s.name())));
        Tables.pack(list);
        int index = 0;
        for (int i = 0; i < list.getItemCount(); i++) {
            if (list.getItem(i).getText(0).equals(wanted)) {
                index = i;
            }
        }
        list.select(index);
        selected();
        if (read.failed() || !note.isEmpty()) {
            problem.setText(read.failed() ? read.message() : note);
            problem.getParent().layout();
        }
    }

    private void row(Scenario scenario, boolean checked) {
        TableItem item = new TableItem(list, SWT.NONE);
        item.setText(new String[] { ScenarioNames.shown(scenario), scenario.isBaseline() ? Messages.Scenarios_AsItIs
                : Integer.toString(scenario.changes().size()) });
        item.setChecked(checked);
        item.setGrayed(scenario.isBaseline());
        item.setData(scenario);
    }

    /** Ticks or unticks a scenario to be played; the baseline stays ticked, as the reference. */
    private void ticked(TableItem item) {
        if (item == null || !(item.getData() instanceof Scenario scenario)) {
            return;
        }
        if (scenario.isBaseline()) {
            item.setChecked(true);
        } else if (item.getChecked()) {
            ticked.add(scenario.name());
        } else {
            ticked.remove(scenario.name());
        }
    }

    /** Ticks the scenario of this name, as a click on its box would. */
    void tick(String name, boolean on) {
        for (TableItem item : list.getItems()) {
            if (item.getText(0).equals(name)) {
                item.setChecked(on);
                ticked(item);
            }
        }
    }

    private Scenario selectedScenario() {
        int index = list.getSelectionIndex();
        return index < 0 ? null : (Scenario) list.getItem(index).getData();
    }

    private String selectedName() {
        Scenario scenario = selectedScenario();
        return scenario == null ? null : scenario.name();
    }

    private void selected() {
        Scenario scenario = selectedScenario();
        boolean editable = scenario != null && !scenario.isBaseline();
        json.setText(scenario == null || scenarios == null ? "" : scenarios.format(scenario));
        json.setEditable(editable);
        save.setEnabled(editable);
        duplicate.setEnabled(editable);
        delete.setEnabled(editable);
        problem.setText(scenario != null && scenario.isBaseline() ? Messages.Scenarios_BaselineHint : "");
        problem.getParent().layout();
    }

    /** A new scenario, with one change to show the form: ten per cent more demand on everything. */
    void create() {
        Scenario scenario = new Scenario(freeName(Messages.Scenarios_NewName), "",
                List.of(new ScenarioChange(ChangeKind.DEMAND, "*", 1.1, null, null)));
        saveScenario(scenario);
    }

    private void duplicateSelected() {
        Scenario scenario = selectedScenario();
        if (scenario != null && !scenario.isBaseline()) {
            saveScenario(scenario.named(freeName(NLS.bind(Messages.Scenarios_CopyName, scenario.name()))));
        }
    }

    /** Saves the JSON shown, when it reads; otherwise says where it is wrong and saves nothing. */
    void save() {
        if (scenarios == null) {
            return;
        }
        Result<Scenario> parsed = scenarios.parse(json.getText(), Messages.Scenarios_Json);
        if (parsed.failed()) {
            problem.setText(parsed.message());
            problem.getParent().layout();
            return;
        }
        saveScenario(parsed.value());
    }

    private void saveScenario(Scenario scenario) {
        Store store = session.store();
        if (store == null || scenarios == null) {
            return;
        }
        edit(StoreEdits.saveScenario(store, scenarios, scenario), scenario.name());
    }

    private void confirmDelete() {
        Scenario scenario = selectedScenario();
        if (scenario != null && !scenario.isBaseline() && MessageDialog.openConfirm(list.getShell(),
                Messages.Scenarios_Delete, NLS.bind(Messages.Scenarios_DeleteQuestion, scenario.name()))) {
            delete(scenario.name());
        }
    }

    /** Deletes the saved scenario of this name in the background. */
    void delete(String name) {
        Store store = session.store();
        if (store != null) {
            ticked.remove(name);
            edit(StoreEdits.deleteScenario(store, scenarios, name), null);
        }
    }

    /** Makes the edit in the background (Edit > Undo takes it back), then reads the scenarios again. */
    private void edit(StoreEdit edit, String select) {
        EditHistory.make(edit, list.getDisplay(), done -> reload(select, done.isOK() ? "" : done.getMessage()));
    }

    private String freeName(String base) {
        Set<String> taken = new TreeSet<>();
        saved.forEach(s -> taken.add(s.name()));
        taken.add(Scenario.BASELINE.name());
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns, false));
        return group;
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return button;
    }
}
