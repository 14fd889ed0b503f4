package org.grenier.core.sensors;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.units.Durations;

/**
 * Device profiles as text a technician can read and edit: Java properties, one setting per line. Modbus fields are
 * written {@code register@slave} in the data sheets' numbering (3xxxx input, 4xxxx holding registers).
 *
 * <pre>
 * name = Cold room logger
 * protocol = KEY_VALUE
 * serial = 9600 8N1
 * storage-unit = CF1
 * sensor-field = id
 * sensor-id = logger
 * expected-interval = 10s
 * channel.T = TEMPERATURE
 * offset.T = -0.3
 * channel.30001@1 = TEMPERATURE
 * scale.30001@1 = 0.1
 * </pre>
 */
public final class DeviceProfileText {

    private static final Pattern SERIAL = Pattern.compile(
            "(\\d+)(?:\\s+([5-8])([NOEMS])(1|1\\.5|2))?(?:\\s+(NONE|RTS_CTS|XON_XOFF))?", Pattern.CASE_INSENSITIVE);
    private static final List<String> KEYS = List.of("name", "protocol", "serial", "storage-unit", "sensor-field",
            "sensor-id", "expected-interval", "usb-serial", "modbus.interval", "modbus.batch", "modbus.retries",
            "modbus.timeout");

    private DeviceProfileText() {
    }

    public static Result<DeviceProfile> parse(String text, String origin) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
            return Result.ok(read(properties));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Result.error("Device profile " + origin + " cannot be read: " + e.getMessage());
        }
    }

    private static DeviceProfile read(Properties p) {
        checkKeys(p);
        String name = required(p, "name");
        Protocol protocol = choice(required(p, "protocol"), Protocol.class, "protocol");
        List<Channel> channels = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith("channel.")) {
                String field = key.substring("channel.".length());
                channels.add(new Channel(field, choice(p.getProperty(key), Measure.class, key),
                        number(p, "scale." + field, 1), number(p, "offset." + field, 0)));
            }
        }
        ModbusPolling d = ModbusPolling.DEFAULT;
        ModbusPolling modbus = new ModbusPolling(duration(p, "modbus.interval", d.interval()),
                (int) number(p, "modbus.batch", d.batch()), (int) number(p, "modbus.retries", d.retries()),
                duration(p, "modbus.timeout", d.timeout()));
        return new DeviceProfile(name, protocol, serial(p.getProperty("serial", "9600").strip()),
                blankToNull(p.getProperty("storage-unit")), blankToNull(p.getProperty("sensor-field", "id")),
                p.getProperty("sensor-id", name).strip(), channels,
                duration(p, "expected-interval", Duration.ofSeconds(60)), modbus,
                Optional.ofNullable(blankToNull(p.getProperty("usb-serial"))));
    }

    /** Writes a profile back as text that {@link #parse} reads to an equal profile. */
    public static String format(DeviceProfile profile) {
        StringBuilder text = new StringBuilder();
        line(text, "name", profile.name());
        line(text, "protocol", profile.protocol().name());
        line(text, "serial", profile.serial().describe());
        if (profile.storageUnitCode() != null) {
            line(text, "storage-unit", profile.storageUnitCode());
        }
        line(text, "sensor-field", profile.sensorField() == null ? "" : profile.sensorField());
        line(text, "sensor-id", profile.sensorId());
        line(text, "expected-interval", Durations.format(profile.expectedInterval()));
        profile.usbSerial().ifPresent(serial -> line(text, "usb-serial", serial));
        for (Channel channel : profile.channels()) {
            line(text, "channel." + channel.field(), channel.measure().name());
            if (channel.scale() != 1) {
                line(text, "scale." + channel.field(), Double.toString(channel.scale()));
            }
            if (channel.offset() != 0) {
                line(text, "offset." + channel.field(), Double.toString(channel.offset()));
            }
        }
        if (profile.protocol() == Protocol.MODBUS_RTU) {
            line(text, "modbus.interval", Durations.format(profile.modbus().interval()));
            line(text, "modbus.batch", Integer.toString(profile.modbus().batch()));
            line(text, "modbus.retries", Integer.toString(profile.modbus().retries()));
            line(text, "modbus.timeout", Durations.format(profile.modbus().timeout()));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key.replace(":", "\\:").replace("=", "\\=")).append(" = ").append(value).append('\n');
    }

    /** Reads the short form technicians write, {@code 9600 8N1} or {@code 19200 8E1 RTS_CTS}. */
    public static SerialSettings serial(String text) {
        Matcher m = SERIAL.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("serial '" + text + "' is not of the form '9600 8N1' or "
                    + "'19200 8E1 RTS_CTS'");
        }
        SerialSettings base = SerialSettings.of(Integer.parseInt(m.group(1)));
        if (m.group(2) == null && m.group(5) == null) {
            return base;
        }
        int bits = m.group(2) == null ? 8 : Integer.parseInt(m.group(2));
        SerialSettings.Parity parity = m.group(3) == null ? SerialSettings.Parity.NONE
                : Arrays.stream(SerialSettings.Parity.values())
                        .filter(v -> v.name().charAt(0) == Character.toUpperCase(m.group(3).charAt(0))).findFirst()
                        .orElseThrow();
        SerialSettings.StopBits stop = m.group(4) == null || m.group(4).equals("1") ? SerialSettings.StopBits.ONE
                : m.group(4).equals("2") ? SerialSettings.StopBits.TWO : SerialSettings.StopBits.ONE_AND_HALF;
        SerialSettings.FlowControl flow = m.group(5) == null ? SerialSettings.FlowControl.NONE
                : SerialSettings.FlowControl.valueOf(m.group(5).toUpperCase(Locale.ROOT));
        return new SerialSettings(base.baudRate(), bits, parity, stop, flow);
    }

    /** A misspelt key would silently do nothing, so every key must be one this format knows. */
    private static void checkKeys(Properties p) {
        for (String key : p.stringPropertyNames()) {
            String[] parts = key.split("\\.", 2);
            boolean known = KEYS.contains(key) || parts.length == 2 && switch (parts[0]) {
                case "channel" -> true;
                case "scale", "offset" -> p.containsKey("channel." + parts[1]);
                default -> false;
            };
            if (!known) {
                throw new IllegalArgumentException("unknown setting '" + key + "' (settings: " + KEYS
                        + ", channel.FIELD, scale.FIELD, offset.FIELD)");
            }
        }
    }

    private static String required(Properties p, String key) {
        String value = blankToNull(p.getProperty(key));
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, String key) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " '" + value.strip() + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static double number(Properties p, String key, double fallback) {
        String value = blankToNull(p.getProperty(key));
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a number");
        }
    }

    private static Duration duration(Properties p, String key, Duration fallback) {
        String value = blankToNull(p.getProperty(key));
        return value == null ? fallback : Durations.parse(value);
    }
}
