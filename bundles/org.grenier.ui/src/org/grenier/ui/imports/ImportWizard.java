package org.grenier.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.imports.Importer;
import org.grenier.core.imports.MappingProfile;
import org.grenier.ui.Messages;
import org.grenier.ui.store.StoreSession;

/**
 * File > Import: choose files (or drop them on the window), see the first rows as Grenier reads them with the
 * profile that maps them and the rows it would refuse, then import in the background. Results go to the Import
 * history part rather than a dialog, so the planner can keep working while a large file goes in.
 */
public final class ImportWizard extends Wizard {

    private final StoreSession session;
    private final Importer importer;
    private final List<Path> initialFiles;
    private ImportFilesPage filesPage;
    private ImportPreviewPage previewPage;
    private ImportJob job;

    public ImportWizard(StoreSession session, Importer importer, List<Path> files) {
        this.session = session;
        this.importer = importer;
        this.initialFiles = new ArrayList<>(files);
        setWindowTitle(Messages.ImportWizard_Title);
        setNeedsProgressMonitor(false);
    }

    /** The dialog, not yet open; callers decide whether opening blocks. */
    public static WizardDialog dialog(Shell shell, StoreSession session, Importer importer, List<Path> files) {
        WizardDialog dialog = new WizardDialog(shell, new ImportWizard(session, importer, files));
        // tall enough for three rows of mapping and four preview rows, and within a 1366 x 768 laptop screen
        dialog.setPageSize(760, 460);
        return dialog;
    }

    @Override
    public void addPages() {
        filesPage = new ImportFilesPage(initialFiles);
        previewPage = new ImportPreviewPage(session, importer, filesPage);
        addPage(filesPage);
        addPage(previewPage);
    }

    @Override
    public boolean canFinish() {
        return filesPage.isPageComplete() && getContainer().getCurrentPage() == previewPage;
    }

    @Override
    public boolean performFinish() {
        MappingProfile profile = previewPage.chosenProfile();
        job = new ImportJob(session, importer, filesPage.files(), profile,
                results -> session.imported(ImportResults.describe(results)));
        job.schedule();
        return true;
    }

    /** The import this wizard started, once finished; for tests and the history part. */
    public ImportJob job() {
        return job;
    }
}
