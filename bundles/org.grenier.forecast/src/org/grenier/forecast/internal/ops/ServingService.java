package org.grenier.forecast.internal.ops;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.grenier.core.Result;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.ForecastServing;
import org.grenier.core.forecast.ServingStats;
import org.grenier.core.store.Store;
import org.osgi.service.component.annotations.Component;

/**
 * Serves active forecasts from a bounded, expiring cache in front of the registry. A forecast is computed when the
 * product is trained, so serving one is reading it back; the cache spares the workbench even that when a planner
 * goes back and forth between products. Each serving is timed per method for model operations.
 */
@Component(service = ForecastServing.class)
public class ServingService implements ForecastServing {

    /** Forecasts kept: the products of a large co-op, a few kilobytes each. */
    static final int CAPACITY = 2_000;
    /** Beyond this a cached forecast is read again, in case another process retrained it. */
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

    private final ExpiringLru<Key, ForecastRun> cache;
    private final Map<String, LatencyWindow> latencies = new ConcurrentHashMap<>();

    public ServingService() {
        this(CAPACITY, TIME_TO_LIVE, Clock.systemUTC());
    }

    /** For tests: a cache of {@code capacity} forecasts living {@code timeToLive} on {@code clock}. */
    public ServingService(int capacity, Duration timeToLive, Clock clock) {
        this.cache = new ExpiringLru<>(capacity, timeToLive, clock);
    }

    @Override
    public Result<ServedForecast> serve(Store store, String sku) {
        long start = System.nanoTime();
        Key key = new Key(store.folder(), sku);
        Optional<ForecastRun> cached = cache.get(key);
        ForecastRun run;
        if (cached.isPresent()) {
            run = cached.get();
        } else {
            Result<Optional<ForecastRun>> stored = store.forecasts().active(sku);
            if (stored.failed()) {
                return Result.error(stored.message());
            }
            if (stored.value().isEmpty()) {
                return Result.error(sku + " has no forecast in the registry yet; train one first");
            }
            run = stored.value().get();
            cache.put(key, run);
        }
        long nanos = System.nanoTime() - start;
        latencies.computeIfAbsent(run.chosen(), method -> new LatencyWindow()).add(nanos);
        return Result.ok(new ServedForecast(run, nanos, cached.isPresent()));
    }

    @Override
    public void forget(Store store, String sku) {
        Key key = new Key(store.folder(), sku);
        cache.removeIf(key::equals);
    }

    @Override
    public void forgetAll(Store store) {
        cache.removeIf(key -> key.folder().equals(store.folder()));
    }

    @Override
    public ServingStats stats() {
        List<ServingStats.Latency> byMethod = new ArrayList<>();
        latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> byMethod.add(
                new ServingStats.Latency(entry.getKey(), entry.getValue().served(),
                        entry.getValue().quantileMillis(0.5), entry.getValue().quantileMillis(0.95),
                        entry.getValue().quantileMillis(1))));
        long[] counts = cache.counts();
        return new ServingStats(counts[0], counts[1], counts[2], counts[3], cache.size(), cache.capacity(),
                byMethod);
    }

    /** A product of one store: two stores open one after the other may share product codes. */
    private record Key(Path folder, String sku) {
    }
}
