package org.grenier.optimize.internal.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.model.WeatherPoint;
import org.grenier.core.quality.AerationWindow;
import org.grenier.core.quality.Crop;

/**
 * Finds the forecast hours worth running aeration fans in: outdoor air at least 5 °C cooler than the grain (the
 * extension services' rule for pushing a cooling front through a bin), not raining, and dry enough that the grain it
 * meets would not settle above its own moisture plus a point.
 */
final class AerationAdvisor {

    static final double COOLER_BY = 5;
    static final double WETTING_MARGIN = 1;

    private AerationAdvisor() {
    }

    static boolean suitable(WeatherPoint hour, Crop crop, double grainTemperature, double grainMoisture) {
        if (!Double.isFinite(hour.temperature()) || hour.temperature() > grainTemperature - COOLER_BY) {
            return false;
        }
        if (Double.isFinite(hour.precipitation()) && hour.precipitation() > 0.1) {
            return false;
        }
        return !Double.isFinite(hour.humidity()) || Psychrometrics.equilibriumMoisture(crop, hour.temperature(),
                hour.humidity()) <= grainMoisture + WETTING_MARGIN;
    }

    /** Consecutive suitable forecast hours, as windows. */
    static List<AerationWindow> windows(List<WeatherPoint> forecast, Crop crop, double grainTemperature,
            double grainMoisture) {
        List<AerationWindow> windows = new ArrayList<>();
        List<WeatherPoint> run = new ArrayList<>();
        for (WeatherPoint hour : forecast) {
            boolean follows = run.isEmpty() || Duration.between(run.get(run.size() - 1).at(), hour.at())
                    .toMinutes() <= 180;
            if (suitable(hour, crop, grainTemperature, grainMoisture) && follows) {
                run.add(hour);
                continue;
            }
            close(run, windows);
            if (suitable(hour, crop, grainTemperature, grainMoisture)) {
                run.add(hour);
            }
        }
        close(run, windows);
        return windows;
    }

    private static void close(List<WeatherPoint> run, List<AerationWindow> windows) {
        if (run.isEmpty()) {
            return;
        }
        Instant end = run.size() > 1 ? run.get(run.size() - 1).at().plus(step(run)) : run.get(0).at().plusSeconds(3600);
        windows.add(new AerationWindow(run.get(0).at(), end, run.stream().mapToDouble(WeatherPoint::temperature)
                .average().orElse(Double.NaN), run.stream().mapToDouble(WeatherPoint::humidity)
                .filter(Double::isFinite).average().orElse(Double.NaN)));
        run.clear();
    }

    private static Duration step(List<WeatherPoint> run) {
        return Duration.between(run.get(run.size() - 2).at(), run.get(run.size() - 1).at());
    }
}
