package org.grenier.core.imports;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.store.Store;

/**
 * Brings CSV exports into a store: sniffs how the file is written, maps its columns with a profile, validates every
 * row, and merges the good ones in one transaction as one batch. Provided as an OSGi service.
 */
public interface Importer {

    /** Reads how the file is written, without importing it. */
    Result<SniffedFormat> sniff(Path file, FormatHints hints);

    /** The built-in profiles and those saved in the store, saved ones first when names clash. */
    List<MappingProfile> profiles(Store store);

    /** The profile whose columns best match the file's header, or an error naming what no profile could map. */
    Result<MappingProfile> chooseProfile(Store store, Path file);

    /** The first rows as the profile reads them, with the rejections they would get; nothing is written. */
    Result<ImportPreview> preview(Store store, Path file, MappingProfile profile, int maxRows);

    /**
     * Imports one file as one batch. Rejected rows go to {@code <file>.rejected.csv} and a summary beside it. A
     * cancelled or failed import leaves the store as it was.
     */
    Result<ImportReport> importFile(Store store, Path file, MappingProfile profile, IProgressMonitor monitor);
}
