package org.grenier.core.sensors;

/** How a device speaks on its serial line. */
public enum Protocol {
    /** Text lines of key=value pairs: {@code id=CF1;T=21.5;H=63;CO2=810}. */
    KEY_VALUE,
    /** Text lines of comma- or semicolon-separated values after a header line naming them. */
    CSV,
    /** One flat JSON object per line: {@code {"id":"CF1","t":21.5}}. */
    JSON,
    /** NMEA-0183 sentences with a checksum, values in XDR transducer groups: {@code $WIXDR,C,21.5,C,TEMP*hh}. */
    NMEA,
    /** A Modbus RTU master polling holding or input registers of addressed slaves, CRC-16 checked. */
    MODBUS_RTU;

    /** True when the device sends by itself, line by line; false when Grenier polls it. */
    public boolean sendsLines() {
        return this != MODBUS_RTU;
    }
}
