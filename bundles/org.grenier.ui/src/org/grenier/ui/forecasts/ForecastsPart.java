package org.grenier.ui.forecasts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.grenier.core.ComputeSettings;
import org.grenier.core.forecast.DriftReport;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.ForecastServing;
import org.grenier.core.forecast.ForecastTraining;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.TrainingPlan;
import org.grenier.core.store.Store;
import org.grenier.ui.Numbers;
import org.grenier.ui.BackgroundRead;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.charts.ChartCanvas;
import org.grenier.ui.jobs.Outcome;
import org.grenier.ui.store.StoreEvents;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.StoreSnapshot;

/**
 * The Forecasts part: one product's sales and forecast with its 80 % and 95 % bands, the backtest score of every
 * candidate model and why one was kept, the product's training runs (an older one can be restored), and the drift
 * check of every product with a forecast. Reading and training run as Jobs; the UI thread only draws.
 */
public class ForecastsPart {

    public static final String ID = "org.grenier.ui.part.forecasts";
    static final Frequency[] FREQUENCIES = { Frequency.WEEKLY, Frequency.MONTHLY, Frequency.DAILY };

    private final StoreSession session;
    private final ForecastTraining training;
    private final ForecastServing serving;
    private final ComputeSettings settings;
    private BackgroundRead reads;
    private boolean driftAsked;
    private Combo product;
    private Combo frequency;
    private Spinner horizon;
    private Button retrain;
    private Button retrainAll;
    private ChartCanvas chart;
    private Label model;
    private ForecastTables tables;
    private ForecastView shown;

    @Inject
    public ForecastsPart(StoreSession session, @Optional @Service ForecastTraining training,
            @Optional @Service ForecastServing serving, @Optional @Service ComputeSettings settings) {
        this.session = session;
        this.training = training;
        this.serving = serving;
        this.settings = settings;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        createBar(root);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        chart = new ChartCanvas(left, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        model = new Label(left, SWT.WRAP);
        GridData modelData = new GridData(SWT.FILL, SWT.TOP, true, false);
        modelData.widthHint = 300;
        model.setLayoutData(modelData);
        tables = new ForecastTables(sash, this::restore);
        sash.setWeights(3, 2);
        reads = new BackgroundRead(chart);
        refresh();
    }

    private void createBar(Composite root) {
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(8, false));
        new Label(bar, SWT.NONE).setText(Messages.Forecasts_Product);
        product = new Combo(bar, SWT.READ_ONLY);
        product.setLayoutData(new GridData(140, SWT.DEFAULT));
        product.addListener(SWT.Selection, event -> refresh(false));
        new Label(bar, SWT.NONE).setText(Messages.Forecasts_Period);
        frequency = new Combo(bar, SWT.READ_ONLY);
        frequency.setItems(Labels.frequencies(FREQUENCIES));
        frequency.select(0);
        new Label(bar, SWT.NONE).setText(Messages.Forecasts_Horizon);
        horizon = new Spinner(bar, SWT.BORDER);
        horizon.setValues(13, 1, 520, 0, 1, 4);
        retrain = new Button(bar, SWT.PUSH);
        retrain.setText(Messages.Forecasts_Retrain);
        retrain.addListener(SWT.Selection, event -> train(List.of(product.getText())));
        retrainAll = new Button(bar, SWT.PUSH);
        retrainAll.setText(Messages.Forecasts_RetrainAll);
        retrainAll.addListener(SWT.Selection, event -> train(shown == null ? List.of() : shown.products()));
    }

    @Inject
    @Optional
    void snapshotChanged(@UIEventTopic(StoreEvents.SNAPSHOT) StoreSnapshot snapshot) {
        refresh();
    }

    /** Reads the chosen product and every product's drift again in the background (after the read under way). */
    public void refresh() {
        refresh(true);
    }

