package org.grenier.ui.preferences;

import java.util.Optional;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.widgets.Display;
import org.grenier.ui.Messages;

/**
 * The workbench's look: Grenier's light theme or its dark one (both in the app bundle's css folder). The E4 theme
 * engine applies a choice at once to every window and keeps it for the next start.
 */
public enum Theme {
    LIGHT("org.grenier.theme.light"), DARK("org.grenier.theme.dark");

    /** Where the E4 workbench leaves its theme engine on the display. */
    private static final String ENGINE = "org.eclipse.e4.ui.css.swt.theme";

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String label() {
        return this == LIGHT ? Messages.Preferences_ThemeLight : Messages.Preferences_ThemeDark;
    }

    /** The theme in force; light when the workbench has no theme engine (as in a bare SWT test). */
    public static Theme current(Display display) {
        return engine(display).map(IThemeEngine::getActiveTheme).filter(t -> t != null && DARK.id.equals(t.getId()))
                .map(t -> DARK).orElse(LIGHT);
    }

    /** Applies this theme to every window now and keeps it; false when there is no theme engine to do so. */
    public boolean apply(Display display) {
        Optional<IThemeEngine> engine = engine(display);
        engine.ifPresent(e -> e.setTheme(id, true));
        return engine.isPresent();
    }

    private static Optional<IThemeEngine> engine(Display display) {
        return display.getData(ENGINE) instanceof IThemeEngine engine ? Optional.of(engine) : Optional.empty();
    }
}
