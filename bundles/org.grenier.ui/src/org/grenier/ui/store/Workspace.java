package org.grenier.ui.store;

import java.nio.file.Path;

import org.grenier.core.store.StoreOpener;
import org.grenier.ui.preferences.StoreLocation;

/**
 * The store the workbench works on: the person's own, in the folder Preferences > General names, or the demo
 * workspace, a co-op and a pharmacy with made-up data, in a folder of its own beside the data folder so that
 * resetting it can never touch the person's store.
 */
public record Workspace(Kind kind, Path folder) {

    public enum Kind { OWN, DEMO }

    public boolean isDemo() {
        return kind == Kind.DEMO;
    }

    public static Workspace own(StoreOpener opener) {
        return new Workspace(Kind.OWN, StoreLocation.ownFolder(opener.defaultFolder()));
    }

    public static Workspace demo(StoreOpener opener) {
        Path data = opener.defaultFolder();
        return new Workspace(Kind.DEMO, data.resolveSibling(data.getFileName() + "-demo"));
    }

    /**
     * The workspace to open at start: the one open when Grenier last closed; on the very first start the demo,
     * unless the person already has a store (from an earlier version, or a folder they chose).
     */
    public static Workspace atStart(StoreOpener opener) {
        Workspace own = own(opener);
        Kind last = StoreLocation.lastWorkspace().map(Kind::valueOf)
                .orElse(opener.holdsStore(own.folder()) ? Kind.OWN : Kind.DEMO);
        return last == Kind.DEMO ? demo(opener) : own;
    }
}