    /** As {@link #refresh()}; without {@code drift}, the drift list shown is kept (only the product changed). */
    private void refresh(boolean drift) {
        Store store = session.store();
        if (store == null || chart == null || chart.isDisposed()) {
            return;
        }
        if (!reads.begin()) {
            driftAsked |= drift;
            return;
        }
        String wanted = product.getText().isEmpty() ? null : product.getText();
        Frequency chosen = FREQUENCIES[Math.max(0, frequency.getSelectionIndex())];
        List<DriftReport> knownDrift = drift || shown == null ? null : shown.drift();
        Job job = Job.create(Messages.Forecasts_Reading, monitor -> {
            try {
                ForecastView view = ForecastView.read(store, training, serving, wanted, chosen, knownDrift);
                UiThread.later(chart, () -> show(view));
            } finally {
                reads.end(() -> {
                    boolean again = driftAsked;
                    driftAsked = false;
                    refresh(again);
                });
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Trains the products as one Job, with progress and cancel, writing one store transaction per product, within the
     * thread and memory limits of the preferences.
     */
    private void train(List<String> skus) {
        Store store = session.store();
        if (store == null || training == null || skus.isEmpty() || skus.get(0).isEmpty()) {
            return;
        }
        TrainingPlan plan = TrainingPlan.automatic(FREQUENCIES[Math.max(0, frequency.getSelectionIndex())],
                horizon.getSelection());
        // read at each training, so a change in Preferences applies to the next one
        int threads = settings == null ? Runtime.getRuntime().availableProcessors() : settings.limits().threads();
        Job job = Job.create(Numbers.phrase(Messages.Forecasts_Training, skus.size()), monitor -> {
            List<String> failures = training.train(store, skus, plan, threads, monitor).stream()
                    .filter(result -> result.failed()).map(result -> result.message()).toList();
            List<String> failed = failures.stream().filter(message -> !message.endsWith(ForecastTraining.CANCELLED))
                    .toList();
            forget(store, skus);
            session.refresh(); // the overview's forecast card and the status line read the new runs
            UiThread.later(chart, () -> {
                if (!chart.isDisposed()) {
                    model.setText(String.join("\n", failed));
                    refresh();
                }
            });
            // a cancel that left products untrained ends as cancelled, unless a product failed before it
            IStatus outcome = Outcome.of(failed, Messages.Forecasts_TrainingFailed);
            return failures.size() > failed.size() && outcome.isOK() ? Status.CANCEL_STATUS : outcome;
        });
        job.setRule(org.grenier.ui.store.StoreWriteRule.INSTANCE);
        job.setUser(true);
        job.schedule();
    }

    private void restore(ForecastRun run) {
        Store store = session.store();
        if (store == null) {
            return;
        }
        Job job = Job.create(NLS.bind(Messages.Forecasts_Restoring, run.version()), monitor -> {
            store.forecasts().restore(run.id());
            forget(store, List.of(run.series()));
            session.refresh();
            UiThread.later(chart, this::refresh);
        });
        job.setRule(org.grenier.ui.store.StoreWriteRule.INSTANCE);
        job.schedule();
    }

    /** The served forecasts of these products are stale once they are retrained or an older run restored. */
    private void forget(Store store, List<String> skus) {
        if (serving != null) {
            skus.forEach(sku -> serving.forget(store, sku));
        }
    }

    private void show(ForecastView view) {
        if (chart.isDisposed()) {
            return;
        }
        shown = view;
        product.setItems(view.products().toArray(String[]::new));
        if (view.product() != null) {
            product.select(view.products().indexOf(view.product()));
        }
        retrain.setEnabled(training != null && view.product() != null);
        retrainAll.setEnabled(training != null && !view.products().isEmpty());
        ForecastPicture.draw(chart, view);
        model.setText(ForecastPicture.caption(view));
        model.getParent().layout();
        tables.show(view);
    }

    @Focus
    public void setFocus() {
        product.setFocus();
    }

    public ChartCanvas chart() {
        return chart;
    }

    public Combo product() {
        return product;
    }

    public Table candidates() {
        return tables.candidates();
    }

    public Table runs() {
        return tables.runs();
    }

    public Table drift() {
        return tables.drift();
    }

    public Label model() {
        return model;
    }
}
