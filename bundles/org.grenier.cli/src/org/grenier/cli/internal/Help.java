package org.grenier.cli.internal;

import java.util.Collection;

/** The text of {@code grenier help}. */
final class Help {

    private Help() {
    }

    static String overview(Collection<Command> commands) {
        StringBuilder text = new StringBuilder("""
                Grenier: stock planning workbench and command line.

                Usage: grenier                      open the workbench
                       grenier <command> [options]  run a command without a window

                Commands:
                """);
        text.append(String.format("  %-10s %s%n", "help", "show this help, or 'help <command>' for one command"));
        for (Command command : commands) {
            text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
        }
        text.append("""

                Options every command accepts:
                  --db PATH        the folder of the store (created when missing; default: your data folder)
                  --output FILE    write results to FILE instead of the terminal
                  --help           explain the command
                  --version        print Grenier's version
                Durations are written 90s, 15m, 2h or 1d. Exit code 0 means success.""");
        return text.toString();
    }
}
