package org.grenier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Messages that count things say "1 product" and "2 products", "0 produit" and "2 produits", each language by its own
 * rule, with the count written in the language's way; none says "product(s)".
 */
class CountedMessagesTest {

    private Locale locale;

    @BeforeEach
    void keepLocale() {
        locale = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, locale);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "_fr" })
    void everyCountChoosesItsWordsAndNoMessageHedgesWithParentheses(String language) throws IOException {
        Properties texts = texts(language);
        Locale.setDefault(Locale.Category.FORMAT, language.isEmpty() ? Locale.ENGLISH : Locale.FRENCH);
        List<String> counted = texts.stringPropertyNames().stream().filter(key -> texts.getProperty(key)
                .contains("{0,choice,")).sorted().toList();
        assertTrue(counted.size() >= 24, "the counted messages: " + counted);
        for (String key : counted) {
            String one = Numbers.phrase(texts.getProperty(key), 1, "A", "B", "C");
            String two = Numbers.phrase(texts.getProperty(key), 2, "A", "B", "C");
            assertNotEquals(one.replace('1', '#'), two.replace('2', '#'), key + " has the same words for 1 and 2");
        }
        for (String key : texts.stringPropertyNames()) {
            assertFalse(texts.getProperty(key).matches("(?s).*\\p{L}\\((s|es|ies|x)\\).*"), key + ": "
                    + texts.getProperty(key));
        }
    }

    @Test
    void englishSaysNoughtInThePluralAndFrenchInTheSingular() throws IOException {
        String english = texts("").getProperty("Overview_Forecasted");
        String french = texts("_fr").getProperty("Overview_Forecasted");
        Locale.setDefault(Locale.Category.FORMAT, Locale.ENGLISH);
        assertTrue(Numbers.phrase(english, 0, "1.61").startsWith("0 products forecast;"));
        assertTrue(Numbers.phrase(english, 1, "1.61").startsWith("1 product forecast;"));
        assertTrue(Numbers.phrase(english, 1234, "1.61").startsWith("1,234 products forecast;"));
        Locale.setDefault(Locale.Category.FORMAT, Locale.FRENCH);
        assertTrue(Numbers.phrase(french, 0, "1,61").startsWith("0 produit prévu\u00a0;"));
        assertTrue(Numbers.phrase(french, 1, "1,61").startsWith("1 produit prévu\u00a0;"));
        String many = Numbers.phrase(french, 1234, "1,61");
        assertTrue(many.startsWith(String.format(Locale.FRENCH, "%,d", 1234) + " produits prévus\u00a0;"), many);
        assertEquals("<a>3 problèmes</a>", Numbers.phrase(texts("_fr").getProperty("Status_Problems"), 3));
    }

    /** The workbench's messages and the Data health part's, in one language. */
    private static Properties texts(String language) throws IOException {
        Properties texts = new Properties();
        for (String file : new String[] { "messages", "parts/health_texts" }) {
            try (InputStream in = Messages.class.getResourceAsStream(file + language + ".properties")) {
                texts.load(in);
            }
        }
        return texts;
    }
}
