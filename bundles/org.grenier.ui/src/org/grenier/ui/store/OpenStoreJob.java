package org.grenier.ui.store;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.grenier.core.Result;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.ui.Messages;

/** Opens (and on first start creates and fills with demo data) the store, then posts its first snapshot. */
final class OpenStoreJob extends Job {

    private final StoreSession session;
    private final StoreOpener opener;
    private final Path folder;

    OpenStoreJob(StoreSession session, StoreOpener opener, Path folder) {
        super(NLS.bind(Messages.StoreJob_Opening, folder));
        this.session = session;
        this.opener = opener;
        this.folder = folder;
        setRule(StoreWriteRule.INSTANCE);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == session;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        Result<Store> opened = opener.open(folder);
        progress.worked(3);
        if (opened.failed()) {
            session.publish(StoreSnapshot.failed(opened.message()));
            return Status.warning(opened.message());
        }
        Store store = opened.value();
        session.opened(store);
        if (store.isNew()) {
            progress.subTask(Messages.StoreJob_LoadingDemo);
            Result<Integer> added = store.add(DemoDataset.create());
            if (added.failed()) {
                session.publish(StoreSnapshot.failed(added.message()));
                return Status.warning(added.message());
            }
        }
        progress.worked(5);
        session.publish(ReadSnapshotJob.read(store));
        return Status.OK_STATUS;
    }
}
