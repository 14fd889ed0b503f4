package org.grenier.cli.internal;

import java.io.PrintStream;
import java.util.Optional;

import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.grenier.core.Result;

/**
 * {@code grenier limits}: shows or sets the thread and memory limits that training keeps to, the same preferences
 * the workbench edits, so that a headless farm server can be tuned from a script.
 */
final class LimitsCommand implements Command {

    private final Services services;

    LimitsCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "limits";
    }

    @Override
    public String summary() {
        return "show or set the threads and working memory training may use";
    }

    @Override
    public String usage() {
        return """
                grenier limits [--threads N] [--memory-mb M]
                grenier limits reset
                shows the limits every training keeps to (threads, and working memory in MB); with
                options, saves them in the preferences the workbench shares; 'reset' goes back to
                the defaults (every core, a quarter of the heap up to 1024 MB). A script's own
                --threads still wins for that run.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<ComputeSettings> settings = services.find(ComputeSettings.class);
        if (settings.isEmpty()) {
            err.println("grenier limits: the preferences service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        Result<ComputeLimits> saved;
        try {
            saved = change(settings.get(), invocation);
        } catch (IllegalArgumentException e) {
            err.println("grenier limits: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (saved.failed()) {
            err.println("grenier limits: " + saved.message());
            return ExitCodes.FAILED;
        }
        out.println("Threads        " + saved.value().threads());
        out.println("Memory (MB)    " + saved.value().memoryMegabytes());
        return ExitCodes.OK;
    }

    private static Result<ComputeLimits> change(ComputeSettings settings, Invocation invocation) {
        if (invocation.arguments().equals(java.util.List.of("reset"))) {
            return settings.reset();
        }
        if (!invocation.arguments().isEmpty()) {
            throw new IllegalArgumentException("unexpected '" + invocation.arguments().get(0) + "'; give --threads,"
                    + " --memory-mb or 'reset'");
        }
        Optional<String> threads = invocation.option("--threads");
        Optional<String> memory = invocation.option("--memory-mb");
        if (threads.isEmpty() && memory.isEmpty()) {
            return Result.ok(settings.limits());
        }
        ComputeLimits now = settings.limits();
        return settings.save(new ComputeLimits(
                threads.map(text -> ForecastInput.positive(text, "--threads")).orElse(now.threads()),
                memory.map(text -> ForecastInput.positive(text, "--memory-mb")).orElse(now.memoryMegabytes())));
    }
}
