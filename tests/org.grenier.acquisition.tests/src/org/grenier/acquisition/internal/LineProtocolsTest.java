package org.grenier.acquisition.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.grenier.core.sensors.Protocol;
import org.junit.jupiter.api.Test;

class LineProtocolsTest {

    // ---- key=value

    @Test
    void keyValueReadsSemicolonSeparatedPairsInOrder() {
        Decoded decoded = new KeyValueProtocol("id").decode("id=CF1;T=21.5;H=63;CO2=810");
        assertEquals(values("CF1", Map.of("T", 21.5, "H", 63.0, "CO2", 810.0)), decoded);
        assertEquals(List.of("T", "H", "CO2"), List.copyOf(((Decoded.Values) decoded).values().keySet()));
    }

    @Test
    void keyValueTellsADecimalCommaFromAPairSeparator() {
        KeyValueProtocol protocol = new KeyValueProtocol("id");
        assertEquals(values("S2", Map.of("T", 12.5, "CO2", 640.0)), protocol.decode("id=S2 T=12,5 CO2=640"));
        assertEquals(values("S3", Map.of("T", 12.5, "H", 70.0)), protocol.decode("ID=S3,T=12,5,H=70"));
        assertEquals(values("S4", Map.of("T", -3.25, "H", 40.0)), protocol.decode(" id=S4\tT=-3.25\t\t;H=+4e1 "));
    }

    @Test
    void keyValueLeavesOutEmptyValuesAndNamesNoSensorWithoutTheField() {
        assertEquals(values(null, Map.of("H", 5.0)), new KeyValueProtocol("id").decode("T=;H=5"));
        assertEquals(values(null, Map.of("T", 1.0)), new KeyValueProtocol(null).decode("T=1"));
        assertEquals(values(null, Map.of("T", 1.0)), new KeyValueProtocol("id").decode("id=;T=1"));
    }

    @Test
    void keyValueSaysWhyItRefusesALine() {
        KeyValueProtocol protocol = new KeyValueProtocol("id");
        assertEquals(refused("field 'T' value 'hot' is not a number"), protocol.decode("id=S2;T=hot"));
        assertEquals(refused("'garbage' is not of the form field=value"), protocol.decode("id=S2;garbage"));
        assertEquals(refused("'=5' has no field name"), protocol.decode("id=S2;=5"));
        assertEquals(refused("no numeric field in the line"), protocol.decode("id=S2"));
        assertEquals(refused("field 'T' appears twice"), protocol.decode("T=1;T=2"));
        assertEquals(refused("field 'id' value 'S2' is not a number"), new KeyValueProtocol(null).decode("id=S2;T=1"));
        assertEquals(new Decoded.Skipped("empty line"), protocol.decode("  "));
    }

    @Test
    void numbersRefuseWhatDoubleParsingWouldWronglyAccept() {
        KeyValueProtocol protocol = new KeyValueProtocol(null);
        for (String text : List.of("NaN", "Infinity", "-Infinity", "1e999", "0x1p3", "1d", "1.2.3", "1,2,3", "")) {
            Decoded decoded = protocol.decode("T=" + text + ";H=1");
            Decoded wanted = text.isEmpty() ? values(null, Map.of("H", 1.0))
                    : refused("field 'T' value '" + text + "' is not a number");
            assertEquals(wanted, decoded, text);
        }
        assertEquals(values(null, Map.of("T", 0.5, "H", 12.0)), protocol.decode("T=.5;H=12."));
    }

    // ---- CSV

    @Test
    void csvReadsValuesInTheHeaderOrderWithDecimalCommasAfterSemicolons() {
        CsvLineProtocol protocol = new CsvLineProtocol("ID");
        assertEquals(new Decoded.Skipped("header of 3 columns"), protocol.decode("id;T;H"));
        assertEquals(values("CF1", Map.of("T", 21.5, "H", 63.0)), protocol.decode("CF1;21,5;63"));
        assertEquals(values("CF2", Map.of("H", 64.0)), protocol.decode("\"CF2\"; ;\"64\""));
    }

