package org.grenier.ui.sensors;

import java.time.Duration;
import java.time.format.FormatStyle;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.grenier.core.model.Measure;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.preferences.Units;

/**
 * An alert as a sentence in the user's language and units, worded from its facts. An alert stored before alerts kept
 * their facts reads as its stored English message.
 */
public final class AlertText {

    /** The facts each kind needs beyond its value. */
    private static final Map<AlertKind, Integer> FACTS = Map.of(AlertKind.TOO_HIGH, 1, AlertKind.TOO_LOW, 1,
            AlertKind.CHANGING_FAST, 3, AlertKind.SENSOR_STUCK, 1, AlertKind.SENSOR_SPIKE, 2);

    private AlertText() {
    }

    public static String of(Alert alert, Units units) {
        String place = alert.storageUnitCode() == null ? Messages.Alert_NoUnit
                : NLS.bind(Messages.Alert_Unit, alert.storageUnitCode());
        if (alert.kind() == AlertKind.STORAGE_RISK) {
            return NLS.bind(Messages.Alert_StorageRisk, place, Numbers.number(alert.value(), 0));
        }
        boolean worded = alert.kind() == AlertKind.SENSOR_SILENT
                || alert.measure() != null && alert.facts().size() >= FACTS.get(alert.kind());
        return worded ? NLS.bind(Messages.Alert_Sentence, new Object[] {place, what(alert, units), alert.sensorId()})
                : alert.message();
    }

    private static String what(Alert alert, Units units) {
        Measure measure = alert.measure();
        return switch (alert.kind()) {
            case TOO_HIGH, TOO_LOW -> NLS.bind(alert.kind() == AlertKind.TOO_HIGH ? Messages.Alert_Above
                    : Messages.Alert_Below, new Object[] {name(measure), amount(units, measure, alert.value()),
                        amount(units, measure, alert.fact(0))});
            case CHANGING_FAST -> NLS.bind(alert.fact(0) > 0 ? Messages.Alert_Rose : Messages.Alert_Fell,
                    new Object[] {name(measure), change(units, measure, Math.abs(alert.fact(0))), span(alert.fact(1)),
                        amount(units, measure, alert.value()), change(units, measure, alert.fact(2))});
            case SENSOR_STUCK -> NLS.bind(Messages.Alert_Stuck, new Object[] {name(measure),
                amount(units, measure, alert.value()), span(alert.fact(0))});
            case SENSOR_SPIKE -> NLS.bind(alert.fact(0) > 1 ? Messages.Alert_Spikes : Messages.Alert_Spike,
                    new Object[] {name(measure), amount(units, measure, alert.value()),
                        amount(units, measure, alert.fact(1)), Numbers.number(alert.fact(0), 0)});
            case SENSOR_SILENT -> NLS.bind(Messages.Alert_Silent, span(alert.value()), Numbers.dateTime(
                    FormatStyle.SHORT).format(alert.at().minus(Duration.ofSeconds(Math.round(alert.value() * 60)))));
            case STORAGE_RISK -> throw new IllegalArgumentException("a storage risk is worded whole");
        };
    }

    /** The measure's name inside a sentence: "température", but "CO2" stays as it is. */
    private static String name(Measure measure) {
        String name = Labels.measure(measure);
        return name.length() > 1 && Character.isLowerCase(name.charAt(1))
                ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    private static String amount(Units units, Measure measure, double stored) {
        return Numbers.number(units.shown(measure, stored), 1) + " " + units.symbol(measure);
    }

    private static String change(Units units, Measure measure, double stored) {
        return Numbers.number(units.shownChange(measure, stored), 1) + " " + units.symbol(measure);
    }

    /** A time span as a person says it: "20 min", "3 h 05 min". */
    private static String span(double minutes) {
        long whole = Math.max(0, Math.round(minutes));
        return whole < 120 ? whole + " min" : String.format(Numbers.locale(), "%d h %02d min", whole / 60, whole % 60);
    }
}
