package org.grenier.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/** Where stores live by default, and keeping their files readable by their owner only. */
final class StoreFolders {

    /** Set by the launcher to the data folder the user chose. */
    static final String DATA_PROPERTY = "grenier.data";

    private StoreFolders() {
    }

    static Path defaultFolder() {
        String chosen = System.getProperty(DATA_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Grenier");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Grenier");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("grenier");
    }

    /** Creates the folder if needed; on POSIX systems only its owner may enter it. */
    static void prepare(Path folder) throws IOException {
        Files.createDirectories(folder);
        ownerOnly(folder, "rwx------");
    }

    /** Restricts every store file in the folder to its owner (H2 creates them with the process umask). */
    static void protectFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                ownerOnly(file, "rw-------");
            }
        }
    }

    static void protectFile(Path file) throws IOException {
        ownerOnly(file, "rw-------");
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
