package org.grenier.ui.store;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.grenier.core.Result;
import org.grenier.core.model.Sku;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreSummary;
import org.grenier.ui.Messages;

/** Reads a fresh snapshot of the open store. */
final class ReadSnapshotJob extends Job {

    private final StoreSession session;

    ReadSnapshotJob(StoreSession session) {
        super(Messages.StoreJob_Reading);
        this.session = session;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == session;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Store store = session.store();
        if (store == null || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        // a workspace switched or reset meanwhile: what was read of the old store must not replace the new one's
        session.publishFrom(store, read(store));
        return Status.OK_STATUS;
    }

    static StoreSnapshot read(Store store) {
        Result<StoreSummary> summary = store.summary();
        if (summary.failed()) {
            return StoreSnapshot.failed(summary.message());
        }
        Result<List<Sku>> skus = store.skus(StoreSnapshot.PRODUCT_LIMIT);
        if (skus.failed()) {
            return StoreSnapshot.failed(skus.message());
        }
        return new StoreSnapshot(summary.value(), skus.value(), null);
    }
}
