package org.grenier.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a command line, runs the command it names and returns the process exit code. */
public class CommandLine {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final String version;
    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(Services services, String version, PrintStream out, PrintStream err) {
        this.version = version;
        this.out = out;
        this.err = err;
        List<Command> all = List.of(new InfoCommand(services), new ImportCommand(services),
                new ImportsCommand(services), new UndoCommand(services), new ProfilesCommand(services),
                new BackupCommand(services), new RestoreCommand(services), new PortsCommand(services),
                new AcquireCommand(services), new AlertsCommand(services), new RulesCommand(services),
                new SimulateCommand(services), new ForecastCommand(services),
                new BacktestCommand(services), new ModelsCommand(services), new DriftCommand(services),
                new PeaksCommand(services), new PatternsCommand(services), new LimitsCommand(services),
                new PlanCommand(services), new ScenariosCommand(services), new CostsCommand(services),
                new RiskCommand(services));
        all.forEach(command -> commands.put(command.name(), command));
    }

    public int run(String... args) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
        } catch (Invocation.UsageException e) {
            err.println("grenier: " + e.getMessage() + ". Run 'grenier help' for the commands and options.");
            return ExitCodes.USAGE;
        }
        if (invocation.version()) {
            out.println("Grenier " + version);
            return ExitCodes.OK;
        }
        String name = invocation.command();
        if (name == null || name.equals("help")) {
            return help(invocation);
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("grenier: unknown command '" + name + "'. Run 'grenier help' for the list.");
            return ExitCodes.USAGE;
        }
        if (invocation.help()) {
            out.println(command.usage());
            return ExitCodes.OK;
        }
        return withOutput(invocation, stream -> command.run(invocation, stream, err));
    }

    private int help(Invocation invocation) {
        if (!invocation.arguments().isEmpty()) {
            Command command = commands.get(invocation.arguments().get(0));
            if (command == null) {
                err.println("grenier: no help for unknown command '" + invocation.arguments().get(0) + "'");
                return ExitCodes.USAGE;
            }
            out.println(command.usage());
            return ExitCodes.OK;
        }
        out.println(Help.overview(commands.values()));
        return ExitCodes.OK;
    }

    /** Sends results to the --output file when one is named, else to stdout. */
    private int withOutput(Invocation invocation, java.util.function.ToIntFunction<PrintStream> body) {
        if (invocation.output().isEmpty()) {
            return body.applyAsInt(out);
        }
        Path file = invocation.output().get();
        try (OutputStream stream = Files.newOutputStream(file);
                PrintStream print = new PrintStream(stream, false, StandardCharsets.UTF_8)) {
            int code = body.applyAsInt(print);
            print.flush();
            return code;
        } catch (IOException e) {
            err.println("grenier: cannot write the output file " + file + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
