package org.grenier.ui.preferences;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.grenier.core.Result;

/**
 * Where the person's own store lives (Preferences > General, the data folder when none is chosen) and which
 * workspace, their store or the demo, was open last.
 */
public final class StoreLocation {

    static final String FOLDER = "store.folder";
    static final String WORKSPACE = "store.workspace";

    private StoreLocation() {
    }

    /** The folder chosen for the person's store, or the data folder; a chosen path that no longer parses is dropped. */
    public static Path ownFolder(Path dataFolder) {
        return chosenFolder().orElse(dataFolder);
    }

    /** The folder chosen in the preferences, if any. */
    public static Optional<Path> chosenFolder() {
        String chosen = WorkbenchPreferences.node().get(FOLDER, "");
        try {
            return chosen.isBlank() ? Optional.empty() : Optional.of(Path.of(chosen).toAbsolutePath().normalize());
        } catch (InvalidPathException edited) {
            return Optional.empty();
        }
    }

    /** Keeps the folder of the person's store; none goes back to the data folder. */
    public static Result<Optional<Path>> saveFolder(Optional<Path> folder) {
        if (folder.isEmpty()) {
            WorkbenchPreferences.node().remove(FOLDER);
        } else {
            WorkbenchPreferences.node().put(FOLDER, folder.get().toAbsolutePath().normalize().toString());
        }
        return WorkbenchPreferences.flushed(folder, "store folder");
    }

    /** Calls back (on the thread that saved) when the folder of the person's store changes; the action stops it. */
    public static Runnable whenFolderChanged(Runnable callback) {
        return WorkbenchPreferences.whenChanged(FOLDER::equals, callback);
    }

    /** The name of the workspace open when Grenier last closed, if it was ever switched. */
    public static Optional<String> lastWorkspace() {
        return Optional.ofNullable(WorkbenchPreferences.node().get(WORKSPACE, null));
    }

    public static Result<String> saveWorkspace(String name) {
        WorkbenchPreferences.node().put(WORKSPACE, name);
        return WorkbenchPreferences.flushed(name, "workspace");
    }
}
