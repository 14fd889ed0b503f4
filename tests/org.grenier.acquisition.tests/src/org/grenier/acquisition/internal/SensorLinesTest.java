package org.grenier.acquisition.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.grenier.acquisition.LineAssembler;
import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.SensorLineDecoder;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;

class SensorLinesTest {

    private static final Instant AT = Instant.parse("2026-01-15T06:30:00Z");

    private final SensorLineDecoder decoder = OsgiServices.get(SensorLineDecoder.class);

    @Test
    void decodesTemperatureAndHumidityWithADecimalComma() {
        List<SensorReading> readings = decoder.decode("id=CF1;T=4,52;RH=81.3", "VAL-CF1", AT).orElseThrow();
        assertEquals(List.of(new SensorReading("CF1", "VAL-CF1", AT, Measure.TEMPERATURE, 4.52),
                new SensorReading("CF1", "VAL-CF1", AT, Measure.RELATIVE_HUMIDITY, 81.3)), readings);
    }

    @Test
    void warnsAboutKeysItDoesNotKnowButKeepsTheRest() {
        Result<List<SensorReading>> result = decoder.decode("id=S2 T=12.5 CO2=640 BAT=3.1", "VAL-S2", AT);
        assertEquals(Result.Severity.WARNING, result.severity());
        assertEquals(List.of("BAT"), result.details());
        assertEquals(2, result.value().size());
    }

    @Test
    void explainsWhatIsWrongWithABadLine() {
        assertEquals("Sensor line 'id=S2;T=hot': T value 'hot' is not a number",
                decoder.decode("id=S2;T=hot", null, AT).message());
        assertTrue(decoder.decode("T=4.5", null, AT).message().contains("needs an id=... field"));
        assertTrue(decoder.decode("id=S2;garbage", null, AT).message().contains("'garbage' is not of the form"));
    }

    @Test
    void assemblesLinesAcrossChunksAndLineEndings() {
        List<String> lines = new ArrayList<>();
        LineAssembler assembler = new LineAssembler(lines::add);
        assembler.accept(bytes("id=A;T=1"));
        assembler.accept(bytes(".5\r\nid=B;T=2\n\nid=C"));
        assertEquals(List.of("id=A;T=1.5", "id=B;T=2"), lines);
        assembler.accept(bytes(";T=3\r"));
        assertEquals("id=C;T=3", lines.get(2));
    }

    @Test
    void cutsARunawayLineSoNoiseCannotFillMemory() {
        List<String> lines = new ArrayList<>();
        LineAssembler assembler = new LineAssembler(lines::add);
        assembler.accept("x".repeat(LineAssembler.MAX_LINE * 2 + 10).getBytes(StandardCharsets.UTF_8));
        assertEquals(2, lines.size());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
