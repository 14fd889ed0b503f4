package org.grenier.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.osgi.framework.FrameworkUtil;

/** Runs the command line against the real OSGi services and captures what it prints, one run at a time. */
abstract class CliTestBase {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Services services = new Services(FrameworkUtil.getBundle(CommandLine.class).getBundleContext());

    @AfterEach
    void closeServices() {
        services.close();
    }

    /** Runs one command line; what it prints replaces what the previous run printed. */
    int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(services, "0.1.0.test", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
