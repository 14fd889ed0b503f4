package org.grenier.core.imports;

import java.nio.file.Path;

import org.grenier.core.Result;

/** Reads the head of a CSV export without importing it. Provided as an OSGi service. */
public interface FilePreviewer {

    Result<TablePreview> preview(Path file, int maxRows);
}
