package org.grenier.ui.parts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IPartListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.grenier.core.Result;
import org.grenier.core.planning.ItemKpis;
import org.grenier.core.sensors.Acquisition;
import org.grenier.core.store.Store;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.charts.BarCharts;
import org.grenier.ui.charts.ChartCanvas;
import org.grenier.ui.handlers.ResetDemoHandler;
import org.grenier.ui.planning.PlanningSession;
import org.grenier.ui.store.StoreEvents;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.StoreSnapshot;
import org.grenier.ui.store.Workspace;

/**
 * The overview a person meets first: what the store holds and what came in last, the alerts nobody has looked at,
 * the stock-outs and overflows the last plan expects, and how good the forecasts are. Each card links into the part
 * that tells more. The store is read in a Job; the plan comes from the planning session; the open alerts are read
 * again every half minute while the overview is shown.
 */
public class OverviewPart {

    private static final int OUTLOOK_HEIGHT = 240;
    private static final int OUTLOOK_PRODUCTS = 15;

    public static final String ID = "org.grenier.ui.part.overview";
    private static final int REREAD_MS = 30_000;
    private static final String IMPORT_COMMAND = "org.grenier.app.command.import";

    private final StoreSession session;
    private final PlanningSession planning;
    private final Acquisition acquisition;
    private final MWindow window;
    private final EModelService models;
    private final EPartService parts;
    @Inject
    ECommandService commands;
    @Inject
    EHandlerService handlers;
    private Composite content;
    private ScrolledComposite scroll;
    private OverviewWelcome welcome;
    private OverviewCards cards;
    private ChartCanvas outlook;
    private OverviewFacts facts;
    private int shownRecordings;
    private final Runnable reread = this::read;
    private final MPart part;
    private final IPartListener whenShown = new PartShownListener();
    private boolean fitWhenShown;

