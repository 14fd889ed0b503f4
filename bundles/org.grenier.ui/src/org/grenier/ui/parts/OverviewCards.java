package org.grenier.ui.parts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.Recommendation;
import org.grenier.core.planning.UnitKpis;
import org.grenier.core.sensors.Alert;
import org.grenier.core.store.RecordKind;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.planning.PlanningSession;
import org.grenier.ui.planning.ScenarioNames;

/** The overview's four cards (store, alerts, coming up, forecasts), each a title, a few lines and its links. */
final class OverviewCards {

    /** A product counts as running out when it is out of stock for half a day or more on an average path. */
    private static final double STOCKOUT_DAYS = 0.5;
    private static final int LISTED = 3;

    private final Label error;
    private final Card store;
    private final Card alerts;
    private final Card plan;
    private final Card forecasts;

    /** One card: a bold title, its lines, its links. */
    private record Card(Label body, Link links) {
        void show(List<String> lines) {
            body.setText(String.join("\n", lines));
        }
    }

    OverviewCards(Composite parent, Consumer<String> open) {
        error = new Label(parent, SWT.WRAP);
        error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        showError(null);
        store = card(parent, Messages.Overview_Store, Messages.Overview_StoreLinks, open);
        alerts = card(parent, Messages.Overview_Alerts, Messages.Overview_AlertLinks, open);
        plan = card(parent, Messages.Overview_Plan, Messages.Overview_PlanLinks, open);
        forecasts = card(parent, Messages.Overview_Forecasts, Messages.Overview_ForecastLinks, open);
    }

