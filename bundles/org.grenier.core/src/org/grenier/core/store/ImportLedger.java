package org.grenier.core.store;

import java.util.List;
import java.util.function.Consumer;

import org.grenier.core.Result;
import org.grenier.core.imports.MappingProfile;

/** The store's record of imports: opens import sessions, lists batches, undoes one, and keeps edited profiles. */
public interface ImportLedger {

    /** Begins an import; the session holds the write lock until it is committed or closed. */
    Result<ImportSession> begin(BatchStart start, Consumer<RowOutcome> listener);

    Result<List<ImportBatch>> batches();

    /** Removes every record the batch added, and the products and sites it created, in one transaction. */
    Result<ImportBatch> undo(long batchId);

    /** The profiles users saved in this store. */
    Result<List<MappingProfile>> savedProfiles();

    Result<MappingProfile> saveProfile(MappingProfile profile);

    Result<Boolean> deleteProfile(String name);
}
