package org.grenier.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layering table of HOUSE-STYLE.md as code: which Grenier bundles and which libraries each bundle may use.
 * It reads a bundle's manifest (Import-Package, Require-Bundle) and its Java imports, since JDK packages such as
 * java.sql and java.awt never appear in a manifest.
 */
final class Layering {

    /** Project bundles each bundle may depend on. */
    static final Map<String, Set<String>> ALLOWED_BUNDLES = Map.ofEntries(
            Map.entry("org.grenier.core", Set.of()),
            Map.entry("org.grenier.store", Set.of("org.grenier.core", "org.grenier.store.h2")),
            Map.entry("org.grenier.store.h2", Set.of()),
            Map.entry("org.grenier.imports", Set.of("org.grenier.core")),
            Map.entry("org.grenier.acquisition", Set.of("org.grenier.core")),
            Map.entry("org.grenier.acquisition.jssc", Set.of("org.grenier.core", "org.grenier.acquisition")),
            Map.entry("org.grenier.forecast", Set.of("org.grenier.core")),
            Map.entry("org.grenier.optimize", Set.of("org.grenier.core")),
            Map.entry("org.grenier.ui.charts", Set.of("org.grenier.core")),
            Map.entry("org.grenier.ui", Set.of("org.grenier.core", "org.grenier.ui.charts")),
            Map.entry("org.grenier.jface.nl_fr", Set.of()),
            Map.entry("org.grenier.e4.renderers.nl_fr", Set.of()),
            Map.entry("org.grenier.app", Set.of("org.grenier.core", "org.grenier.ui")),
            Map.entry("org.grenier.cli", Set.of("org.grenier.core")));

    /** Each library (by package or bundle prefix) and the only bundles allowed to use it. */
    static final Map<String, Set<String>> LIBRARY_OWNERS = Map.ofEntries(
            Map.entry("org.h2", Set.of("org.grenier.store", "org.grenier.store.h2")),
            Map.entry("com.h2database", Set.of("org.grenier.store", "org.grenier.store.h2")),
            Map.entry("java.sql", Set.of("org.grenier.store", "org.grenier.store.h2")),
            Map.entry("javax.sql", Set.of("org.grenier.store")),
            Map.entry("de.siegmar.fastcsv", Set.of("org.grenier.imports")),
            Map.entry("jssc", Set.of("org.grenier.acquisition.jssc")),
            Map.entry("smile", Set.of("org.grenier.forecast", "org.grenier.optimize")),
            Map.entry("org.ojalgo", Set.of("org.grenier.optimize")),
            Map.entry("com.google.gson", Set.of("org.grenier.optimize")),
            Map.entry("com.github.servicenow", Set.of("org.grenier.forecast")),
            Map.entry("org.jfree", Set.of("org.grenier.ui.charts")),
            Map.entry("java.awt", Set.of("org.grenier.ui.charts")),
            Map.entry("org.eclipse.swt", Set.of("org.grenier.ui.charts", "org.grenier.ui", "org.grenier.app")),
            Map.entry("org.eclipse.jface", Set.of("org.grenier.ui", "org.grenier.app")),
            Map.entry("org.eclipse.e4.ui", Set.of("org.grenier.ui", "org.grenier.app")),
            Map.entry("org.eclipse.ui", Set.of("org.grenier.ui", "org.grenier.app")),
            Map.entry("org.eclipse.e4.core", Set.of("org.grenier.ui", "org.grenier.app")),
            Map.entry("org.osgi", Set.of("org.grenier.store", "org.grenier.imports", "org.grenier.acquisition",
                    "org.grenier.acquisition.jssc", "org.grenier.forecast", "org.grenier.optimize",
                    "org.grenier.ui", "org.grenier.app", "org.grenier.cli")));

    private static final Pattern JAVA_IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;",
            Pattern.MULTILINE);

    private Layering() {
    }

    /** Every violation in the bundle folder, as "bundle: uses X" lines; empty when the bundle keeps to its layer. */
    static List<String> violations(Path bundleFolder) throws IOException {
        Manifest manifest;
        try (var in = Files.newInputStream(bundleFolder.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        String bundle = manifest.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].strip();
        List<String> used = new ArrayList<>();
        used.addAll(names(manifest.getMainAttributes().getValue("Import-Package")));
        used.addAll(names(manifest.getMainAttributes().getValue("Require-Bundle")));
        used.addAll(javaImports(bundleFolder.resolve("src")));
        return used.stream().distinct().map(name -> check(bundle, name)).filter(v -> !v.isEmpty()).toList();
    }

    static String check(String bundle, String name) {
        if (name.startsWith("org.grenier.")) {
            String owner = owningBundle(name);
            boolean allowed = owner.equals(bundle) || ALLOWED_BUNDLES.getOrDefault(bundle, Set.of()).contains(owner);
            return allowed ? "" : bundle + ": uses " + name + " from " + owner + ", which its layer may not see";
        }
        for (var library : LIBRARY_OWNERS.entrySet()) {
            if (isUnder(name, library.getKey()) && !library.getValue().contains(bundle)) {
                return bundle + ": uses " + name + ", which only " + library.getValue() + " may use";
            }
        }
        return "";
    }

    private static String owningBundle(String name) {
        return ALLOWED_BUNDLES.keySet().stream().filter(bundle -> isUnder(name, bundle))
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(name);
    }

    private static boolean isUnder(String name, String prefix) {
        return name.equals(prefix) || name.startsWith(prefix + ".");
    }

    /** The package or bundle names of a manifest header, without attributes and directives. */
    static List<String> names(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String name = clause.split(";")[0].strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> javaImports(Path sources) throws IOException {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        List<String> packages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = JAVA_IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    packages.add(matcher.group(1));
                }
            }
        }
        return packages;
    }
}
