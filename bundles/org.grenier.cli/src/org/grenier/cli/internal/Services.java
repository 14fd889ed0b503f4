package org.grenier.cli.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the OSGi services commands need, waiting a moment for Declarative Services to activate them. */
public class Services implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    public Services(BundleContext context) {
        this.context = context;
    }

    public <T> Optional<T> find(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        try {
            return Optional.ofNullable(tracker.waitForService(WAIT.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
    }
}
