package org.grenier.ui.store;

import java.nio.file.Path;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;

/**
 * The store the workbench works on. Opening and reading run as Jobs; results reach the parts as
 * {@link StoreEvents#SNAPSHOT} events, and {@link #latest()} serves parts created later.
 */
public class StoreSession {

    private final StoreOpener opener;
    private final IEventBroker events;
    private volatile Store store;
    private volatile StoreSnapshot latest;

    /** Recording sessions write into this store: they are stopped, their buffers written, before it closes. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Service
    org.grenier.core.sensors.Acquisition acquisition;

    @Inject
    public StoreSession(@Service StoreOpener opener, IEventBroker events) {
        this.opener = opener;
        this.events = events;
    }

    /** Opens the store in the default folder (or the one the launcher chose) in the background. */
    public Job open() {
        Path folder = opener.defaultFolder();
        OpenStoreJob job = new OpenStoreJob(this, opener, folder);
        job.schedule();
        return job;
    }

    /** Reads the store again in the background and posts a new snapshot. */
    public Job refresh() {
        Job job = new ReadSnapshotJob(this);
        job.schedule();
        return job;
    }

    /** Writes a backup of the whole store in the background; readers and the parts carry on meanwhile. */
    public Job backup(Path file, java.util.function.Consumer<org.grenier.core.Result<Path>> done) {
        Job job = Job.create(org.eclipse.osgi.util.NLS.bind(org.grenier.ui.Messages.Backup_Job, file), monitor -> {
            Store open = store;
            if (open != null) {
                done.accept(open.backup(file));
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Replaces the store with a backup: closes it, restores (which keeps the replaced file beside it), reopens it and
     * posts the new snapshot. Runs as a write Job, so no import or other write overlaps it.
     */
    public Job restore(Path backup, java.util.function.Consumer<org.grenier.core.Result<?>> done) {
        Job job = Job.create(org.eclipse.osgi.util.NLS.bind(org.grenier.ui.Messages.Restore_Job, backup), monitor -> {
            Store open = store;
            store = null;
            if (acquisition != null) {
                acquisition.stopAll();
            }
            if (open != null) {
                open.close();
            }
            // the edits remembered were made to the store being replaced: none of them can be taken back now
            org.grenier.ui.edits.EditHistory.forget();
            org.grenier.core.Result<?> restored = opener.restore(opener.defaultFolder(), backup);
            var reopened = opener.open(opener.defaultFolder());
            if (!reopened.failed()) {
                opened(reopened.value());
                publish(ReadSnapshotJob.read(reopened.value()));
            } else {
                publish(StoreSnapshot.failed(reopened.message()));
            }
            done.accept(restored);
        });
        job.setRule(StoreWriteRule.INSTANCE);
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The last snapshot read, or {@code null} while the store is still opening. */
    public StoreSnapshot latest() {
        return latest;
    }

    public Store store() {
        return store;
    }

    void opened(Store opened) {
        this.store = opened;
    }

    void publish(StoreSnapshot snapshot) {
        latest = snapshot;
        events.post(StoreEvents.SNAPSHOT, snapshot);
    }

    @PreDestroy
    public void close() {
        Job.getJobManager().cancel(this);
        if (acquisition != null) {
            acquisition.stopAll();
        }
        Store open = store;
        store = null;
        if (open != null) {
            open.close();
        }
    }
}