    @Test
    void csvSkipsARepeatedHeaderAndComments() {
        CsvLineProtocol protocol = new CsvLineProtocol("id");
        assertEquals(new Decoded.Skipped("comment"), protocol.decode("# logger v2"));
        assertEquals(new Decoded.Skipped("empty line"), protocol.decode(""));
        protocol.decode("id,T,H");
        assertEquals(values("A", Map.of("T", 1.0, "H", 2.0)), protocol.decode("A,1,2"));
        assertEquals(new Decoded.Skipped("header repeated: the device restarted"), protocol.decode("id,T,H"));
        assertEquals(values("B", Map.of("T", 3.0, "H", 1000.0)), protocol.decode("B,3,1e3"));
    }

    @Test
    void csvTakesNoDecimalCommaWhenTheCommaSeparates() {
        CsvLineProtocol protocol = new CsvLineProtocol(null);
        protocol.decode("T,H");
        assertEquals(refused("expected 2 cells, found 3"), protocol.decode("21,5,63"));
    }

    @Test
    void csvDetectsATabSeparator() {
        CsvLineProtocol protocol = new CsvLineProtocol("sensor");
        assertEquals(new Decoded.Skipped("header of 2 columns"), protocol.decode("T,C\tsensor"));
        assertEquals(values("X", Map.of("T,C", -0.5)), protocol.decode("-0,5\tX"));
    }

    @Test
    void csvSaysWhyItRefusesALine() {
        CsvLineProtocol protocol = new CsvLineProtocol("id");
        assertEquals(refused("waiting for a header line; 'CF1;21,5' holds values"), protocol.decode("CF1;21,5"));
        assertEquals(refused("header 'id;;H' has a column without a name"), protocol.decode("id;;H"));
        assertEquals(refused("header 'id;T;T' names 'T' twice"), protocol.decode("id;T;T"));
        protocol.decode("id;T;H");
        assertEquals(refused("expected 3 cells, found 2"), protocol.decode("CF1;21,5"));
        assertEquals(refused("expected 3 cells, found 4"), protocol.decode("CF1;21,5;63;9"));
        assertEquals(refused("field 'H' value 'wet' is not a number"), protocol.decode("CF1;21,5;wet"));
        assertEquals(refused("no numeric field in the line"), protocol.decode("CF1;;"));
    }

    // ---- JSON

    @Test
    void jsonKeepsNumbersAndIgnoresOtherValues() {
        Decoded decoded = new JsonLineProtocol("id")
                .decode("{\"id\":\"CF1\",\"t\":21.5,\"rh\":63,\"ok\":true,\"off\":false,\"note\":null,\"s\":\"hot\"}");
        assertEquals(values("CF1", Map.of("t", 21.5, "rh", 63.0)), decoded);
    }

    @Test
    void jsonTakesASensorIdWrittenAsANumberAsText() {
        JsonLineProtocol protocol = new JsonLineProtocol("ID");
        assertEquals(values("12", Map.of("t", -150.0)), protocol.decode(" { \"id\" : 12 , \"t\" : -1.5e2 } "));
        assertEquals(values("1.0", Map.of("t", 0.0)), protocol.decode("{\"id\":1.0,\"t\":0}"));
        assertEquals(values(null, Map.of("t", 2.0)), protocol.decode("{\"id\":null,\"t\":2E+0}"));
    }

    @Test
    void jsonReadsEveryStringEscape() {
        Decoded decoded = new JsonLineProtocol("id")
                .decode("{\"id\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\",\"t\\u00B0\":1}");
        assertEquals(values("a\"b\\c/d\b\f\n\r\té\uD83D\uDE00", Map.of("t°", 1.0)), decoded);
    }

