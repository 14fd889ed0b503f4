package org.grenier.ui.planning;

import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.Result;
import org.grenier.core.quality.AerationWindow;
import org.grenier.core.quality.QualityRisk;
import org.grenier.core.quality.StorageRisk;
import org.grenier.core.store.Store;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.SortableTable;
import org.grenier.ui.SortableTable.Column;
import org.grenier.ui.charts.BarCharts;
import org.grenier.ui.charts.ChartCanvas;
import org.grenier.ui.preferences.Units;
import org.grenier.ui.store.StoreEvents;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.StoreSnapshot;

/**
 * The "Storage risk" part: per storage unit, riskiest first, its latest conditions, the storage life its grain has
 * used and has left, its risk score and level; the selected unit's advice and aeration windows below. Judged in a
 * background Job whenever the store changes.
 */
public class StorageRiskPart {

    public static final String ID = "org.grenier.ui.part.risk";


    private final StoreSession session;
    private final QualityRisk quality;
    private SortableTable<StorageRisk> risks;
    private Table table;
    private ChartCanvas scores;
    private Text details;
    private Label status;

    @Inject
    public StorageRiskPart(StoreSession session, @Service QualityRisk quality) {
        this.session = session;
        this.quality = quality;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        risks = new SortableTable<>(sash, SWT.SINGLE, columns());
        // each line in its level's colour, so the units at risk stand out
        risks.setStyler((risk, item) -> item.setForeground(item.getDisplay().getSystemColor(
                RiskLabels.colour(risk.level()))));
        table = risks.table();
        table.addListener(SWT.Selection, event -> selected());
        // below the list, side by side: what to do about the unit chosen, and every unit's score at a glance
        SashForm below = new SashForm(sash, SWT.HORIZONTAL);
        details = new Text(below, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        scores = new ChartCanvas(below, SWT.NONE);
        below.setWeights(1, 1);
        sash.setWeights(3, 2);
        Runnable stopListening = Units.whenChanged(() -> UiThread.later(table, this::assess));
        root.addListener(SWT.Dispose, event -> stopListening.run());
        assess();
    }

    /** The columns; the units keep the assessment's order (the riskiest first) until a header is clicked. */
    private static List<Column<StorageRisk>> columns() {
        return List.of(
                words(Messages.Risk_Unit, StorageRisk::storageUnit),
                words(Messages.Risk_Type, risk -> RiskLabels.type(risk.type())),
                words(Messages.Risk_Crop, risk -> risk.crop().map(RiskLabels::crop).orElse("-")),
                figure(Messages.Risk_Temperature, risk -> RiskLabels.temperature(Units.saved(), risk.temperature(),
                        1), StorageRisk::temperature),
                figure(Messages.Risk_Humidity, risk -> number(risk.humidity(), "%.0f %%"), StorageRisk::humidity),
                figure(Messages.Risk_Moisture, risk -> number(risk.moisture(), "%.1f %%"), StorageRisk::moisture),
                figure(Messages.Risk_LifeUsed, risk -> risk.crop().isEmpty() ? "-" : number(100 * risk.lifeUsed(),
                        "%.0f %%"), risk -> risk.crop().isEmpty() ? Double.NaN : risk.lifeUsed()),
                figure(Messages.Risk_DaysLeft, risk -> risk.crop().isEmpty() ? "-" : days(risk.daysLeft()),
                        risk -> risk.crop().isEmpty() ? Double.NaN : risk.daysLeft()),
                figure(Messages.Risk_Excursion, StorageRiskPart::excursion, StorageRisk::excursionHours),
                figure(Messages.Risk_Score, risk -> Integer.toString(risk.score()), StorageRisk::score),
                new Column<>(Messages.Risk_Level, SWT.LEFT, risk -> RiskLabels.level(risk.level()),
                        Comparator.comparing(StorageRisk::level)));
    }

    private static Column<StorageRisk> words(String title, Function<StorageRisk, String> text) {
        return new Column<>(title, SWT.LEFT, text, Comparator.comparing(text));
    }

    /** A figure sorts by its value, the unknown ones ("-") last. */
    private static Column<StorageRisk> figure(String title, Function<StorageRisk, String> text,
            ToDoubleFunction<StorageRisk> value) {
        return new Column<>(title, SWT.RIGHT, text, Comparator.comparingDouble(risk -> {
            double figure = value.applyAsDouble(risk);
            return Double.isNaN(figure) ? Double.POSITIVE_INFINITY : figure;
        }));
    }

    private static String excursion(StorageRisk risk) {
        return risk.excursionBudgetHours() > 0 ? Numbers.number(risk.excursionHours(), 0) + " / "
                + Numbers.number(risk.excursionBudgetHours(), 0) + " h" : "-";
    }

    public Table table() {
        return table;
    }

    public ChartCanvas scores() {
        return scores;
    }

    public Text details() {
        return details;
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(StoreEvents.SNAPSHOT) StoreSnapshot snapshot) {
        assess();
    }

    /** Judges every unit in the background, then shows them. */
    public void assess() {
        Store store = session.store();
        if (table == null || table.isDisposed() || store == null) {
            return;
        }
        status.setText(Messages.Risk_Assessing);
        Job job = Job.create(Messages.Risk_Assessing, monitor -> {
            Result<List<StorageRisk>> read = quality.assess(store, Instant.now());
            UiThread.later(table, () -> show(read));
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(Result<List<StorageRisk>> read) {
        if (table.isDisposed()) {
            return;
        }
        List<StorageRisk> assessed = read.failed() ? List.of() : read.value();
        status.setText(read.failed() ? read.message() : NLS.bind(Messages.Risk_Summary, assessed.size()));
        risks.show(assessed);
        BarCharts.showAcross(scores, Messages.Risk_ScoreChart, Messages.Risk_Score, assessed.stream()
                .map(StorageRisk::storageUnit).toList(), List.of(new BarCharts.Bars(Messages.Risk_Score, assessed
                        .stream().mapToDouble(StorageRisk::score).toArray())), new BarCharts.Scale(100, Double.NaN,
                                null));
        if (table.getItemCount() > 0) {
            table.select(0);
        }
        selected();
    }

    private void selected() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= risks.rows().size()) {
            details.setText(Messages.Risk_Hint);
            return;
        }
        StorageRisk risk = risks.rows().get(index);
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.Risk_DetailTitle, risk.storageUnit(), RiskLabels.level(risk.level())));
        Units units = Units.saved();
        risk.advice().forEach(advice -> lines.add("• " + RiskLabels.advice(advice, risk, units)));
        if (!risk.aeration().isEmpty()) {
            lines.add("");
            lines.add(Messages.Risk_Aeration);
            for (AerationWindow window : risk.aeration()) {
                lines.add("  " + Numbers.dateTime(FormatStyle.SHORT).format(window.from()) + " – " + Numbers.dateTime(FormatStyle.SHORT).format(window.to()) + ": "
                        + RiskLabels.temperature(units, window.outdoorTemperature(), 1) + ", "
                        + Numbers.number(window.outdoorHumidity(), 0) + " %");
            }
        }
        details.setText(String.join("\n", lines));
    }

    private static String number(double value, String format) {
        return Double.isNaN(value) ? "-" : String.format(Numbers.locale(), format, value);
    }

    /** Days left: "∞" when the crop keeps indefinitely at these conditions, "-" when they are not known. */
    private static String days(double value) {
        return Numbers.number(value, 0);
    }
}
