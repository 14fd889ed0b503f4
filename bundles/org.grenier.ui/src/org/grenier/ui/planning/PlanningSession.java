package org.grenier.ui.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.grenier.core.Result;
import org.grenier.core.planning.CostFactors;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.Scenario;
import org.grenier.core.planning.ServiceTargets;
import org.grenier.core.planning.SimulationSettings;
import org.grenier.core.planning.StockPlanner;
import org.grenier.core.planning.StorageCostReport;
import org.grenier.core.planning.StorageCosts;
import org.grenier.core.store.Store;
import org.grenier.ui.Numbers;
import org.grenier.ui.Messages;
import org.grenier.ui.store.StoreEvents;
import org.grenier.ui.store.StoreSession;

/**
 * The workbench's planning runs: the baseline and chosen scenarios planned one after another in a Job, with progress
 * and cancel, on the same seed so that their differences are the scenarios' and not chance. The last run reaches the
 * parts as a {@link #PLANNED} event, and {@link #latest()} serves parts opened later.
 */
public class PlanningSession {

    /** A run finished; the value is its {@link Planned}. */
    public static final String PLANNED = "grenier/planning/planned";

    /** A run started (true) or ended, finished, failed or cancelled (false). */
    public static final String RUNNING = "grenier/planning/running";

    /**
     * What a run asked for: horizon in days, sample paths, seed, the stock budget (infinite for none), how the cost
     * of keeping stock splits into storage, handling and maintenance, and the service level of each class.
     */
    public record Settings(int horizonDays, int paths, long seed, double budget, CostFactors factors,
            ServiceTargets targets) {

        public static final Settings DEFAULTS = new Settings(PlanRequest.DEFAULT_HORIZON, 1000, 1,
                Double.POSITIVE_INFINITY, CostFactors.DEFAULTS, ServiceTargets.DEFAULTS);

        /** The planner's defaults from Preferences > Planning, with no budget and the first seed. */
        public static Settings preferred() {
            org.grenier.ui.preferences.PlanningDefaults saved = org.grenier.ui.preferences.PlanningDefaults.saved();
            return new Settings(saved.horizonDays(), saved.paths(), 1, Double.POSITIVE_INFINITY, saved.factors(),
                    saved.targets());
        }
    }

    /**
     * The plans of a run, the baseline first; each plan's storage costs by scenario name (none when the analysis is
     * not installed); and the scenarios that could not be planned or costed, with why.
     */
    public record Planned(Settings settings, List<PlanReport> reports, Map<String, StorageCostReport> costs,
            List<String> failures) {

        public Planned {
            reports = List.copyOf(reports);
            costs = Map.copyOf(costs);
            failures = List.copyOf(failures);
        }
    }

    private final StoreSession store;
    private final IEventBroker events;
    private final StockPlanner planner;
    private final StorageCosts storageCosts;
    private final ComputeSettings compute;
    private final AtomicReference<Planned> latest = new AtomicReference<>();
    private final AtomicReference<Job> running = new AtomicReference<>();

    @Inject
    public PlanningSession(StoreSession store, IEventBroker events, @Optional @Service StockPlanner planner,
            @Optional @Service StorageCosts storageCosts, @Optional @Service ComputeSettings compute) {
        this.store = store;
        this.events = events;
        this.planner = planner;
        this.storageCosts = storageCosts;
        this.compute = compute;
    }

    public Planned latest() {
        return latest.get();
    }

    /** Another store took the place of the one planned: its plan no longer holds, nor does a run under way. */
    @Inject
    @Optional
    void storeReplaced(@org.eclipse.e4.core.di.extensions.EventTopic(StoreEvents.REPLACED) Object workspace) {
        cancel();
        latest.set(null);
    }

    /** True while a run is under way. */
    public boolean isRunning() {
        return running.get() != null;
    }

    /** Stops the run under way, if any; what it planned so far is dropped. */
    public void cancel() {
        Job job = running.get();
        if (job != null) {
            job.cancel();
        }
    }

    /**
     * Plans the baseline, then each scenario (the baseline is added first when missing), as a user Job; null when no
     * store is open, no planner started, or a run is already under way.
     */
    public Job plan(List<Scenario> scenarios, Settings settings) {
        Store open = store.store();
        if (open == null || planner == null) {
            return null;
        }
        List<Scenario> played = new ArrayList<>(List.of(Scenario.BASELINE));
        scenarios.stream().filter(s -> !s.isBaseline()).forEach(played::add);
        org.eclipse.core.runtime.jobs.IJobFunction work = monitor -> run(open, played, settings, monitor);
        Job job = Job.create(Numbers.phrase(Messages.Planning_Job, played.size() - 1), work);
        if (!running.compareAndSet(null, job)) {
            return null;
        }
        job.setUser(true);
        // told here, not at the end of run: a job cancelled before it starts never runs
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                running.set(null);
                events.post(RUNNING, Boolean.FALSE);
            }
        });
        events.post(RUNNING, Boolean.TRUE);
        job.schedule();
        return job;
    }

    private IStatus run(Store open, List<Scenario> played, Settings settings,
            org.eclipse.core.runtime.IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, played.size());
        PlanRequest request = request(settings);
        List<PlanReport> reports = new ArrayList<>();
        Map<String, StorageCostReport> costs = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (Scenario scenario : played) {
            progress.subTask(scenario.name());
            Result<PlanReport> report = planner.plan(open, request.playing(scenario), progress.split(1));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (report.failed()) {
                failures.add(scenario.name() + ": " + report.message());
            } else {
                reports.add(report.value());
                cost(open, report.value(), settings.factors(), costs, failures);
            }
        }
        Planned planned = new Planned(settings, reports, costs, failures);
        latest.set(planned);
        events.post(PLANNED, planned);
        return Status.OK_STATUS;
    }

    private void cost(Store open, PlanReport report, CostFactors factors, Map<String, StorageCostReport> costs,
            List<String> failures) {
        if (storageCosts == null) {
            return;
        }
        Result<StorageCostReport> cost = storageCosts.analyse(open, report, factors);
        if (cost.failed()) {
            failures.add(report.scenario().name() + ": " + cost.message());
        } else {
            costs.put(report.scenario().name(), cost.value());
        }
    }

    private PlanRequest request(Settings settings) {
        ComputeLimits limits = compute == null ? ComputeLimits.defaults() : compute.limits();
        return new PlanRequest(Instant.now(), settings.horizonDays(), new SimulationSettings(settings.paths(),
                settings.seed(), limits), settings.budget(), Scenario.BASELINE, settings.targets());
    }
}
