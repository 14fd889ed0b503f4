package org.grenier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;

import org.grenier.core.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workbench's texts follow the language Grenier speaks, also when it changes after they were first read. */
class TextsTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreTheLanguage() {
        Locale.setDefault(before);
        Texts.reload();
    }

    @Test
    void fillsTheTextsInTheDefaultLanguageAndAgainWhenItChanges() {
        Locale.setDefault(Locale.ENGLISH);
        Texts.reload();
        assertEquals("Good morning", TextsFixture.Greeting);
        assertEquals("8 products", MessageFormat.format(TextsFixture.Count, 8));

        Locale.setDefault(Locale.FRANCE);
        Texts.reload();
        assertEquals("Bonjour \u00e0 tous", TextsFixture.Greeting, "fr_FR finds the _fr file");
        assertEquals("8 produits", MessageFormat.format(TextsFixture.Count, 8));
        assertEquals("Only in English", TextsFixture.OnlyInEnglish, "a text missing in French falls back to English");
        assertEquals("constant", TextsFixture.NOT_A_TEXT, "constants are left alone");
    }

    @Test
    void aLanguageWithoutFilesGetsTheBaseTextsNotTheSystemOnes() {
        Locale.setDefault(Locale.GERMAN);
        Texts.reload();
        assertEquals("Good morning", TextsFixture.Greeting);
    }

    @Test
    void aMissingTextShowsItsKey() {
        Texts.reload();
        assertEquals("!NowhereAtAll!", TextsFixture.NowhereAtAll);
    }
}
