package org.grenier.core.planning;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.Result;

/**
 * Monte Carlo simulation of daily stock: demand sampled from each product's outlook, lead times sampled, the policy
 * applied, storage capacity enforced, lots thrown away when their life runs out. Deterministic for a seed whatever the
 * number of threads; cancellable. Provided as an OSGi service.
 */
public interface StockSimulation {

    Result<SimulationOutcome> simulate(SimulationModel model, SimulationSettings settings, IProgressMonitor monitor);
}
