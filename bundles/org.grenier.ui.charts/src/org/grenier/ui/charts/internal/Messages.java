package org.grenier.ui.charts.internal;

import org.eclipse.osgi.util.NLS;

/** The chart widget's words, in English (messages.properties) and French (messages_fr.properties). */
public final class Messages extends NLS {

    public static String Chart_Copy;
    public static String Chart_SavePng;
    public static String Chart_SaveSvg;
    public static String Chart_ResetZoom;
    public static String Chart_Hint;
    public static String Chart_SaveFailed;
    public static String Chart_SaveTitle;

    static {
        NLS.initializeMessages("org.grenier.ui.charts.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
