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
    private volatile Workspace workspace;
    private volatile StoreSnapshot latest;
    private volatile String lastImport;
    private Runnable stopListening = () -> { };

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

    /** A new folder for the person's store applies at once when their store is the one open. */
    @jakarta.annotation.PostConstruct
    void listenToTheFolder() {
        stopListening = org.grenier.ui.preferences.StoreLocation.whenFolderChanged(() -> {
            Workspace open = workspace;
            if (open != null && !open.isDemo()) {
                switchTo(Workspace.Kind.OWN);
            }
        });
    }

    /** Opens, in the background, the workspace open when Grenier last closed (the demo on a first start). */
    public Job open() {
        return schedule(new OpenStoreJob(this, opener, Workspace.atStart(opener), false));
    }

    /** Closes the store and opens the person's own (from the folder in the preferences) or the demo workspace. */
    public Job switchTo(Workspace.Kind kind) {
        Workspace next = kind == Workspace.Kind.DEMO ? Workspace.demo(opener) : Workspace.own(opener);
        org.grenier.ui.preferences.StoreLocation.saveWorkspace(kind.name());
        return schedule(new OpenStoreJob(this, opener, next, false));
    }

    /** Puts the demo workspace back as it came: its store is erased and filled again. Only when the demo is open. */
    public Job resetDemo() {
        Workspace open = workspace;
        if (open == null || !open.isDemo()) {
            return null;
        }
        return schedule(new OpenStoreJob(this, opener, open, true));
    }

    private Job schedule(OpenStoreJob job) {
        job.setUser(latest != null);
        job.schedule();
        return job;
    }

    /** The workspace open, or the one opening; null before the first open. */
    public Workspace workspace() {
        return workspace;
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
            Workspace into = workspace;
            closeStore();
            org.grenier.core.Result<?> restored = opener.restore(into.folder(), backup);
            var reopened = opener.open(into.folder());
            if (!reopened.failed()) {
                opened(reopened.value(), into, true);
                publish(ReadSnapshotJob.read(reopened.value()));
            } else {
                replaced(into);
                publish(StoreSnapshot.failed(reopened.message()));
            }
            done.accept(restored);
        });
        job.setRule(StoreWriteRule.INSTANCE);
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Tells the parts how an import went ({@link StoreEvents#IMPORTED}) and keeps the text, so that a part drawn
     * later (the import history, opened after an import from the File menu) shows it too.
     */
    public void imported(String results) {
        lastImport = results;
        events.post(StoreEvents.IMPORTED, results);
    }

    /** The text of the last import's results in this session, or null before any. */
    public String lastImport() {
        return lastImport;
    }

    /** The last snapshot read, or {@code null} while the store is still opening. */
    public StoreSnapshot latest() {
        return latest;
    }

    public Store store() {
        return store;
    }

    /** Takes the store opened; when it replaces another, tells the parts that what they computed no longer holds. */
    void opened(Store opened, Workspace in, boolean replacing) {
        synchronized (this) {
            this.store = opened;
        }
        this.workspace = in;
        if (replacing) {
            replaced(in);
        }
    }

    void replaced(Workspace by) {
        this.workspace = by;
        events.post(StoreEvents.REPLACED, by);
    }

    /**
     * Stops the recordings writing into the store and closes it; true if one was open. The edits remembered were
     * made to it, so none of them can be taken back once it is gone.
     */
    boolean closeStore() {
        Store open;
        synchronized (this) {
            open = store;
            store = null;
        }
        if (open == null) {
            return false;
        }
        if (acquisition != null) {
            acquisition.stopAll();
        }
        open.close();
        org.grenier.ui.edits.EditHistory.forget();
        return true;
    }

    /** Publishes a snapshot read from this store, unless another store has taken its place since. */
    void publishFrom(Store from, StoreSnapshot snapshot) {
        synchronized (this) {
            if (store != from) {
                return;
            }
            latest = snapshot;
        }
        events.post(StoreEvents.SNAPSHOT, snapshot);
    }

    void publish(StoreSnapshot snapshot) {
        latest = snapshot;
        events.post(StoreEvents.SNAPSHOT, snapshot);
    }

    @PreDestroy
    public void close() {
        stopListening.run();
        Job.getJobManager().cancel(this);
        closeStore();
    }
}
