package org.grenier.ui.parts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.grenier.core.Result;
import org.grenier.core.imports.Importer;
import org.grenier.core.store.IntegrityFinding;
import org.grenier.core.store.SourceHealth;
import org.grenier.core.store.Store;
import org.grenier.ui.UiThread;
import org.grenier.ui.Numbers;
import org.grenier.ui.SortableTable;
import org.grenier.ui.SortableTable.Column;
import org.grenier.ui.charts.BarCharts;
import org.grenier.ui.charts.ChartCanvas;
import org.grenier.ui.imports.ImportWizard;
import org.grenier.ui.store.StoreEvents;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.StoreSnapshot;
import org.grenier.ui.store.StoreWriteRule;

/**
 * Data health: how fresh each source is (imports by profile, sales, stock counts, sensors, weather, production
 * plans), its volume and its problems; then the store's integrity check (rows naming unknown codes, holes in the
 * sales, sales stored twice, lost connections) with the repair each finding takes. Reading and checking run as Jobs,
 * repairs as write Jobs; the store's next snapshot brings the part up to date.
 */
public class DataHealthPart {

    /** The top of the ages' axis, in percent of the age at which a source goes stale. */
    private static final double AGES_TOP = 300;

    public static final String ID = "org.grenier.ui.part.health";

    private final StoreSession session;
    private final Importer importer;
    private SortableTable<SourceHealth> sources;
    private ChartCanvas ages;
    private SortableTable<IntegrityFinding> findings;
    private Label status;
    private Button relink;
    private Button removeCopies;
    private Button importAgain;
    private HealthCheck.Known known = HealthCheck.Known.NONE;

    @Inject
    public DataHealthPart(StoreSession session, @Optional @Service Importer importer) {
        this.session = session;
        this.importer = importer;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // the sources beside a chart of their ages: a stale one stands out before its row is read
        SashForm top = new SashForm(sash, SWT.HORIZONTAL);
        sources = new SortableTable<>(group(top, HealthWords.Sources), SWT.SINGLE, sourceColumns());
        ages = new ChartCanvas(top, SWT.NONE);
        top.setWeights(3, 2);
        sources.table().addListener(SWT.Selection, event -> selected());
        Composite checked = group(sash, HealthWords.Findings);
        findings = new SortableTable<>(checked, SWT.SINGLE, findingColumns());
        findings.table().addListener(SWT.Selection, event -> selected());
        sash.setWeights(1, 1);
        createButtons(parent);
        read();
    }

