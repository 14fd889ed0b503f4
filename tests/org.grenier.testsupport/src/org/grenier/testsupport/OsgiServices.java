package org.grenier.testsupport;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Looks up the real OSGi services under test, as Declarative Services publish them. */
public final class OsgiServices {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private OsgiServices() {
    }

    /** The service, or an AssertionError naming the type when no component provides it in time. */
    public static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(WAIT.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getName() + " service was published within " + WAIT);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + type.getName(), e);
        }
    }
}
