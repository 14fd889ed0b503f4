package org.grenier.ui.store;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.grenier.core.Result;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.ui.Messages;

/**
 * Opens a workspace's store, first closing the one open, if any. The demo workspace is filled with the demo data when
 * its store is new, and on a reset its store is erased first; a person's own store starts empty. Then posts the first
 * snapshot.
 */
final class OpenStoreJob extends Job {

    private final StoreSession session;
    private final StoreOpener opener;
    private final Workspace workspace;
    private final boolean reset;

    OpenStoreJob(StoreSession session, StoreOpener opener, Workspace workspace, boolean reset) {
        super(NLS.bind(reset ? Messages.StoreJob_Resetting : Messages.StoreJob_Opening, workspace.folder()));
        this.session = session;
        this.opener = opener;
        this.workspace = workspace;
        this.reset = reset;
        setRule(StoreWriteRule.INSTANCE);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == session;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        boolean replacing = session.closeStore();
        Result<?> ready = reset ? opener.erase(workspace.folder()) : Result.ok(workspace.folder());
        Result<Store> opened = ready.failed() ? Result.error(ready.message()) : opener.open(workspace.folder());
        progress.worked(3);
        if (opened.failed()) {
            return failed(opened.message(), replacing);
        }
        Store store = opened.value();
        session.opened(store, workspace, replacing);
        if (workspace.isDemo() && store.isNew()) {
            progress.subTask(Messages.StoreJob_LoadingDemo);
            Result<Integer> added = store.add(DemoDataset.workspace());
            if (added.failed()) {
                return failed(added.message(), false);
            }
            for (AlertRule limit : DemoDataset.limits()) {
                Result<Integer> kept = store.sensors().saveAlertRule(limit);
                if (kept.failed()) {
                    return failed(kept.message(), false);
                }
            }
        }
        progress.worked(5);
        session.publish(ReadSnapshotJob.read(store));
        return Status.OK_STATUS;
    }

    private IStatus failed(String message, boolean replacing) {
        if (replacing) {
            session.replaced(workspace);
        }
        session.publish(StoreSnapshot.failed(message));
        return Status.warning(message);
    }
}
