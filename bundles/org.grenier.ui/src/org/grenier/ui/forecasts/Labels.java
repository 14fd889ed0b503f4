package org.grenier.ui.forecasts;

import org.grenier.core.forecast.Frequency;
import org.grenier.ui.Messages;

/** The translated names of forecast periods. */
final class Labels {

    private Labels() {
    }

    static String frequency(Frequency frequency) {
        return switch (frequency) {
            case YEARLY -> Messages.Frequency_Yearly;
            case QUARTERLY -> Messages.Frequency_Quarterly;
            case MONTHLY -> Messages.Frequency_Monthly;
            case WEEKLY -> Messages.Frequency_Weekly;
            case DAILY -> Messages.Frequency_Daily;
            case HOURLY -> Messages.Frequency_Hourly;
            case HALF_HOURLY -> Messages.Frequency_HalfHourly;
        };
    }

    static String[] frequencies(Frequency... frequencies) {
        String[] labels = new String[frequencies.length];
        for (int i = 0; i < frequencies.length; i++) {
            labels[i] = frequency(frequencies[i]);
        }
        return labels;
    }
}
