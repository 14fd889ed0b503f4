package org.grenier.optimize.internal.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.Result;
import org.grenier.core.planning.ItemClass;
import org.grenier.core.planning.OrderOptimisation;
import org.grenier.core.planning.PlanNote;
import org.grenier.core.planning.PlanReport;
import org.grenier.core.planning.PlanRequest;
import org.grenier.core.planning.Recommendation;
import org.grenier.core.planning.SimulationModel;
import org.grenier.core.planning.SimulationOutcome;
import org.grenier.core.planning.StockPlanner;
import org.grenier.core.planning.UnitKpis;
import org.grenier.core.store.Store;
import org.grenier.optimize.internal.lots.LotOptimiser.Choice;
import org.grenier.optimize.internal.policy.PolicyDesigner;
import org.grenier.optimize.internal.simulation.MonteCarloSimulation;
import org.osgi.service.component.annotations.Component;

/** Gathers a store's products into planning items, designs their policies, simulates them, recommends orders. */
@Component(service = StockPlanner.class)
public class PlanningService implements StockPlanner {

    private final PolicyDesigner policies = new PolicyDesigner();

    @Override
    public Result<PlanReport> plan(Store store, PlanRequest request, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Planning stock", 10);
        List<PlanNote> warnings = new ArrayList<>();
        Result<PlanData> gathered = PlanData.read(store, request, warnings);
        if (gathered.failed()) {
            return Result.error(gathered.message());
        }
        progress.worked(1);
        PlanData data = gathered.value();
        if (data.items().isEmpty()) {
            return Result.error("Nothing to plan: no product has a forecast or sales in the last 13 weeks");
        }
        List<ItemClass> classes = policies.classify(data.items(), request.targets());
        Designs designs = new Designs(policies, data.unitLifeDays(), data.production(),
                data.position().onOrder(), warnings);
        OrderOptimisation optimisation = fit(data, classes, data.budget(), designs, warnings);
        Result<SimulationOutcome> simulated = new MonteCarloSimulation().simulate(new SimulationModel(
                designs.simulated(), data.capacities(), request.horizonDays()), request.simulation(), progress.split(9));
        if (simulated.failed()) {
            return Result.error(simulated.message());
        }
        List<Recommendation> recommendations = new Orders(request.start(), data.sources(), data.position())
                .recommend(data.items(), classes, designs.policies(), simulated.value());
        LocalDate first = LocalDate.ofInstant(request.start(), ZoneOffset.UTC);
        for (UnitKpis unit : simulated.value().units()) {
            if (unit.overflows()) {
                warnings.add(overflow(unit, first));
            }
        }
        return Result.ok(new PlanReport(first, request.scenario(), recommendations, simulated.value(), optimisation,
                warnings));
    }

    /**
     * When a storage unit runs full, and what to do about it: move or sell what it would have to refuse, a few days
     * before it fills (a week, or the first day when it fills sooner), or spread the deliveries and harvests due then.
     */
    static PlanNote overflow(UnitKpis unit, LocalDate first) {
        return new PlanNote.UnitRunsFull(unit.storageUnit(), first.plusDays(unit.fullByDay()), unit.fullShare(),
                unit.refused(), first.plusDays(Math.max(0, unit.fullByDay() - 7)));
    }

    /**
     * Lot sizes fitted to the storage units and the budget; when nothing fits, each product's own best policy, and
     * a warning that says which limit cannot be kept.
     */
    private static OrderOptimisation fit(PlanData data, List<ItemClass> classes, double budget, Designs designs,
            List<PlanNote> warnings) {
        long start = System.nanoTime();
        Result<Choice> choice = Fitting.fit(data.items(), classes, data.capacities(), data.occupied(), budget);
        if (choice.failed()) {
            warnings.add(Fitting.shortfall(data.items(), classes, data.capacities(), data.occupied(), budget));
            for (int i = 0; i < data.items().size(); i++) {
                designs.add(data.items().get(i), classes.get(i));
            }
            return new OrderOptimisation(Double.NaN, Double.NaN, Double.NaN, 0, List.of(), System.nanoTime() - start);
        }
        for (int i = 0; i < data.items().size(); i++) {
            designs.add(data.items().get(i), choice.value().policies().get(i));
        }
        OrderOptimisation summary = choice.value().summary();
        if (summary.serviceLowered() > 0) {
            warnings.add(new PlanNote.ServiceLowered(summary.serviceLowered(), summary.binding()));
        }
        return summary;
    }
}