    @Test
    void jsonRefusesMalformedLinesWithThePosition() {
        JsonLineProtocol protocol = new JsonLineProtocol("id");
        assertEquals(refused("malformed JSON at character 10: expected ',' or '}'"), protocol.decode("{\"t\":21.5"));
        assertEquals(refused("malformed JSON at character 6: expected ':'"), protocol.decode("{\"t\" 1}"));
        assertEquals(refused("malformed JSON at character 7: expected ',' or '}'"), protocol.decode("{\"t\":01}"));
        assertEquals(refused("malformed JSON at character 8: bad escape '\\q'"), protocol.decode("{\"t\":\"a\\qb\"}"));
        assertEquals(refused("malformed JSON at character 9: unterminated string"), protocol.decode("{\"t\":\"a\\"));
        assertEquals(refused("malformed JSON at character 9: text after the object"), protocol.decode("{\"t\":1} x"));
        assertEquals(refused("malformed JSON at character 1: expected '{'"), protocol.decode("[1]"));
        assertEquals(refused("malformed JSON at character 6: expected a value"), protocol.decode("{\"t\":tru}"));
        assertEquals(refused("malformed JSON at character 8: expected a field name in quotes"),
                protocol.decode("{\"t\":1,}"));
        assertEquals(refused("malformed JSON at character 2: expected a field name in quotes"),
                protocol.decode("{'t':1}"));
        assertEquals(refused("malformed JSON at character 11: expected four hex digits after \\u"),
                protocol.decode("{\"t\":\"\\u12G4\"}"));
        assertEquals(refused("malformed JSON at character 8: unterminated string"), protocol.decode("{\"t\":\"a"));
        assertEquals(refused("malformed JSON at character 8: control character in a string"),
                protocol.decode("{\"t\":\"a\tb\"}"));
        assertEquals(refused("malformed JSON at character 8: expected a digit"), protocol.decode("{\"t\":1.}"));
        assertEquals(refused("malformed JSON at character 7: expected a digit"), protocol.decode("{\"t\":-}"));
    }

    @Test
    void jsonSaysWhyItRefusesAWellFormedLine() {
        JsonLineProtocol protocol = new JsonLineProtocol("id");
        assertEquals(refused("field 'm': nested values are not read"), protocol.decode("{\"t\":1,\"m\":{\"a\":1}}"));
        assertEquals(refused("field 'l': nested values are not read"), protocol.decode("{\"l\":[1,2]}"));
        assertEquals(refused("no numeric field in the line"), protocol.decode("{\"id\":\"A\"}"));
        assertEquals(refused("no numeric field in the line"), protocol.decode("{}"));
        assertEquals(refused("field 't' appears twice"), protocol.decode("{\"t\":1,\"t\":2}"));
        assertEquals(refused("field 't' value '1e999' is not a number"), protocol.decode("{\"t\":1e999}"));
    }

    // ---- NMEA

    @Test
    void nmeaChecksumHelperMatchesAPublishedSentence() {
        assertEquals("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47",
                nmea("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"));
        assertEquals(new Decoded.Skipped("sentence 'GPGGA' is not read"), new NmeaProtocol(null)
                .decode("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47"));
    }

    @Test
    void nmeaReadsXdrTransducerGroups() {
        NmeaProtocol protocol = new NmeaProtocol(null);
        assertEquals(values(null, Map.of("TEMP", 21.5, "HUM", 63.0)),
                protocol.decode(nmea("WIXDR,C,21.5,C,TEMP,H,63.0,P,HUM")));
        assertEquals(values(null, Map.of("BARO", 1.013)), protocol.decode(nmea("IIXDR,C,,C,TEMP,P,1.013,B,BARO")));
        assertEquals(values(null, Map.of("T", -2.0)), protocol.decode("!" + nmea("YXXDR,C,-2,C,T").substring(1)));
    }

    @Test
    void nmeaAcceptsALowerCaseChecksum() {
        String body = "WIXDR,C,4.0,C,T";
        String sentence = "$" + body + "*" + checksum(body).toLowerCase() + "\r";
        assertEquals(values(null, Map.of("T", 4.0)), new NmeaProtocol(null).decode(sentence));
    }

