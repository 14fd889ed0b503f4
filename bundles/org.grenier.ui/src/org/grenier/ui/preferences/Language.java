package org.grenier.ui.preferences;

import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.ILocaleChangeService;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.grenier.core.Result;
import org.grenier.core.Texts;
import org.grenier.ui.Messages;

/**
 * The language the workbench speaks, chosen in Preferences > General: the system's, English or French. It sets the
 * words (menus, parts, dialogs) and the way numbers and dates are written (a decimal comma in French). Kept in the
 * workbench preferences and applied when Grenier starts, before any part is drawn.
 */
public enum Language {

    SYSTEM(""), ENGLISH("en"), FRENCH("fr");

    static final String KEY = "language";

    /** The locale Java started with, which "the system's language" stays once another was applied. */
    private static final Locale STARTED_IN = Locale.getDefault();

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The locale this choice means. */
    public Locale locale() {
        return this == SYSTEM ? STARTED_IN : Locale.forLanguageTag(tag);
    }

    /** How the choice is named in the list: each language in its own words, so anyone finds theirs. */
    public String label() {
        return switch (this) {
            case SYSTEM -> org.eclipse.osgi.util.NLS.bind(Messages.Preferences_SystemLanguage,
                    STARTED_IN.getDisplayLanguage(STARTED_IN));
            case ENGLISH -> "English";
            case FRENCH -> "Fran\u00e7ais";
        };
    }

    /** The language saved in the preferences; the system's when none was, or the saved one is not known. */
    public static Language saved() {
        String value = WorkbenchPreferences.node().get(KEY, "");
        for (Language language : values()) {
            if (language.tag.equals(value)) {
                return language;
            }
        }
        return SYSTEM;
    }

    /** Keeps this choice for the next start. */
    public Result<Language> save() {
        WorkbenchPreferences.node().put(KEY, tag);
        return WorkbenchPreferences.flushed(this, "language");
    }

    /** Whether the workbench speaks another language than this choice, so that a restart would change it. */
    public boolean differsFromCurrent() {
        return !locale().getLanguage().equals(Locale.getDefault().getLanguage());
    }

    /**
     * Makes the saved language the one the workbench speaks, before the application model is read: Java's default
     * locale (numbers and dates), the texts of every messages class, and the locale the model's labels are translated
     * to. Called by the workbench's life cycle at start.
     */
    public static Language applyAtStart(IEclipseContext context) {
        Language language = saved();
        language.speak();
        context.set(TranslationService.LOCALE, language.locale());
        return language;
    }

    /**
     * Makes this language the one spoken now, relabelling the running application model (menus, perspectives, part
     * tabs). Parts drawn before keep their words until drawn again, which is why a switch in Preferences offers a
     * restart rather than calling this.
     */
    public void applyNow(IEclipseContext context) {
        speak();
        ILocaleChangeService change = context.get(ILocaleChangeService.class);
        if (change != null) {
            change.changeApplicationLocale(locale());
        }
    }

    private void speak() {
        RendererTexts.register();
        Locale.setDefault(locale());
        Texts.reload();
    }
}
