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

    /** Whether the folder holds a store already (opening it would not create one). */
    boolean holdsStore(Path folder);

    /**
     * Deletes the store in a folder, which must be closed: its database and trace files, nothing else of the folder.
     * For the demo workspace's reset, never for a person's own store. The folder's name back.
     */
    Result<Path> erase(Path folder);
}
