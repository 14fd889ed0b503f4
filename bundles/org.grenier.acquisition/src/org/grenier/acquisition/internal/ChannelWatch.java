package org.grenier.acquisition.internal;

import java.util.ArrayList;
import java.util.List;

import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertRule;

/**
 * Everything the engine remembers about one measure of one sensor. Sensor faults come first and are kept apart from
 * the unit's conditions: a stuck sensor's readings and a glitch never reach the limits or the rate; only readings the
 * spike filter accepts do, in the order they were read.
 */
final class ChannelWatch {

    private final StuckDetector stuck = new StuckDetector();
    private final SpikeFilter spikes;
    private final LimitWatch high = LimitWatch.high();
    private final LimitWatch low = LimitWatch.low();
    private final RateWatch rate = new RateWatch();

    ChannelWatch(Measure measure) {
        this.spikes = new SpikeFilter(measure);
    }

    List<Alert> observe(SensorReading reading, AlertRule rule) {
        List<Alert> raised = new ArrayList<>(2);
        stuck.observe(reading).ifPresent(raised::add);
        if (stuck.stuck()) {
            return raised;
        }
        SpikeFilter.Screened screened = spikes.screen(reading);
        screened.spike().ifPresent(raised::add);
        for (SensorReading accepted : screened.accepted()) {
            high.observe(accepted, rule.high()).ifPresent(raised::add);
            low.observe(accepted, rule.low()).ifPresent(raised::add);
            rate.observe(accepted, rule.maxChangePerHour()).ifPresent(raised::add);
        }
        return raised;
    }
}
