package org.grenier.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.grenier.core.Result;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.Importer;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.store.Store;
import org.grenier.ui.Numbers;
import org.grenier.ui.Messages;
import org.grenier.ui.jobs.Outcome;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.StoreWriteRule;

/**
 * Imports files one batch each, in the background, with progress and cancel. When a file names no profile, the one
 * that fits its header is chosen. The results go to a callback; the store is read again afterwards.
 */
public final class ImportJob extends Job {

    private final StoreSession session;
    private final Importer importer;
    private final List<Path> files;
    private final MappingProfile profile;
    private final Consumer<List<Result<ImportReport>>> done;

    public ImportJob(StoreSession session, Importer importer, List<Path> files, MappingProfile profile,
            Consumer<List<Result<ImportReport>>> done) {
        super(Numbers.phrase(Messages.ImportJob_Name, files.size()));
        this.session = session;
        this.importer = importer;
        this.files = List.copyOf(files);
        this.profile = profile;
        this.done = done;
        setRule(StoreWriteRule.INSTANCE);
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Store store = session.store();
        if (store == null) {
            return Status.warning(Messages.ImportJob_NoStore);
        }
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        List<Result<ImportReport>> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            if (progress.isCanceled()) {
                break;
            }
            progress.setTaskName(NLS.bind(Messages.ImportJob_File, file.getFileName()));
            Result<MappingProfile> chosen = profile != null ? Result.ok(profile)
                    : importer.chooseProfile(store, file);
            Result<ImportReport> result = chosen.failed() ? Result.error(chosen.message())
                    : importer.importFile(store, file, chosen.value(), progress.split(1));
            results.add(result);
            if (result.failed() && !progress.isCanceled()) { // a file the cancel stopped has not failed
                failures.add(result.message());
            }
        }
        session.refresh();
        done.accept(results);
        IStatus outcome = Outcome.of(failures, Messages.ImportJob_Failed);
        return progress.isCanceled() && outcome.isOK() ? Status.CANCEL_STATUS : outcome;
    }
}
