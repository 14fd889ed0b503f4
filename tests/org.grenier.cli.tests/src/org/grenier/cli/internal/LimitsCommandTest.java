package org.grenier.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** {@code grenier limits} shows, saves and resets the compute limits in the preferences the workbench shares. */
class LimitsCommandTest extends CliTestBase {

    private final Services lookup = new Services(FrameworkUtil.getBundle(CommandLine.class).getBundleContext());

    @AfterEach
    void backToTheDefaults() {
        lookup.find(ComputeSettings.class).orElseThrow().reset();
        lookup.close();
    }

    @Test
    void savesWhatItIsGivenAndKeepsTheRest() {
        assertEquals(0, run("limits", "--threads", "3"), err());
        assertTrue(out().contains("Threads        3"), out());
        assertEquals(0, run("limits", "--memory-mb", "200"), err());
        assertEquals(new ComputeLimits(3, 200), lookup.find(ComputeSettings.class).orElseThrow().limits());
        assertEquals(0, run("limits"), err());
        assertTrue(out().contains("Threads        3") && out().contains("Memory (MB)    200"), out());

        assertEquals(0, run("limits", "reset"), err());
        assertEquals(ComputeLimits.defaults(), lookup.find(ComputeSettings.class).orElseThrow().limits());
    }

    @Test
    void refusesTooLittleMemoryWithTheReason() {
        assertEquals(ExitCodes.USAGE, run("limits", "--memory-mb", "8"));
        assertTrue(err().contains("at least 32 MB, not 8"), err());
        assertEquals(ComputeLimits.defaults(), lookup.find(ComputeSettings.class).orElseThrow().limits(),
                "nothing was saved");
    }
}
