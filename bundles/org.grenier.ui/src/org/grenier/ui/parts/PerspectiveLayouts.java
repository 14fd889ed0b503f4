package org.grenier.ui.parts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * The perspectives' layouts as a person arranged them are kept from one start to the next (Eclipse saves the window's
 * model when Grenier closes); the layouts as shipped are kept beside them, as snippets, so Window › Reset
 * Perspective can bring one back. A new version of Grenier may ship other parts, so the saved model is forgotten when
 * the version changes: a person would otherwise never see a part added since.
 */
public final class PerspectiveLayouts {

    /** Where E4 keeps the window's model between starts, in the workspace's metadata. */
    static final String SAVED_MODEL = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";
    static final String VERSION_FILE = ".metadata/.plugins/org.eclipse.e4.workbench/grenier-model.version";

    private PerspectiveLayouts() {
    }

    /**
     * Before the model is read: forgets the saved one if it was saved by another version of Grenier. True when it was
     * forgotten.
     */
    public static boolean forgetIfOtherVersion(Path workspace, String version) throws IOException {
        Path stamp = workspace.resolve(VERSION_FILE);
        String saved = Files.isRegularFile(stamp) ? Files.readString(stamp).strip() : "";
        if (saved.equals(version)) {
            return false;
        }
        boolean forgotten = Files.deleteIfExists(workspace.resolve(SAVED_MODEL));
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, version);
        return forgotten;
    }

    /** Keeps each perspective as shipped, the first time it is met, to reset it later. */
    public static void remember(MApplication application, EModelService models) {
        for (MPerspective perspective : models.findElements(application, null, MPerspective.class)) {
            if (models.findSnippet(application, perspective.getElementId()) == null) {
                models.cloneElement(perspective, application);
            }
        }
    }

    /**
     * Puts the active perspective back as shipped: a fresh copy takes its place in the stack, its parts drawn anew.
     * The perspective back, or null if there is nothing to reset it to.
     */
    public static MPerspective resetActive(MApplication application, MWindow window, EModelService models,
            EPartService parts) {
        MPerspective used = models.getActivePerspective(window);
        Object parent = used == null ? null : used.getParent(); // typed as a container of any element
        if (!(parent instanceof MPerspectiveStack stack)) {
            return null;
        }
        MUIElement shipped = models.cloneSnippet(application, used.getElementId(), window);
        if (!(shipped instanceof MPerspective fresh)) {
            return null;
        }
        List<MPerspective> children = stack.getChildren();
        children.add(children.indexOf(used), fresh);
        parts.switchPerspective(fresh);
        models.removePerspectiveModel(used, window);
        return fresh;
    }
}
