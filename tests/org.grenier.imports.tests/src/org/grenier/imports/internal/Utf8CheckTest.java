package org.grenier.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The streaming UTF-8 check against the JDK's strict decoder, on the sequences that trip hand-written checks. */
class Utf8CheckTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "41c3a9e282ac, ascii then é then €",
        "f09f8cbe, a four-byte emoji",
        "e9, a lone Windows-1252 é",
        "c080, an overlong NUL",
        "e0809f, an overlong three-byte form",
        "eda080, a surrogate",
        "f4908080, above U+10FFFF",
        "c3, cut after a lead byte",
        "80, a stray continuation byte",
        "c328, a lead byte followed by ASCII" })
    void agreesWithTheJdkDecoder(String hex, String what) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        Utf8Check check = new Utf8Check();
        check.update(bytes, bytes.length);
        assertEquals(jdkAccepts(bytes), check.validAtEnd(), what);
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
