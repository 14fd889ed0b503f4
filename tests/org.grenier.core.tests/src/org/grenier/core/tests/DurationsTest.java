package org.grenier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.grenier.core.units.Durations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({ "90s,90", "15m,900", "2h,7200", "1d,86400", " 3 m ,180" })
    void readsTheDurationsUsersType(String text, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), Durations.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "90", "m", "1.5h", "-3s", "2 hours", "10y" })
    void rejectsAnythingElseWithAMessageThatShowsTheForm(String text) {
        var error = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
        assertTrue(error.getMessage().contains("90s, 15m, 2h"), error.getMessage());
    }

    @Test
    void formatsBackToTheShortestExactForm() {
        assertEquals("90s", Durations.format(Duration.ofSeconds(90)));
        assertEquals("2h", Durations.format(Duration.ofHours(2)));
        assertEquals("1d", Durations.format(Duration.ofHours(24)));
        assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
    }
}