    private static Card card(Composite parent, String title, String links, Consumer<String> open) {
        Composite card = new Composite(parent, SWT.BORDER);
        card.setLayout(new GridLayout());
        card.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Label heading = new Label(card, SWT.NONE);
        heading.setText(title);
        heading.setFont(JFaceResources.getHeaderFont());
        Label body = new Label(card, SWT.WRAP);
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, true);
        wrap.widthHint = 300; // a wrapping label needs a width to wrap at; the card's width takes over when wider
        body.setLayoutData(wrap);
        Link link = new Link(card, SWT.NONE);
        link.setText(links);
        link.addListener(SWT.Selection, event -> open.accept(event.text));
        return new Card(body, link);
    }

    void showError(String message) {
        error.setText(message == null ? "" : NLS.bind(Messages.Overview_Failed, message));
        ((GridData) error.getLayoutData()).exclude = message == null; // no empty row above the cards
        error.setVisible(message != null);
    }

    void showStore(OverviewFacts facts) {
        if (facts == null) {
            store.show(List.of(Messages.StorePart_Opening));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.Overview_Counts, new Object[] { count(facts, RecordKind.SKU),
            count(facts, RecordKind.SITE), count(facts, RecordKind.STORAGE_UNIT), count(facts, RecordKind.SALES_LINE),
            count(facts, RecordKind.SENSOR_READING) }));
        lines.add(facts.lastImport().map(b -> NLS.bind(Messages.Overview_LastImport, new Object[] {
            Labels.fileName(b.file()),
            time(b.importedAt()), Numbers.number(b.accepted(), 0), Numbers.number(b.rejected(), 0) }))
                .orElse(Messages.Overview_NoImport));
        if (facts.refusedImports() > 0) {
            lines.add(Numbers.phrase(Messages.Overview_RefusedImports, facts.refusedImports()));
        }
        store.show(lines);
    }

    void showAlerts(OverviewFacts facts, int recording) {
        List<String> lines = new ArrayList<>();
        List<Alert> open = facts == null ? List.of() : facts.openAlerts();
        if (open.isEmpty()) {
            lines.add(Messages.Overview_NoAlert);
        } else {
            // only the newest are read: when as many came as were asked for, there may be more
            lines.add(Numbers.phrase(open.size() >= OverviewFacts.ALERTS_READ ? Messages.Overview_OpenAlertsAtLeast
                    : Messages.Overview_OpenAlerts, open.size()));
            org.grenier.ui.preferences.Units units = org.grenier.ui.preferences.Units.saved();
            open.stream().limit(LISTED).forEach(a -> lines.add(NLS.bind(Messages.Overview_Alert, new Object[] {
                a.storageUnitCode(), org.grenier.ui.sensors.AlertText.of(a, units), time(a.at()) })));
        }
        lines.add(recording > 0 ? Numbers.phrase(Messages.Overview_Recording, recording)
                : Messages.Overview_NotRecording);
        alerts.show(lines);
    }

    void showPlan(PlanningSession.Planned planned) {
        if (planned == null || planned.reports().isEmpty()) {
            plan.show(List.of(Messages.Overview_NoPlan));
            return;
        }
        PlanReport report = planned.reports().get(0);
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.Overview_PlanOf, new Object[] { ScenarioNames.shown(report.scenario()),
            planned.settings().horizonDays(), report.start().format(DateTimeFormatter.ofLocalizedDate(
                    FormatStyle.MEDIUM).withLocale(Numbers.locale())) }));
        List<Recommendation> now = report.recommendations().stream().filter(Recommendation::orderNow).toList();
        lines.add(now.isEmpty() ? Messages.Overview_NoOrderNow : Numbers.phrase(Messages.Overview_OrdersNow, now.size(),
                Numbers.number(now.stream().mapToDouble(Recommendation::orderValue).sum(), 0)));
        lines.add(stockouts(report));
        lines.add(overflows(report));
        plan.show(lines);
    }

    private static String stockouts(PlanReport report) {
        List<String> running = report.simulation() == null ? List.of() : report.simulation().items().stream()
                .filter(i -> i.stockoutDays() >= STOCKOUT_DAYS)
                .sorted((a, b) -> Double.compare(b.stockoutDays(), a.stockoutDays())).limit(LISTED)
                .map(i -> NLS.bind(Messages.Overview_Stockout, i.sku(), Numbers.number(i.stockoutDays(), 1)))
                .toList();
        return running.isEmpty() ? Messages.Overview_NoStockout
                : NLS.bind(Messages.Overview_Stockouts, String.join(", ", running));
    }

    private static String overflows(PlanReport report) {
        List<String> full = report.simulation() == null ? List.of() : report.simulation().units().stream()
                .filter(UnitKpis::overflows).sorted((a, b) -> Integer.compare(a.fullByDay(), b.fullByDay()))
                .limit(LISTED).map(u -> NLS.bind(Messages.Overview_Overflow, u.storageUnit(), report.start()
                        .plusDays(u.fullByDay()).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(Numbers.locale()))))
                .toList();
        return full.isEmpty() ? Messages.Overview_NoOverflow
                : NLS.bind(Messages.Overview_Overflows, String.join(", ", full));
    }

    void showForecasts(OverviewFacts facts) {
        if (facts == null || facts.forecastSeries() == 0) {
            forecasts.show(List.of(Messages.Overview_NoForecast));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(Numbers.phrase(Messages.Overview_Forecasted, facts.forecastSeries(),
                Numbers.number(facts.medianMase(), 2)));
        facts.lastTrained().ifPresent(t -> lines.add(NLS.bind(Messages.Overview_LastTrained, time(t))));
        lines.add(facts.drifting().isEmpty() ? Messages.Overview_NoDrift
                : NLS.bind(Messages.Overview_Drifting, String.join(", ", facts.drifting())));
        forecasts.show(lines);
    }

    List<List<String>> texts() {
        return List.of(lines(store), lines(alerts), lines(plan), lines(forecasts));
    }

    private static List<String> lines(Card card) {
        return List.of(card.body().getText().split("\n"));
    }

    private static String count(OverviewFacts facts, RecordKind kind) {
        return Numbers.number(facts.summary().count(kind), 0);
    }

    private static String time(Instant at) {
        return at.atZone(ZoneId.systemDefault()).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(Numbers.locale()));
    }
}
