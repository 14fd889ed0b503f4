package org.grenier.ui.planning;

import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.Result;
import org.grenier.core.quality.AerationWindow;
import org.grenier.core.quality.QualityRisk;
import org.grenier.core.quality.StorageRisk;
import org.grenier.core.store.Store;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
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
    private Table table;
    private Text details;
    private Label status;
    private List<StorageRisk> risks = List.of();

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
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : List.of(Messages.Risk_Unit, Messages.Risk_Type, Messages.Risk_Crop,
                Messages.Risk_Temperature, Messages.Risk_Humidity, Messages.Risk_Moisture, Messages.Risk_LifeUsed,
                Messages.Risk_DaysLeft, Messages.Risk_Excursion, Messages.Risk_Score, Messages.Risk_Level)) {
            boolean words = title.equals(Messages.Risk_Unit) || title.equals(Messages.Risk_Type)
                    || title.equals(Messages.Risk_Crop) || title.equals(Messages.Risk_Level);
            new TableColumn(table, words ? SWT.LEFT : SWT.RIGHT).setText(title);
        }
        table.addListener(SWT.Selection, event -> selected());
        details = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        sash.setWeights(3, 2);
        Runnable stopListening = Units.whenChanged(() -> UiThread.later(table, this::assess));
        root.addListener(SWT.Dispose, event -> stopListening.run());
        assess();
    }

    public Table table() {
        return table;
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
        risks = read.failed() ? List.of() : read.value();
        status.setText(read.failed() ? read.message() : NLS.bind(Messages.Risk_Summary, risks.size()));
        table.removeAll();
        Units units = Units.saved();
        for (StorageRisk risk : risks) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { risk.storageUnit(), RiskLabels.type(risk.type()),
                    risk.crop().map(RiskLabels::crop).orElse("-"),
                    RiskLabels.temperature(units, risk.temperature(), 1), number(risk.humidity(), "%.0f %%"),
                    number(risk.moisture(), "%.1f %%"), risk.crop().isEmpty() ? "-" : number(100 * risk.lifeUsed(),
                            "%.0f %%"), risk.crop().isEmpty() ? "-" : days(risk.daysLeft()),
                    risk.excursionBudgetHours() > 0 ? Numbers.number(risk.excursionHours(), 0) + " / "
                            + Numbers.number(risk.excursionBudgetHours(), 0) + " h" : "-",
                    Integer.toString(risk.score()), RiskLabels.level(risk.level()) });
            item.setForeground(table.getDisplay().getSystemColor(RiskLabels.colour(risk.level())));
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        if (!risks.isEmpty()) {
            table.select(0);
        }
        selected();
    }

    private void selected() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= risks.size()) {
            details.setText(Messages.Risk_Hint);
            return;
        }
        StorageRisk risk = risks.get(index);
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

    private static String days(double value) {
        return Double.isInfinite(value) ? "∞" : String.format(Numbers.locale(), "%.0f", value);
    }
}
