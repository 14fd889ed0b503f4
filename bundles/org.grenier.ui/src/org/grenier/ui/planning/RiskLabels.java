package org.grenier.ui.planning;

import java.time.format.FormatStyle;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.grenier.core.model.Measure;
import org.grenier.core.quality.Advice;
import org.grenier.core.quality.RiskLevel;
import org.grenier.core.quality.StorageRisk;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.preferences.Units;

/** Risk levels and advice in the planner's language, and the colour that makes a high risk stand out. */
final class RiskLabels {

    private RiskLabels() {
    }

    static String level(RiskLevel level) {
        return switch (level) {
            case LOW -> Messages.Risk_Low;
            case MODERATE -> Messages.Risk_Moderate;
            case HIGH -> Messages.Risk_High;
            case UNKNOWN -> Messages.Risk_Unknown;
        };
    }

    /** A storage unit's type in words: "cold room", "chambre froide"; an unknown type as written, in words. */
    static String type(String type) {
        try {
            return switch (org.grenier.core.model.StorageType.valueOf(type)) {
                case SILO -> Messages.StorageType_SILO;
                case COLD_ROOM -> Messages.StorageType_COLD_ROOM;
                case SHELF -> Messages.StorageType_SHELF;
                case WAREHOUSE_BAY -> Messages.StorageType_WAREHOUSE_BAY;
            };
        } catch (IllegalArgumentException unknown) {
            return type.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        }
    }

    static String crop(org.grenier.core.quality.Crop crop) {
        return switch (crop) {
            case WHEAT -> Messages.Crop_WHEAT;
            case SHELLED_CORN -> Messages.Crop_SHELLED_CORN;
        };
    }

    /**
     * A piece of advice in the planner's language and units: the facts the assessment found, worded here rather than
     * in the optimiser's English, with temperatures in the scale of Preferences > Units.
     */
    static String advice(Advice advice, StorageRisk risk, Units units) {
        return switch (advice.kind()) {
            case NO_READINGS -> Messages.Advice_NoReadings;
            case OUT_OF_DATE -> Messages.Advice_OutOfDate;
            case ASSUMED_MOISTURE -> NLS.bind(Messages.Advice_AssumedMoisture,
                    risk.crop().map(RiskLabels::crop).orElse("-"), Numbers.number(advice.value(0), 0));
            case LIFE_NEARLY_USED -> NLS.bind(Messages.Advice_LifeNearlyUsed, Numbers.number(advice.value(0), 0));
            case MOULD -> NLS.bind(Messages.Advice_Mould, Numbers.number(100 * advice.value(0), 0));
            case CONDENSATION -> NLS.bind(Messages.Advice_Condensation, Numbers.number(100 * advice.value(0), 0));
            case COLD_CHAIN -> NLS.bind(Messages.Advice_ColdChain, new Object[] {
                    temperature(units, advice.value(0), 1), Numbers.number(advice.value(1), 1),
                    temperature(units, advice.value(2), 0), temperature(units, advice.value(3), 0),
                    Numbers.number(advice.value(4), 0) });
            case NO_FORECAST -> Messages.Advice_NoForecast;
            case FANS_OFF -> Messages.Advice_FansOff;
            case AERATE -> NLS.bind(Messages.Advice_Aerate, new Object[] { Numbers.number(advice.value(0), 0),
                    Numbers.number(advice.value(1), 0), risk.aeration().isEmpty() ? "-"
                            : Numbers.dateTime(FormatStyle.SHORT).format(risk.aeration().get(0).from()) });
            case FINE -> Messages.Advice_Fine;
        };
    }

    /** A temperature kept in degrees Celsius, in the person's scale: "41,0 °F"; "-" when unknown. */
    static String temperature(Units units, double celsius, int decimals) {
        return Double.isNaN(celsius) ? "-" : Numbers.number(units.shown(Measure.TEMPERATURE, celsius), decimals) + " "
                + units.symbol(Measure.TEMPERATURE);
    }

    static int colour(RiskLevel level) {
        return switch (level) {
            case LOW -> SWT.COLOR_DARK_GREEN;
            case MODERATE -> SWT.COLOR_DARK_YELLOW;
            case HIGH -> SWT.COLOR_RED;
            case UNKNOWN -> SWT.COLOR_DARK_GRAY;
        };
    }
}
