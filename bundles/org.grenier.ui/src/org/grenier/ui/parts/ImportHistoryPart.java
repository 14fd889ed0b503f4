package org.grenier.ui.parts;

import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.Result;
import org.grenier.core.imports.Importer;
import org.grenier.core.store.ImportBatch;
import org.grenier.core.store.Store;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.imports.ImportWords;
import org.grenier.ui.Numbers;
import org.grenier.ui.SortableTable;
import org.grenier.ui.SortableTable.Column;
import org.grenier.ui.charts.BarCharts;
import org.grenier.ui.charts.ChartCanvas;
import org.grenier.ui.imports.FileDrop;
import org.grenier.ui.imports.ImportWizard;
import org.grenier.ui.store.StoreEvents;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.StoreSnapshot;
import org.grenier.ui.store.StoreWriteRule;

/**
 * The "Import history" part: every import batch, newest first, with what it added and refused; the results of the
 * last import; and Undo, which takes one batch back out of the store. Files dropped on it start an import.
 */
public class ImportHistoryPart {

    /** The imports drawn: enough to see a trend, few enough to read their numbers. */
    private static final int CHARTED = 20;

    public static final String ID = "org.grenier.ui.part.imports";


    private final StoreSession session;
    private final Importer importer;
    private SortableTable<ImportBatch> batches;
    private Table table;
    private ChartCanvas chart;
    private Button undo;
    private Text details;

