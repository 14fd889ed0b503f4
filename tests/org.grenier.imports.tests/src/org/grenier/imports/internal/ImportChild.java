package org.grenier.imports.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.imports.ProfileText;
import org.grenier.core.store.Store;
import org.grenier.store.internal.H2StoreOpener;

/**
 * A separate JVM that imports one file and reports its progress on stdout, so a test can kill it with SIGKILL in
 * the middle of the batch. Plain Java, no OSGi: the bundles are ordinary jars and folders on its class path.
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        ImportRun.countEveryNanos = 0; // every thousand lines: the test kills on a count near the commit
        Store store = new H2StoreOpener().open(Path.of(args[0])).orElseThrow();
        MappingProfile profile = ProfileText.parse(Files.readString(Path.of(args[2])), args[2]).orElseThrow();
        var result = new CsvImporter().importFile(store, Path.of(args[1]), profile, new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                System.out.println(name.replaceAll("[^0-9 a-z]", ""));
                System.out.flush();
            }
        });
        System.out.println(result.failed() ? "failed " + result.message() : "committed");
        store.close();
    }
}
