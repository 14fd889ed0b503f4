package org.grenier.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One command line, read with the conventions every command keeps: {@code --db PATH} names the store's folder,
 * {@code --output FILE} takes results instead of stdout, {@code --help} asks for the command's help.
 */
public record Invocation(String command, List<String> arguments, Optional<Path> db, Optional<Path> output,
        boolean help, boolean version) {

    /** A command line that cannot be read; its message says what is wrong. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public static Invocation parse(String... args) throws UsageException {
        String command = null;
        List<String> arguments = new ArrayList<>();
        Path db = null;
        Path output = null;
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--db" -> db = Path.of(value(args, ++i, arg));
                case "--output", "-o" -> output = Path.of(value(args, ++i, arg));
                case "--help", "-h" -> help = true;
                case "--version", "-V" -> version = true;
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    if (command == null) {
                        command = arg;
                    } else {
                        arguments.add(arg);
                    }
                }
            }
        }
        return new Invocation(command, List.copyOf(arguments), Optional.ofNullable(db), Optional.ofNullable(output),
                help, version);
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args[index];
    }
}
