package org.grenier.ui.charts.internal;

import org.grenier.core.Texts;

/** The chart widget's words, in English (messages.properties) and French (messages_fr.properties). */
public final class Messages {

    /** The properties files' base name; the language is the one Grenier speaks (see Texts). */
    public static final String BUNDLE = "org.grenier.ui.charts.internal.messages";

    public static String Chart_Copy;
    public static String Chart_SavePng;
    public static String Chart_SaveSvg;
    public static String Chart_ResetZoom;
    public static String Chart_Hint;
    public static String Chart_SaveFailed;
    public static String Chart_SaveTitle;

    static {
        Texts.load(BUNDLE, Messages.class);
    }

    private Messages() {
    }
}
