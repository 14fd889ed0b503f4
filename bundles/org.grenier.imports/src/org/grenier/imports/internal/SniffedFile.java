package org.grenier.imports.internal;

import java.nio.file.Path;

import org.grenier.core.imports.SniffedFormat;

/** A file with what the whole-file scan and the sniffer found. */
record SniffedFile(Path file, FileScan scan, SniffedFormat format) {
}
