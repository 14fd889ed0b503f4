package org.grenier.acquisition.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.SensorLineDecoder;
import org.osgi.service.component.annotations.Component;

/**
 * Decodes the plain "key=value" lines most home-made and low-cost storage sensors print, e.g.
 * {@code id=CF1;T=4.52;RH=81.3} or {@code id=S2 T=12,5 CO2=640}. A decimal comma is accepted.
 */
@Component(service = SensorLineDecoder.class)
public class KeyValueLineDecoder implements SensorLineDecoder {

    private static final Map<String, Measure> KEYS = Map.of("T", Measure.TEMPERATURE, "TEMP", Measure.TEMPERATURE,
            "RH", Measure.RELATIVE_HUMIDITY, "H", Measure.RELATIVE_HUMIDITY, "HUM", Measure.RELATIVE_HUMIDITY,
            "CO2", Measure.CO2, "MOIST", Measure.GRAIN_MOISTURE);

    @Override
    public Result<List<SensorReading>> decode(String line, String storageUnitCode, Instant receivedAt) {
        String sensorId = null;
        List<String[]> values = new ArrayList<>();
        for (String field : line.strip().split("[;\\s]+")) {
            String[] pair = field.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank()) {
                return Result.error("Sensor line '" + line + "': field '" + field + "' is not of the form key=value");
            }
            String key = pair[0].strip().toUpperCase(Locale.ROOT);
            if (key.equals("ID")) {
                sensorId = pair[1].strip();
            } else {
                values.add(new String[] { key, pair[1].strip() });
            }
        }
        if (sensorId == null || sensorId.isEmpty()) {
            return Result.error("Sensor line '" + line + "' names no sensor: it needs an id=... field");
        }
        return readings(line, sensorId, values, storageUnitCode, receivedAt);
    }

    private static Result<List<SensorReading>> readings(String line, String sensorId, List<String[]> values,
            String storageUnitCode, Instant at) {
        List<SensorReading> readings = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String[] value : values) {
            Measure measure = KEYS.get(value[0]);
            if (measure == null) {
                ignored.add(value[0]);
                continue;
            }
            try {
                double number = Double.parseDouble(value[1].replace(',', '.'));
                readings.add(new SensorReading(sensorId, storageUnitCode, at, measure, number));
            } catch (IllegalArgumentException e) {
                return Result.error("Sensor line '" + line + "': " + value[0] + " value '" + value[1]
                        + "' is not a number");
            }
        }
        if (readings.isEmpty()) {
            return Result.error("Sensor line '" + line + "' holds no known measure (T, RH, CO2, MOIST)");
        }
        return ignored.isEmpty() ? Result.ok(readings)
                : Result.warning(readings, "unknown keys ignored", ignored);
    }
}
