package org.grenier.ui.sensors;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.sensors.Acquisition;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.sensors.ConnectionGap;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.core.store.Store;
import org.grenier.ui.BackgroundRead;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.Tables;
import org.grenier.ui.charts.ChartCanvas;
import org.grenier.ui.charts.SensorCharts;
import org.grenier.ui.edits.EditHistory;
import org.grenier.ui.edits.StoreEdits;
import org.grenier.ui.preferences.Units;
import org.grenier.ui.store.StoreSession;

/**
 * The Sensors part: the ports being recorded and how they fare, the live chart of one storage unit (scrolling over
 * the last hour, day or week, gaps shaded, alert limit drawn), and the alerts with their acknowledgement. It reads
 * every two seconds in a background Job; the UI thread only draws.
 */
public class SensorsPart {

    public static final String ID = "org.grenier.ui.part.sensors";
    static final int REFRESH_MILLIS = 2_000;
    private static final Duration[] WINDOWS = { Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7) };

    private final StoreSession session;
    private final Acquisition acquisition;
    private BackgroundRead reads;
    private Table ports;
    private Table alerts;
    private Combo unit;
    private Combo measure;
    private Combo window;
    private ChartCanvas chart;
    private Label gapsLine;
    private Button stop;
    private Button limits;
    private Button acknowledge;
    private SensorView shown;
    /** The unit the user picked; until then the part follows the first unit that has readings. */
    private String pinnedUnit;
    private boolean disposed;

    @Inject
    public SensorsPart(StoreSession session, @Optional @Service Acquisition acquisition) {
        this.session = session;
        this.acquisition = acquisition;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        createBar(root);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm left = new SashForm(sash, SWT.VERTICAL);
        ports = Tables.create(left, SWT.SINGLE, Messages.Sensors_Port, Messages.Sensors_Device, Messages.Sensors_State,
                Messages.Sensors_Lines, Messages.Sensors_Stored, Messages.Sensors_Refused, Messages.Sensors_Reconnects,
                Messages.Sensors_LastData, Messages.Sensors_Problem);
        ports.addListener(SWT.Selection, event -> stop.setEnabled(ports.getSelectionIndex() >= 0));
        createAlerts(left);
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        chart = new ChartCanvas(right, SWT.NONE);
        reads = new BackgroundRead(chart);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        gapsLine = new Label(right, SWT.WRAP);
        gapsLine.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        sash.setWeights(1, 1);
        root.addListener(SWT.Dispose, event -> disposed = true);
        Runnable stopListening = Units.whenChanged(() -> UiThread.later(root, this::refresh));
        root.addListener(SWT.Dispose, event -> stopListening.run());
        tick();
    }

    private void createBar(Composite root) {
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(10, false));
        Button connect = new Button(bar, SWT.PUSH);
        connect.setText(Messages.Sensors_Connect);
        connect.addListener(SWT.Selection, event -> connect());
        stop = new Button(bar, SWT.PUSH);
        stop.setText(Messages.Sensors_Stop);
        stop.setEnabled(false);
        stop.addListener(SWT.Selection, event -> stopSelected());
        new Label(bar, SWT.NONE).setText(Messages.Sensors_Unit);
        unit = new Combo(bar, SWT.READ_ONLY);
        unit.setLayoutData(new GridData(120, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(Messages.Sensors_Measure);
        measure = new Combo(bar, SWT.READ_ONLY);
        for (Measure m : Measure.values()) {
            measure.add(Labels.measure(m));
        }
        measure.select(0);
        new Label(bar, SWT.NONE).setText(Messages.Sensors_Window);
        window = new Combo(bar, SWT.READ_ONLY);
        window.setItems(Messages.Sensors_LastHour, Messages.Sensors_LastDay, Messages.Sensors_LastWeek);
        window.select(0);
        limits = new Button(bar, SWT.PUSH);
        limits.setText(Messages.Sensors_Limits);
        limits.setToolTipText(Messages.Sensors_LimitsTip);
        limits.setEnabled(false);
        limits.addListener(SWT.Selection, event -> editLimits());
        unit.addListener(SWT.Selection, event -> pinnedUnit = unit.getText());
        for (Combo combo : List.of(unit, measure, window)) {
            combo.addListener(SWT.Selection, event -> refresh());
        }
    }

    private void createAlerts(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Sensors_Alerts);
        group.setLayout(new GridLayout(1, false));
        alerts = Tables.create(group, SWT.SINGLE, Messages.Sensors_Raised, Messages.Sensors_Unit.replace(":", "").strip(),
                Messages.Sensors_Kind, Messages.Sensors_Value, Messages.Sensors_State, Messages.Sensors_Message);
        alerts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        alerts.addListener(SWT.Selection, event -> acknowledge.setEnabled(selectedAlert() != null
                && selectedAlert().acknowledgedAt().isEmpty()));
        acknowledge = new Button(group, SWT.PUSH);
        acknowledge.setText(Messages.Sensors_Acknowledge);
        acknowledge.setEnabled(false);
        acknowledge.addListener(SWT.Selection, event -> acknowledgeSelected());
    }

    /** Reads again now, then every two seconds while the part is open. */
    private void tick() {
        if (disposed) {
            return;
        }
        refresh();
        chart.getDisplay().timerExec(REFRESH_MILLIS, this::tick);
    }

    /** Schedules a background read (after the one under way: the unit or measure just picked must be read). */
    public void refresh() {
        Store store = session.store();
        if (store == null || disposed || !reads.begin()) {
            return;
        }
        String chosenUnit = pinnedUnit;
        Measure chosenMeasure = Measure.values()[Math.max(0, measure.getSelectionIndex())];
        Duration chosenWindow = WINDOWS[Math.max(0, window.getSelectionIndex())];
        Job job = Job.create(Messages.Sensors_Reading, monitor -> {
            try {
                SensorView view = SensorView.read(store, acquisition, chosenUnit, chosenMeasure, chosenWindow);
                UiThread.later(chart, () -> show(view, chosenMeasure));
            } finally {
                reads.end(this::refresh);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(SensorView view, Measure chosen) {
        if (disposed || ports.isDisposed()) {
            return;
        }
        shown = view;
        showUnits(view);
        showSessions(view.sessions());
        showAlerts(view.alerts());
        limits.setEnabled(view.unit() != null);
        if (view.unit() == null) {
            chart.clear();
            gapsLine.setText(Messages.Sensors_NoUnit);
            return;
        }
        String title = NLS.bind(Messages.Sensors_ChartTitle, new Object[] { view.unit(), Labels.measure(chosen),
                window.getText().toLowerCase(java.util.Locale.ROOT) });
        List<Instant[]> gaps = view.gaps().stream().map(g -> new Instant[] { g.from(), g.to() }).toList();
        Units units = Units.saved();
        SensorCharts.show(chart, title, units.symbol(chosen), view.lines(units.shownIn(chosen)), view.from(),
                view.to(), gaps, units.shown(chosen, view.limit()));
        gapsLine.setText(view.gaps().isEmpty() ? "" : Numbers.phrase(Messages.Sensors_Gaps, view.gaps().size(),
                describe(view.gaps().get(view.gaps().size() - 1))));
        gapsLine.getParent().layout();
    }

    /**
     * The reading an alert is about, in the person's units: "31,2 °C"; blank for a silent device, and for a storage
     * risk, whose value is its score.
     */
    private static String value(Alert alert, Units units) {
        Measure measure = alert.measure();
        return measure == null || Double.isNaN(alert.value()) || alert.kind() == AlertKind.STORAGE_RISK ? ""
                : Numbers.number(units.shown(measure, alert.value()), 1) + " " + units.symbol(measure);
    }

    private static String describe(ConnectionGap gap) {
        DateTimeFormatter time = Numbers.time(FormatStyle.MEDIUM);
        return time.format(gap.from()) + " \u2013 " + (gap.to() == null ? "\u2026" : time.format(gap.to())) + " ("
                + gap.port() + ", " + GapText.reason(gap.reason()) + ")";
    }

    private void showUnits(SensorView view) {
        String[] items = view.units().toArray(String[]::new);
        if (!java.util.Arrays.equals(items, unit.getItems())) {
            unit.setItems(items);
        }
        if (view.unit() != null) {
            unit.select(view.units().indexOf(view.unit()));
        }
    }

    private void showSessions(List<SessionStatus> sessions) {
        SessionStatus before = Tables.chosen(ports, SessionStatus.class);
        ports.removeAll();
        for (SessionStatus s : sessions) {
            TableItem item = new TableItem(ports, SWT.NONE);
            item.setText(new String[] { Labels.port(s.port()), s.profile(), Labels.state(s.state()),
                    String.format("%,d", s.lines()), String.format("%,d", s.committed()),
                    String.format("%,d", s.rejected()), Long.toString(s.reconnects()),
                    s.lastDataAt().map(Numbers.time(FormatStyle.MEDIUM)::format).orElse("\u2013"),
                    s.lastProblem().map(GapText::reason).orElse("") });
            item.setData(s);
        }
        Tables.pack(ports);
        Tables.chooseAgain(ports, data -> before != null && data instanceof SessionStatus now
                && now.port().equals(before.port()));
        stop.setEnabled(ports.getSelectionIndex() >= 0);
    }

    private void showAlerts(List<Alert> list) {
        Alert before = selectedAlert();
        alerts.removeAll();
        Units units = Units.saved();
        for (Alert a : list) {
            TableItem item = new TableItem(alerts, SWT.NONE);
            item.setText(new String[] { Numbers.dateTime(FormatStyle.SHORT).format(a.at()),
                    a.storageUnitCode() == null ? "" : a.storageUnitCode(), Labels.kind(a.kind()), value(a, units),
                    a.acknowledgedAt().isPresent() ? Messages.Sensors_Acknowledged : Messages.Sensors_Open,
                    AlertText.of(a, units) });
            item.setData(a);
        }
        Tables.pack(alerts);
        Tables.chooseAgain(alerts, data -> before != null && data instanceof Alert now && now.id() == before.id());
        Alert chosen = selectedAlert();
        acknowledge.setEnabled(chosen != null && chosen.acknowledgedAt().isEmpty());
    }

    private Alert selectedAlert() {
        return Tables.chosen(alerts, Alert.class);
    }

    private void acknowledgeSelected() {
        Alert alert = selectedAlert();
        Store store = session.store();
        if (alert == null || store == null) {
            return;
        }
        acknowledge.setEnabled(false);
        Job job = Job.create(Messages.Sensors_Acknowledge, monitor -> {
            store.sensors().acknowledge(alert.id(), Instant.now());
            UiThread.later(chart, this::refresh);
        });
        job.schedule();
    }

    /**
     * Reads the limits in force in the background, then opens them for the unit shown; what is saved can be taken
     * back with Edit > Undo, and recordings under way use it within seconds.
     */
    private void editLimits() {
        Store store = session.store();
        String shownUnit = shown == null ? null : shown.unit();
        if (store == null || shownUnit == null) {
            return;
        }
        Job job = Job.create(Messages.Sensors_Limits, monitor -> {
            Result<List<AlertRule>> rules = store.sensors().alertRules();
            UiThread.later(chart, () -> {
                if (rules.failed()) {
                    gapsLine.setText(rules.message());
                    return;
                }
                new AlertLimitsDialog(chart.getShell(), shownUnit, rules.value(), chosen -> EditHistory.make(
                        StoreEdits.setLimits(store, shownUnit, chosen), chart.getDisplay(), done -> {
                            if (!done.isOK() && !disposed) {
                                gapsLine.setText(done.getMessage());
                            }
                            refresh();
                        })).open();
            });
        });
        job.schedule();
    }

    private void connect() {
        Store store = session.store();
        if (store != null && acquisition != null) {
            new ConnectDeviceDialog(chart.getShell(), acquisition, store).open();
            refresh();
        }
    }

    private void stopSelected() {
        SessionStatus chosen = Tables.chosen(ports, SessionStatus.class);
        if (chosen == null) {
            return;
        }
        String port = chosen.port();
        stop.setEnabled(false);
        Job job = Job.create(Messages.Sensors_Stop, monitor -> {
            Result<SessionStatus> stopped = acquisition.stop(port);
            UiThread.later(chart, () -> {
                if (stopped.failed() && !disposed) {
                    gapsLine.setText(NLS.bind(Messages.Sensors_StopFailed, port, stopped.message()));
                }
                refresh();
            });
        });
        job.schedule();
    }

    @PreDestroy
    void dispose() {
        disposed = true;
    }

    /** Shows this storage unit over the window at this index (0: last hour, 1: day, 2: week), as a person picks. */
    public void pick(String storageUnit, int windowIndex) {
        pinnedUnit = storageUnit;
        window.select(windowIndex);
        refresh();
    }

    public Button limits() {
        return limits;
    }

    public Table ports() {
        return ports;
    }

    public Table alerts() {
        return alerts;
    }

    public ChartCanvas chart() {
        return chart;
    }

    public SensorView shown() {
        return shown;
    }
}
