package org.grenier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The architecture test: every bundle of the repository keeps to its layer. */
class LayeringTest {

    static Path repository() {
        String repo = System.getProperty("grenier.repo");
        assertTrue(repo != null && Files.isDirectory(Path.of(repo, "bundles")),
                "the test runtime must be given -Dgrenier.repo=<checkout>, was " + repo);
        return Path.of(repo);
    }

    @Test
    void everyBundleKeepsToItsLayer() throws IOException {
        List<Path> bundles;
        try (Stream<Path> folders = Files.list(repository().resolve("bundles"))) {
            bundles = folders.filter(f -> Files.exists(f.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
        }
        assertEquals(Layering.ALLOWED_BUNDLES.keySet().size(), bundles.size(),
                "every bundle needs a row in the layering table: " + bundles);
        List<String> violations = new ArrayList<>();
        for (Path bundle : bundles) {
            violations.addAll(Layering.violations(bundle));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void catchesACoreThatImportsJdbcOrSwt(@TempDir Path folder) throws IOException {
        Path bundle = folder.resolve("org.grenier.core");
        Files.createDirectories(bundle.resolve("META-INF"));
        Files.createDirectories(bundle.resolve("src/org/grenier/core"));
        Files.writeString(bundle.resolve("META-INF/MANIFEST.MF"), """
                Manifest-Version: 1.0
                Bundle-SymbolicName: org.grenier.core
                Import-Package: org.eclipse.swt.widgets;version="[3,4)",
                 org.grenier.store.internal
                """);
        Files.writeString(bundle.resolve("src/org/grenier/core/Bad.java"),
                "package org.grenier.core;\nimport java.sql.Connection;\nclass Bad {}\n");
        List<String> violations = Layering.violations(bundle);
        assertEquals(3, violations.size(), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("org.eclipse.swt.widgets")));
        assertTrue(violations.stream().anyMatch(v -> v.contains("java.sql.Connection")));
        assertTrue(violations.stream().anyMatch(v -> v.contains("org.grenier.store.internal")));
    }

    @Test
    void letsTheUiSeeChartsButNotTheStoreImplementation() {
        assertEquals("", Layering.check("org.grenier.ui", "org.grenier.ui.charts"));
        assertFalse(Layering.check("org.grenier.ui", "org.grenier.store.internal").isEmpty());
        assertFalse(Layering.check("org.grenier.forecast", "org.eclipse.swt.widgets.Shell").isEmpty());
        assertFalse(Layering.check("org.grenier.store", "jssc.SerialPort").isEmpty());
    }

    @Test
    void readsManifestHeadersWithVersionRangesAndDirectives() {
        assertEquals(List.of("a.b", "c", "d.e"),
                Layering.names("a.b;version=\"[1.0,2)\",c;resolution:=optional, d.e"));
    }
}
