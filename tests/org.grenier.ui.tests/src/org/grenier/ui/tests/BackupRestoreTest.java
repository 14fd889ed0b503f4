package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.grenier.core.Result;
import org.grenier.core.model.Site;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.RecordKind;
import org.grenier.ui.store.StoreSession;
import org.grenier.ui.store.StoreSnapshot;
import org.junit.jupiter.api.Test;

/**
 * File > Back up and Restore as the workbench runs them (Jobs on the open store), minus the file dialogs: a backup
 * taken, a later change, the backup restored, and the workbench showing the store as it was.
 */
class BackupRestoreTest {


    @Test
    void aBackupTakenInTheWorkbenchRestoresTheStoreAsItWas() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        StoreSession session = assertInstanceOf(MWindow.class, main.getData("modelElement")).getContext()
                .get(StoreSession.class);
        StoreSnapshot before = waitFor(display, () -> Optional.ofNullable(session.latest())
                .filter(s -> !s.isFailed()), "the store open");
        Path backup = Files.createTempDirectory("grenier-backup").resolve("grenier.backup.zip");
        AtomicReference<Result<Path>> written = new AtomicReference<>();
        session.backup(backup, written::set);
        waitFor(display, () -> Optional.ofNullable(written.get()), "the backup written");
        assertFalse(written.get().failed(), written.get().message());
        assertTrue(Files.size(backup) > 0);

        session.store().add(new Dataset(List.of(), List.of(new Site("LATER", "Added after the backup", null)),
                List.of(), List.of(), List.of(), List.of())).orElseThrow();
        long sitesBefore = before.summary().count(RecordKind.SITE);
        AtomicReference<Result<?>> restored = new AtomicReference<>();
        session.restore(backup, restored::set);
        waitFor(display, () -> Optional.ofNullable(restored.get()), "the restore done");
        assertFalse(restored.get().failed(), restored.get().message());
        StoreSnapshot after = waitFor(display, () -> Optional.ofNullable(session.latest())
                .filter(s -> !s.isFailed() && s.summary().count(RecordKind.SITE) == sitesBefore),
                "the workbench showing the restored store");
        assertEquals(before.summary().count(RecordKind.SKU), after.summary().count(RecordKind.SKU));
        assertTrue(Files.exists(session.store().folder().resolve("grenier.mv.db.before-restore")));
    }
}
