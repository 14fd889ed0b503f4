package org.grenier.core.tests;

import org.grenier.core.Texts;

/** A messages class as the workbench writes them, over texts_fixture*.properties beside it. */
public final class TextsFixture {

    public static String Greeting;
    public static String Count;
    public static String OnlyInEnglish;
    public static String NowhereAtAll;
    public static final String NOT_A_TEXT = "constant";

    static {
        Texts.load("org.grenier.core.tests.texts_fixture", TextsFixture.class);
    }

    private TextsFixture() {
    }
}
