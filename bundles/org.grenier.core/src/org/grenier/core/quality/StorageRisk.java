package org.grenier.core.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The quality risk of one storage unit: its latest conditions (temperature °C, relative humidity %, grain moisture %
 * wet basis; NaN when not measured), for a grain store the crop, the share of its allowable storage time used so far
 * and the days left at the latest conditions, for a cold room the mean kinetic temperature and the hours outside its
 * limits against the budget, the share of the last week's hours at mould risk and at condensation risk, a score from
 * 0 (no risk) to 100 and its level, what to do, the aeration windows ahead, and the lots stored there.
 */
public record StorageRisk(String storageUnit, String type, Optional<Instant> lastReading, double temperature,
        double humidity, double moisture, Optional<Crop> crop, double lifeUsed, double daysLeft,
        double meanKineticTemperature, double excursionHours, double excursionBudgetHours, double mouldShare,
        double condensationShare, int score, RiskLevel level, List<Advice> advice, List<AerationWindow> aeration,
        List<StoredLot> lots) {

    public StorageRisk {
        advice = List.copyOf(advice);
        aeration = List.copyOf(aeration);
        lots = List.copyOf(lots);
    }
}
