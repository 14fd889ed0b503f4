package org.grenier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grenier.core.sensors.GapReason;
import org.junit.jupiter.api.Test;

/** The acquisition writes why a device went unheard as a sentence; the workbench reads its kind and facts back. */
class GapReasonTest {

    @Test
    void everySentenceReadsBackAsItsKindAndFacts() {
        assertEquals(new GapReason.Read(GapReason.NO_DATA, List.of("30")),
                GapReason.read(GapReason.NO_DATA.text(30L)).orElseThrow());
        assertEquals("Cannot open serial port /dev/ttyUSB0: Port busy",
                GapReason.CANNOT_OPEN.text("/dev/ttyUSB0", "Port busy"));
        assertEquals(new GapReason.Read(GapReason.CANNOT_OPEN, List.of("/dev/ttyUSB0", "Port busy")),
                GapReason.read("Cannot open serial port /dev/ttyUSB0: Port busy").orElseThrow());
        assertEquals(new GapReason.Read(GapReason.CANNOT_READ, List.of("COM3", "Native exception: 5: I/O")),
                GapReason.read(GapReason.CANNOT_READ.text("COM3", "Native exception: 5: I/O")).orElseThrow(),
                "the driver's words keep their own colons");
        assertEquals(new GapReason.Read(GapReason.NO_MODBUS_SLAVE, List.of()),
                GapReason.read("no Modbus slave answered").orElseThrow());
        for (GapReason kind : GapReason.values()) {
            Object[] facts = { "/dev/pts/3", "what the driver said" };
            assertEquals(kind, GapReason.read(kind.text(facts)).orElseThrow().kind(), kind.text(facts));
        }
    }

    @Test
    void aSentenceWrittenOtherwiseIsNotGuessed() {
        assertTrue(GapReason.read("CRC error in the answer of slave 3").isEmpty());
        assertTrue(GapReason.read("no data for").isEmpty());
        assertTrue(GapReason.read(null).isEmpty());
    }
}