    @Inject
    public ImportHistoryPart(StoreSession session, @Service Importer importer) {
        this.session = session;
        this.importer = importer;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        Button importButton = new Button(buttons, SWT.PUSH);
        importButton.setText(Messages.History_Import);
        importButton.addListener(SWT.Selection, event -> openWizard(List.of()));
        undo = new Button(buttons, SWT.PUSH);
        undo.setText(Messages.History_Undo);
        undo.setEnabled(false);
        undo.addListener(SWT.Selection, event -> undoSelected());
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        batches = new SortableTable<>(sash, SWT.SINGLE, columns());
        table = batches.table();
        table.addListener(SWT.Selection, event -> selected());
        // below the list, side by side: the import chosen, and the lines of the latest imports
        SashForm below = new SashForm(sash, SWT.HORIZONTAL);
        details = new Text(below, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        chart = new ChartCanvas(below, SWT.NONE);
        below.setWeights(1, 1);
        details.setText(session.lastImport() != null ? session.lastImport() : Messages.History_Hint);
        sash.setWeights(1, 1);
        FileDrop.install(root, this::openWizard);
        FileDrop.install(table, this::openWizard);
        reload();
    }

    private static List<Column<ImportBatch>> columns() {
        return List.of(
                new Column<>(Messages.History_Batch, SWT.RIGHT, batch -> Long.toString(batch.id()),
                        Comparator.comparingLong(ImportBatch::id)),
                new Column<>(Messages.History_When, SWT.LEFT, batch -> Numbers.dateTime(FormatStyle.SHORT)
                        .format(batch.importedAt()), Comparator.comparing(ImportBatch::importedAt)),
                new Column<>(Messages.History_File, SWT.LEFT, ImportHistoryPart::fileName,
                        Comparator.comparing(ImportHistoryPart::fileName)),
                new Column<>(Messages.History_Profile, SWT.LEFT, batch -> ImportWords.profile(batch.profile()),
                        Comparator.comparing(batch -> ImportWords.profile(batch.profile()))),
                count(Messages.History_Added, ImportBatch::accepted),
                count(Messages.History_Rejected, ImportBatch::rejected),
                count(Messages.History_Already, ImportBatch::alreadyStored),
                new Column<>(Messages.History_State, SWT.LEFT, batch -> batch.undone() ? Messages.History_Undone
                        : Messages.History_Stored, Comparator.comparing(ImportBatch::undone)));
    }

    private static Column<ImportBatch> count(String title, ToLongFunction<ImportBatch> count) {
        return new Column<>(title, SWT.RIGHT, batch -> Numbers.number(count.applyAsLong(batch), 0),
                Comparator.comparingLong(count));
    }

    private static String fileName(ImportBatch batch) {
        return java.nio.file.Path.of(batch.file()).getFileName().toString();
    }

    private void openWizard(List<java.nio.file.Path> files) {
        ImportWizard.dialog(table.getShell(), session, importer, files).open();
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(StoreEvents.SNAPSHOT) StoreSnapshot snapshot) {
        reload();
    }

    @Inject
    @Optional
    void imported(@UIEventTopic(StoreEvents.IMPORTED) String results) {
        if (details != null && !details.isDisposed()) {
            details.setText(results);
        }
    }

    /** Reads the batches in the background and shows them. */
    public void reload() {
        Store store = session.store();
        if (table == null || table.isDisposed() || store == null) {
            return;
        }
        Job job = Job.create(Messages.History_Reading, monitor -> {
            Result<List<ImportBatch>> read = store.imports().batches();
            UiThread.later(table, () -> show(read));
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(Result<List<ImportBatch>> read) {
        if (table.isDisposed()) {
            return;
        }
        batches.show(read.failed() ? List.of() : read.value());
        drawLines(read.failed() ? List.of() : read.value());
        selected();
    }

    /**
     * The lines of the latest imports, oldest on the left, stacked as added, refused and already stored: an import
     * that refused much, or brought nothing new, stands out before its row is read.
     */
    private void drawLines(List<ImportBatch> all) {
        List<ImportBatch> latest = new java.util.ArrayList<>(all.stream()
                .sorted(Comparator.comparing(ImportBatch::importedAt).reversed()).limit(CHARTED).toList());
        java.util.Collections.reverse(latest);
        BarCharts.showStacked(chart, Messages.History_Chart, Messages.History_Lines,
                latest.stream().map(batch -> "#" + batch.id()).toList(),
                List.of(bars(Messages.History_Added, latest, ImportBatch::accepted),
                        bars(Messages.History_Rejected, latest, ImportBatch::rejected),
                        bars(Messages.History_Already, latest, ImportBatch::alreadyStored)));
    }

    private static BarCharts.Bars bars(String name, List<ImportBatch> batches, ToLongFunction<ImportBatch> count) {
        return new BarCharts.Bars(name, batches.stream().mapToDouble(count::applyAsLong).toArray());
    }

    public ChartCanvas chart() {
        return chart;
    }

    private void selected() {
        int index = table.getSelectionIndex();
        ImportBatch batch = index < 0 ? null : batches.rows().get(index);
        undo.setEnabled(batch != null && !batch.undone());
        if (batch != null) {
            details.setText(NLS.bind(Messages.History_Details, new Object[] { batch.file(), batch.format(),
                    batch.rejectedFile().orElse(Messages.History_NoRejected), batch.fileSha256() }));
        }
    }

    private void undoSelected() {
        int index = table.getSelectionIndex();
        ImportBatch batch = index < 0 ? null : batches.rows().get(index);
        if (batch == null || !MessageDialog.openConfirm(table.getShell(), Messages.History_UndoTitle,
                NLS.bind(Messages.History_UndoQuestion, batch.id(), batch.accepted()))) {
            return;
        }
        undo(batch.id());
    }

    /** Undoes a batch in a write Job; the part reloads when the store's new snapshot arrives. */
    public Job undo(long batchId) {
        Store store = session.store();
        Job job = Job.create(NLS.bind(Messages.History_Undoing, batchId), monitor -> {
            Result<ImportBatch> undone = store.imports().undo(batchId);
            UiThread.later(table, () -> {
                if (!details.isDisposed()) {
                    details.setText(undone.failed() ? undone.message()
                            : NLS.bind(Messages.History_UndoneText, batchId, undone.value().accepted()));
                }
            });
            session.refresh();
        });
        job.setRule(StoreWriteRule.INSTANCE);
        job.setUser(true);
        job.schedule();
        return job;
    }

    public Table table() {
        return table;
    }

    public Text details() {
        return details;
    }
}
