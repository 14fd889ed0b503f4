package org.grenier.cli.internal;

import java.io.PrintStream;

/** One word of the Grenier command line, such as {@code info}. */
interface Command {

    String name();

    /** One line for {@code grenier help}. */
    String summary();

    /** The text {@code grenier <name> --help} prints. */
    String usage();

    /** Runs the command, writing results to {@code out} and diagnostics to {@code err}; returns the exit code. */
    int run(Invocation invocation, PrintStream out, PrintStream err);
}
