package org.grenier.core.store;

import java.nio.file.Path;

import org.grenier.core.Result;

/** Opens the store kept in a folder, creating and migrating it as needed. Provided as an OSGi service. */
public interface StoreOpener {

    /** The folder the store lives in when the user names none: the user's data folder. */
    Path defaultFolder();

    Result<Store> open(Path folder);

    /**
     * Replaces the store in a folder with a backup, which is migrated to the current schema. The store must be
     * closed. The replaced files are kept beside it until the restore succeeded; on failure they are put back.
     */
    Result<StoreSummary> restore(Path folder, Path backup);
}
