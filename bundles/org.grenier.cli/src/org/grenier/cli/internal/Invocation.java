package org.grenier.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One command line, read with the conventions every command keeps: {@code --db PATH} names the store's folder,
 * {@code --output FILE} takes results instead of stdout, {@code --help} asks for the command's help.
 */
public record Invocation(String command, List<String> arguments, Optional<Path> db, Optional<Path> output,
        boolean help, boolean version, Map<String, String> options) {

    /** Options some commands take, each with a value: {@code --profile NAME|FILE}. */
    static final List<String> VALUE_OPTIONS = List.of("--profile", "--save", "--set", "--port", "--unit",
            "--duration", "--every", "--protocol", "--sensors", "--rate", "--serial", "--replay", "--ack", "--input",
            "--horizon", "--frequency", "--method", "--threads", "--origins", "--methods", "--sku", "--restore",
            "--holidays", "--peak-share", "--test-share", "--top", "--level",
            "--max-serve-ms", "--max-fit-ms", "--max-memory-mb", "--max-error-ratio", "--memory-mb",
            "--events", "--paths", "--seed", "--budget", "--scenario", "--factors", "--service-levels");

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
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--db" -> db = Path.of(value(args, ++i, arg));
                case "--output", "-o" -> output = Path.of(value(args, ++i, arg));
                case "--help", "-h" -> help = true;
                case "--version", "-V" -> version = true;
                default -> {
                    if (VALUE_OPTIONS.contains(arg)) {
                        options.put(arg, value(args, ++i, arg));
                    } else if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    } else if (command == null) {
                        command = arg;
                    } else {
                        arguments.add(arg);
                    }
                }
            }
        }
        return new Invocation(command, List.copyOf(arguments), Optional.ofNullable(db), Optional.ofNullable(output),
                help, version, Map.copyOf(options));
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args[index];
    }
}