    private static Composite group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout());
        return group;
    }

    private void createButtons(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(5, false));
        button(bar, HealthWords.Check, this::check);
        relink = button(bar, HealthWords.Relink, this::relinkSelected);
        removeCopies = button(bar, HealthWords.RemoveCopies, this::removeCopiesAsked);
        importAgain = button(bar, HealthWords.ImportAgain, this::importAgainSelected);
        status = new Label(bar, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(HealthWords.NotChecked);
        selected();
    }

    private static Button button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private static List<Column<SourceHealth>> sourceColumns() {
        // ages are told against the time the table is filled, not the time the part was made
        return List.of(
                new Column<>(HealthWords.Source, SWT.LEFT, HealthTexts::source, Comparator.comparing(
                        SourceHealth::source)),
                new Column<>(HealthWords.Name, SWT.LEFT, HealthTexts::name, Comparator.comparing(
                        SourceHealth::name)),
                new Column<>(HealthWords.Last, SWT.LEFT, HealthTexts::last, Comparator.comparing(
                        s -> s.last().orElse(Instant.MIN))),
                new Column<>(HealthWords.Age, SWT.RIGHT, s -> HealthTexts.age(s, Instant.now()), Comparator.comparing(
                        s -> s.last().orElse(Instant.MIN))),
                new Column<>(HealthWords.State, SWT.LEFT, s -> HealthTexts.state(s, Instant.now()),
                        Comparator.comparing(s -> s.isFresh(Instant.now()))),
                new Column<>(HealthWords.Volume, SWT.RIGHT, s -> Numbers.number(s.volume(), 0),
                        Comparator.comparingLong(SourceHealth::volume)),
                new Column<>(HealthWords.Problems, SWT.LEFT, HealthTexts::problems,
                        Comparator.comparingLong(SourceHealth::problems)));
    }

    private static List<Column<IntegrityFinding>> findingColumns() {
        return List.of(
                new Column<>(HealthWords.Finding, SWT.LEFT, HealthTexts::finding, Comparator.comparing(
                        IntegrityFinding::kind)),
                new Column<>(HealthWords.Rows, SWT.RIGHT, f -> Numbers.number(f.rows(), 0),
                        Comparator.comparingLong(IntegrityFinding::rows)),
                new Column<>(HealthWords.Repair, SWT.LEFT, HealthTexts::repair, Comparator.comparing(
                        IntegrityFinding::kind)));
    }

    /** Reads each source's freshness in the background, then shows it. */
    public Job read() {
        Store store = session.store();
        if (store == null || sources.table().isDisposed()) {
            return null;
        }
        Job job = Job.create(HealthWords.Reading, monitor -> {
            Result<List<SourceHealth>> read = store.health().sources();
            asyncShow(() -> {
                sources.show(read.failed() ? List.of() : read.value());
                drawAges(read.failed() ? List.of() : read.value(), Instant.now());
                if (read.failed()) {
                    status.setText(read.message());
                }
                selected();
            });
            return read.failed() ? Status.warning(read.message()) : Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /**
     * How old each source's last data is, as a share of the age at which it goes stale: a bar past the line is stale.
     * The axis stops at three times that age, so a source years old does not flatten the others; a source with no
     * data has no bar.
     */
    private void drawAges(List<SourceHealth> shown, Instant now) {
        double[] shares = shown.stream().mapToDouble(s -> s.last().map(at -> 100.0 * Duration.between(at, now)
                .toMillis() / s.source().staleAfter().toMillis()).orElse(Double.NaN)).toArray();
        BarCharts.showAcross(ages, HealthWords.AgesChart, HealthWords.AgesAxis,
                categories(shown), List.of(new BarCharts.Bars(HealthWords.Age,
                        shares)), new BarCharts.Scale(AGES_TOP, 100, null));
    }

    /**
     * The sources' names (their kind when they have none, as the sales), with their kind where two share a name: a bar
     * chart keeps one bar per name.
     */
    static List<String> categories(List<SourceHealth> shown) {
        Map<String, Long> count = shown.stream().collect(Collectors.groupingBy(DataHealthPart::label,
                Collectors.counting()));
        return shown.stream().map(s -> count.get(label(s)) > 1 ? label(s) + " (" + HealthTexts.source(s) + ")"
                : label(s)).toList();
    }

    private static String label(SourceHealth source) {
        String name = HealthTexts.name(source);
        return name.isBlank() ? HealthTexts.source(source) : name;
    }

    public ChartCanvas ages() {
        return ages;
    }

    /** Runs the integrity check in the background (it reads the whole store), then lists what it found. */
    public Job check() {
        Store store = session.store();
        if (store == null) {
            return null;
        }
        status.setText(HealthWords.Checking);
        Job job = Job.create(HealthWords.Checking, monitor -> {
            Result<HealthCheck> done = HealthCheck.run(store, ZoneId.systemDefault());
            asyncShow(() -> checked(done));
            return done.failed() ? Status.warning(done.message()) : Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void checked(Result<HealthCheck> done) {
        if (done.failed()) {
            status.setText(done.message());
            return;
        }
        known = done.value().known();
        List<IntegrityFinding> found = done.value().findings();
        findings.show(found);
        String at = Numbers.time(FormatStyle.SHORT).format(Instant.now());
        status.setText(found.isEmpty() ? NLS.bind(HealthWords.Whole, at)
                : Numbers.phrase(HealthWords.Checked, found.size(), at));
        status.getParent().layout();
        selected();
    }

    private void asyncShow(Runnable show) {
        UiThread.later(status, show);
    }

    private void selected() {
        IntegrityFinding finding = selectedFinding();
        relink.setEnabled(finding != null && finding.kind().relinkable());
        removeCopies.setEnabled(finding != null && finding.kind() == IntegrityFinding.Kind.DUPLICATE_SALES);
        SourceHealth source = selectedSource();
        importAgain.setEnabled(importer != null && (source != null && source.source() == SourceHealth.Source.IMPORT
                && source.problems() > 0 || finding != null && finding.kind() == IntegrityFinding.Kind.SALES_GAP));
    }

    private IntegrityFinding selectedFinding() {
        int index = findings.table().getSelectionIndex();
        return index < 0 ? null : findings.rows().get(index);
    }

    private SourceHealth selectedSource() {
        int index = sources.table().getSelectionIndex();
        return index < 0 ? null : sources.rows().get(index);
    }

    private void relinkSelected() {
        IntegrityFinding finding = selectedFinding();
        RelinkDialog dialog = new RelinkDialog(status.getShell(), finding.subject(), known.codesFor(finding.kind()));
        if (dialog.open() == Window.OK) {
            relink(finding, dialog.chosen());
        }
    }

    /** Points the finding's rows at a known code in a write Job, then checks again. */
    public Job relink(IntegrityFinding finding, String code) {
        return repair(store -> store.health().relink(finding, code)
                .map(moved -> Numbers.phrase(HealthWords.Relinked, moved, code)));
    }

    private void removeCopiesAsked() {
        IntegrityFinding finding = selectedFinding();
        if (MessageDialog.openConfirm(status.getShell(), HealthWords.RemoveTitle,
                Numbers.phrase(HealthWords.RemoveQuestion, finding.rows()))) {
            repair(store -> store.health().removeDuplicateSales().map(gone -> Numbers.phrase(HealthWords.Removed,
                    gone)));
        }
    }

    private Job repair(java.util.function.Function<Store, Result<String>> work) {
        Store store = session.store();
        Job job = Job.create(HealthWords.Repairing, monitor -> {
            Result<String> done = work.apply(store);
            asyncShow(() -> {
                status.setText(done.failed() ? done.message() : done.value());
                if (!done.failed()) {
                    check();
                }
            });
            session.refresh();
            return done.failed() ? Status.warning(done.message()) : Status.OK_STATUS;
        });
        job.setRule(StoreWriteRule.INSTANCE);
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Opens the import wizard on the file whose rows were refused (mended since, one hopes), or empty for a gap. */
    private void importAgainSelected() {
        SourceHealth source = selectedSource();
        List<Path> files = List.of();
        if (source != null && source.source() == SourceHealth.Source.IMPORT && selectedFinding() == null) {
            Path file = Path.of(source.lastProblem().orElse(""));
            if (Files.isReadable(file)) {
                files = List.of(file);
            } else {
                status.setText(NLS.bind(HealthWords.FileGone, file));
            }
        }
        ImportWizard.dialog(status.getShell(), session, importer, files).open();
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(StoreEvents.SNAPSHOT) StoreSnapshot snapshot) {
        if (sources != null && !sources.table().isDisposed()) {
            read();
        }
    }

    @Inject
    @Optional
    void storeReplaced(@UIEventTopic(StoreEvents.REPLACED) Object workspace) {
        if (findings != null && !findings.table().isDisposed()) {
            findings.show(List.of()); // what was found was found in another store
            status.setText(HealthWords.NotChecked);
        }
    }

    public SortableTable<SourceHealth> sources() {
        return sources;
    }

    public SortableTable<IntegrityFinding> findings() {
        return findings;
    }

    public Label status() {
        return status;
    }
}