    @Inject
    public OverviewPart(StoreSession session, PlanningSession planning, @Optional @Service Acquisition acquisition,
            MWindow window, EModelService models, EPartService parts, MPart part) {
        this.part = part;
        this.session = session;
        this.planning = planning;
        this.acquisition = acquisition;
        this.window = window;
        this.models = models;
        this.parts = parts;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(2, true));
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        welcome = new OverviewWelcome(content, this::act);
        cards = new OverviewCards(content, this::open);
        outlook = new ChartCanvas(content, SWT.NONE);
        GridData below = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        below.heightHint = OUTLOOK_HEIGHT;
        outlook.setLayoutData(below);
        scroll.addListener(SWT.Resize, event -> fit());
        parts.addPartListener(whenShown);
        show();
        read();
    }

    /** Reads the store's side of the overview in the background, then shows it. */
    public Job read() {
        Store store = session.store();
        if (store == null || content.isDisposed()) {
            return null;
        }
        content.getDisplay().timerExec(-1, reread);
        Job job = Job.create(Messages.Overview_Reading, monitor -> {
            Result<OverviewFacts> read = OverviewFacts.read(store);
            UiThread.later(content, () -> shown(read));
            return read.failed() ? Status.warning(read.message()) : Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private void shown(Result<OverviewFacts> read) {
        if (content.isDisposed()) {
            return;
        }
        OverviewFacts before = facts;
        facts = read.failed() ? null : read.value();
        cards.showError(read.failed() ? read.message() : null);
        // the same facts read again (every 30 s, or after a change elsewhere) need no new layout: laying the cards out
        // costs little, but under a long import and a training it froze the window for 200 ms
        if (read.failed() || !facts.equals(before) || recordings() != shownRecordings) {
            show();
        }
        content.getDisplay().timerExec(REREAD_MS, reread);
    }

    private void show() {
        welcome.show(session.workspace(), facts);
        cards.showStore(facts);
        shownRecordings = recordings();
        cards.showAlerts(facts, shownRecordings);
        cards.showPlan(planning.latest());
        drawOutlook(planning.latest());
        cards.showForecasts(facts);
        fit();
    }

    /**
     * Under the cards, the last plan's stock-outs at a glance: the days each product is expected to be out of stock
     * over the horizon, the most first; hidden until there is a plan.
     */
    private void drawOutlook(PlanningSession.Planned planned) {
        boolean shown = planned != null && !planned.reports().isEmpty()
                && planned.reports().get(0).simulation() != null;
        ((GridData) outlook.getLayoutData()).exclude = !shown;
        outlook.setVisible(shown);
        if (!shown) {
            outlook.clear();
            return;
        }
        List<ItemKpis> items = planned.reports().get(0).simulation().items().stream()
                .sorted(Comparator.comparingDouble(ItemKpis::stockoutDays).reversed()).limit(OUTLOOK_PRODUCTS)
                .toList();
        BarCharts.showSideBySide(outlook, NLS.bind(Messages.Overview_OutlookChart, planned.settings().horizonDays()),
                Messages.Overview_OutlookAxis, items.stream().map(ItemKpis::sku).toList(), List.of(
                        new BarCharts.Bars(Messages.Overview_OutlookAxis, items.stream()
                                .mapToDouble(ItemKpis::stockoutDays).toArray())), BarCharts.Scale.FITTED);
    }

    /** The chart of the last plan's stock-outs, for tests. */
    public ChartCanvas outlook() {
        return outlook;
    }

    /** The devices being recorded now, which the alerts card counts. */
    private int recordings() {
        return acquisition == null ? 0 : acquisition.sessions().size();
    }

    /**
     * Lays the cards out for the text they now hold, once the part is in sight: laying them out behind another
     * perspective took 100-300 ms of the UI thread at the end of a large import, for a picture nobody saw.
     */
    private void fit() {
        if (!scroll.isVisible()) {
            fitWhenShown = true;
            return;
        }
        fitWhenShown = false;
        int width = scroll.getClientArea().width;
        scroll.setMinSize(content.computeSize(Math.max(width, 600), SWT.DEFAULT));
        content.layout(true, true);
    }

    /** Brings the part forward, in its own perspective: what a card's link does. */
    public void open(String partId) {
        Parts.open(window, models, parts, partId);
    }

    /** What the welcome line's links do: switch workspace, reset the demo (after asking), or import. */
    private void act(OverviewWelcome.Action action) {
        switch (action) {
        case OWN -> session.switchTo(Workspace.Kind.OWN);
        case DEMO -> session.switchTo(Workspace.Kind.DEMO);
        case RESET -> new ResetDemoHandler().execute(content.getShell(), session);
        case IMPORT -> handlers.executeHandler(commands.createCommand(IMPORT_COMMAND, Map.of()));
        }
    }

    @Inject
    @Optional
    void storeChanged(@UIEventTopic(StoreEvents.SNAPSHOT) StoreSnapshot snapshot) {
        if (content != null && !content.isDisposed()) {
            read();
        }
    }

    @Inject
    @Optional
    void planned(@UIEventTopic(PlanningSession.PLANNED) PlanningSession.Planned planned) {
        if (content != null && !content.isDisposed()) {
            cards.showPlan(planned);
            drawOutlook(planned);
            fit();
        }
    }

    /** The welcome line's text and links, empty when it is hidden. */
    public List<String> welcome() {
        return welcome.texts();
    }

    /** The cards' texts, for tests and for reading aloud: one list of lines per card. */
    public List<List<String>> texts() {
        return cards.texts();
    }

    @Focus
    public void setFocus() {
        content.setFocus();
    }

    @PreDestroy
    void stop() {
        parts.removePartListener(whenShown);
        if (!content.isDisposed()) {
            content.getDisplay().timerExec(-1, reread);
        }
    }

    /** Lays out what changed while the part was out of sight, as it comes into sight. */
    private final class PartShownListener implements IPartListener {

        @Override
        public void partVisible(MPart shown) {
            if (shown == part && fitWhenShown && !content.isDisposed()) {
                fit();
            }
        }

        @Override
        public void partActivated(MPart activated) {
            // only coming into sight matters
        }

        @Override
        public void partBroughtToTop(MPart top) {
            // partVisible follows
        }

        @Override
        public void partDeactivated(MPart deactivated) {
            // only coming into sight matters
        }

        @Override
        public void partHidden(MPart hidden) {
            // nothing to lay out for a part out of sight
        }
    }
}
