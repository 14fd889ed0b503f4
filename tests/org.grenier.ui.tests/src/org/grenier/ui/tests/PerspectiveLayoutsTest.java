package org.grenier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.grenier.ui.parts.PerspectiveLayouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's saved layout is kept from start to start of one version, and forgotten when the version changes. */
class PerspectiveLayoutsTest {

    private static final String SAVED = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";

    @TempDir
    Path workspace;

    @Test
    void theLayoutSavedByThisVersionIsKeptAndOneSavedByAnotherIsForgotten() throws IOException {
        assertFalse(PerspectiveLayouts.forgetIfOtherVersion(workspace, "0.1.0.1"), "a first start: nothing saved");
        Path saved = Files.writeString(Files.createDirectories(workspace.resolve(SAVED).getParent())
                .resolve("workbench.xmi"), "<layout as arranged/>");
        assertFalse(PerspectiveLayouts.forgetIfOtherVersion(workspace, "0.1.0.1"));
        assertEquals("<layout as arranged/>", Files.readString(saved), "the same version starts on the layout kept");
        assertTrue(PerspectiveLayouts.forgetIfOtherVersion(workspace, "0.2.0.1"), "a new version");
        assertFalse(Files.exists(saved), "it starts on the layouts it ships");
        assertFalse(PerspectiveLayouts.forgetIfOtherVersion(workspace, "0.2.0.1"), "and keeps its own afterwards");
    }
}
