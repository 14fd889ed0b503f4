package org.grenier.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Fills a messages class's public static String fields from its properties files, in the language Grenier speaks
 * now ({@link Locale#getDefault()}), and again whenever the user switches language.
 * <p>
 * Eclipse's {@code NLS.initializeMessages} does the same, but it settles the language once, when the framework
 * starts, before Grenier's preferences can be read. Loading through {@link ResourceBundle} lets the language chosen in
 * Preferences apply at start, and lets the workbench reload the texts when it changes.
 */
public final class Texts {

    /** What a missing key shows, so that a gap is visible on screen and found by the completeness test. */
    public static final String MISSING = "!%s!";

    private record Registered(String baseName, Class<?> holder) {
    }

    private static final List<Registered> REGISTERED = new ArrayList<>();

    private Texts() {
    }

    /** Fills the holder's fields now, and again at each {@link #reload()}; called from the holder's static block. */
    public static synchronized void load(String baseName, Class<?> holder) {
        REGISTERED.add(new Registered(baseName, holder));
        fill(baseName, holder, Locale.getDefault());
    }

    /** Fills every registered messages class again, in the language now the default. */
    public static synchronized void reload() {
        for (Registered r : REGISTERED) {
            fill(r.baseName(), r.holder(), Locale.getDefault());
        }
    }

    /**
     * The texts of a messages class in this language, key by key, without touching its fields: what the completeness
     * test compares. Keys missing in the language fall back to the base file, as the workbench shows them.
     */
    public static ResourceBundle bundle(String baseName, Class<?> holder, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, holder.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static void fill(String baseName, Class<?> holder, Locale locale) {
        ResourceBundle texts = bundle(baseName, holder, locale);
        for (Field field : holder.getDeclaredFields()) {
            if (isText(field)) {
                set(field, text(texts, field.getName()));
            }
        }
    }

    /** The fields a messages class declares for texts: public, static, not final, of type String. */
    public static boolean isText(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers)
                && field.getType() == String.class;
    }

    private static String text(ResourceBundle texts, String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return String.format(MISSING, key);
        }
    }

    private static void set(Field field, String value) {
        try {
            field.set(null, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set the text " + field, e);
        }
    }
}