    @Test
    void nmeaReadsAirTemperatureAndHumiditySentences() {
        NmeaProtocol protocol = new NmeaProtocol(null);
        assertEquals(values(null, Map.of("MTA", 21.5)), protocol.decode(nmea("WIMTA,21.5,C")));
        assertEquals(values(null, Map.of("MHU", 63.0)), protocol.decode(nmea("WIMHU,63.0,,,P")));
    }

    @Test
    void nmeaIgnoresTheSensorFieldAndSkipsSentencesWithoutValues() {
        assertEquals(values(null, Map.of("T", 5.0)), new NmeaProtocol("id").decode(nmea("WIXDR,G,7,,ID,C,5,C,T")));
        NmeaProtocol protocol = new NmeaProtocol(null);
        assertEquals(new Decoded.Skipped("no value in the sentence"), protocol.decode(nmea("WIXDR,C,,C,TEMP")));
        assertEquals(new Decoded.Skipped("no value in the sentence"), protocol.decode(nmea("WIMTA,,C")));
        assertEquals(new Decoded.Skipped("sentence 'GPRMC' is not read"), protocol.decode(nmea("GPRMC,1,A")));
    }

    @Test
    void nmeaRefusesBadAndMissingChecksumsAsIntegrityFailures() {
        NmeaProtocol protocol = new NmeaProtocol(null);
        String sum = checksum("WIXDR,C,21.5,C,TEMP");
        String wrong = sum.equals("00") ? "01" : "00";
        assertEquals(new Decoded.Refused("checksum " + wrong + " expected " + sum, true),
                protocol.decode("$WIXDR,C,21.5,C,TEMP*" + wrong));
        assertEquals(new Decoded.Refused("checksum " + sum + " expected " + checksum("WIXDR,C,21.6,C,TEMP"), true),
                protocol.decode("$WIXDR,C,21.6,C,TEMP*" + sum));
        assertEquals(new Decoded.Refused("no checksum", true), protocol.decode("$WIXDR,C,21.5,C,TEMP"));
        assertEquals(new Decoded.Refused("checksum '5' is not two hex digits", true),
                protocol.decode("$WIXDR,C,21.5,C,TEMP*5"));
    }

    @Test
    void nmeaSaysWhyItRefusesACheckedSentence() {
        NmeaProtocol protocol = new NmeaProtocol(null);
        assertEquals(refused("not an NMEA sentence: it does not start with '$' or '!'"), protocol.decode("WIXDR*00"));
        assertEquals(refused("XDR fields come in groups of four, found 3"), protocol.decode(nmea("WIXDR,C,21.5,C")));
        assertEquals(refused("XDR group 1 has no name"), protocol.decode(nmea("WIXDR,C,21.5,C,")));
        assertEquals(refused("field 'TEMP' value 'x' is not a number"), protocol.decode(nmea("WIXDR,C,x,C,TEMP")));
    }

    // ---- factory

    @Test
    void createsTheProtocolAProfileNames() {
        assertInstanceOf(KeyValueProtocol.class, LineProtocols.create(Protocol.KEY_VALUE, "id"));
        assertInstanceOf(CsvLineProtocol.class, LineProtocols.create(Protocol.CSV, "id"));
        assertInstanceOf(JsonLineProtocol.class, LineProtocols.create(Protocol.JSON, null));
        assertInstanceOf(NmeaProtocol.class, LineProtocols.create(Protocol.NMEA, null));
        assertThrows(IllegalArgumentException.class, () -> LineProtocols.create(Protocol.MODBUS_RTU, null));
    }

    private static Decoded values(String sensorId, Map<String, Double> values) {
        return new Decoded.Values(sensorId, values);
    }

    private static Decoded refused(String reason) {
        return new Decoded.Refused(reason, false);
    }

    private static String nmea(String body) {
        return "$" + body + "*" + checksum(body);
    }

    /** The real checksum: the XOR of every character between the start mark and the star, in two hex digits. */
    private static String checksum(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return String.format("%02X", sum);
    }
}
