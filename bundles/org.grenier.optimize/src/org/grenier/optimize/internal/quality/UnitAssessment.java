package org.grenier.optimize.internal.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.grenier.core.model.StorageType;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.model.WeatherPoint;
import org.grenier.core.quality.Advice;
import org.grenier.core.quality.AerationWindow;
import org.grenier.core.quality.Crop;
import org.grenier.core.quality.RiskLevel;
import org.grenier.core.quality.StorageRisk;
import org.grenier.core.quality.StoredLot;

/**
 * The risk of one storage unit from its readings. The score is the largest of its parts, each from 0 to 1: storage
 * life used; how soon the rest runs out (a unit with 180 days left scores 0, with none 1); the share of the last
 * week's hours at mould risk, and twice the share at condensation risk (air at 95 % or more); cold-chain hours outside
 * the limits over the budget. 70 and above is high, 40 and above moderate.
 */
final class UnitAssessment {

    static final Duration RECENT = Duration.ofHours(24);
    static final Duration WEEK = Duration.ofDays(7);
    static final double CONDENSING_HUMIDITY = 95;

    private final StorageUnit unit;
    private final Instant now;
    private final ColdChainLimits limits;
    private final List<Advice> advice = new ArrayList<>();

    UnitAssessment(StorageUnit unit, Instant now, ColdChainLimits limits) {
        this.unit = unit;
        this.now = now;
        this.limits = limits;
    }

    StorageRisk assess(UnitReadings readings, Optional<Crop> crop, List<WeatherPoint> forecast, List<StoredLot> lots) {
        ConditionHistory temperature = readings.temperature();
        ConditionHistory humidity = readings.humidity();
        if (temperature.isEmpty() && humidity.isEmpty()) {
            advise(Advice.Kind.NO_READINGS, "No sensor readings in the last 30 days: connect a sensor to judge this unit");
            return risk(readings, crop, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, 0, -1, List.of(), lots);
        }
        double moisture = moisture(readings, crop);
        double[] life = crop.isPresent() ? storageLife(temperature, crop.get(), moisture) : noLife();
        double mould = mouldShare(temperature, humidity);
        double condensation = condensationShare(humidity);
        double mkt = Double.NaN;
        double excursion = 0;
        if (unit.type() == StorageType.COLD_ROOM && !temperature.isEmpty()) {
            mkt = KineticTemperature.of(temperature.values());
            excursion = limits.hoursOutside(temperature.steps(now));
        }
        List<AerationWindow> aeration = crop.isPresent() && !temperature.isEmpty()
                ? AerationAdvisor.windows(forecast, crop.get(), temperature.latest(), moisture) : List.of();
        int score = score(life, mould, condensation, excursion / limits.budgetHours());
        advise(crop, life, mould, condensation, mkt, excursion, aeration, forecast, score);
        boolean stale = Duration.between(readings.last(), now).compareTo(RECENT) > 0;
        return risk(readings, crop, moisture, life[0], life[1], mkt, excursion, mould, condensation,
                stale ? -1 : score, aeration, lots);
    }

    private double moisture(UnitReadings readings, Optional<Crop> crop) {
        double measured = readings.moisture().latest();
        if (Double.isFinite(measured) || crop.isEmpty()) {
            return measured;
        }
        advise(Advice.Kind.ASSUMED_MOISTURE, String.format(Locale.ROOT, "No grain moisture sensor: %s taken at %.0f %% "
                + "moisture", crop.get().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                crop.get().assumedMoisture()), crop.get().assumedMoisture());
        return crop.get().assumedMoisture();
    }

    /** Storage life used, Σ Δt / AST(T, M) over the history, and the days left at the latest temperature. */
    private double[] storageLife(ConditionHistory temperature, Crop crop, double moisture) {
        if (temperature.isEmpty()) {
            return noLife();
        }
        double used = 0;
        for (ConditionHistory.Step step : temperature.steps(now)) {
            used += step.hours() / 24 / GrainStorageTime.days(crop, step.value(), moisture);
        }
        double left = Math.max(0, 1 - used) * GrainStorageTime.days(crop, temperature.latest(), moisture);
        return new double[] { used, left };
    }

    private static double[] noLife() {
        return new double[] { Double.NaN, Double.NaN };
    }

    private double mouldShare(ConditionHistory temperature, ConditionHistory humidity) {
        double hours = 0;
        double atRisk = 0;
        for (ConditionHistory.Step step : humidity.steps(now)) {
            if (step.at().isBefore(now.minus(WEEK))) {
                continue;
            }
            hours += step.hours();
            double t = temperature.isEmpty() ? 20 : temperature.at(step.at());
            atRisk += step.value() > Psychrometrics.mouldCriticalHumidity(t) ? step.hours() : 0;
        }
        return hours == 0 ? 0 : atRisk / hours;
    }

    private double condensationShare(ConditionHistory humidity) {
        double hours = 0;
        double wet = 0;
        for (ConditionHistory.Step step : humidity.steps(now)) {
            if (!step.at().isBefore(now.minus(WEEK))) {
                hours += step.hours();
                wet += step.value() >= CONDENSING_HUMIDITY ? step.hours() : 0;
            }
        }
        return hours == 0 ? 0 : wet / hours;
    }

    static int score(double[] life, double mould, double condensation, double excursionShare) {
        double used = Double.isFinite(life[0]) ? life[0] : 0;
        double soon = Double.isFinite(life[1]) ? 1 - Math.min(1, life[1] / 180) : 0;
        double worst = Math.max(Math.max(used, soon), Math.max(Math.max(mould, 2 * condensation), excursionShare));
        return (int) Math.round(100 * Math.min(1, worst));
    }

    private void advise(Optional<Crop> crop, double[] life, double mould, double condensation, double mkt,
            double excursion, List<AerationWindow> aeration, List<WeatherPoint> forecast, int score) {
        if (Double.isFinite(life[1]) && life[1] < 30) {
            advise(Advice.Kind.LIFE_NEARLY_USED, String.format(Locale.ROOT, "Storage life nearly used: %.0f days left; "
                    + "cool, dry or sell the grain first", life[1]), life[1]);
        }
        if (mould > 0.1) {
            advise(Advice.Kind.MOULD, String.format(Locale.ROOT, "Mould risk %.0f %% of the last week's hours: "
                    + "ventilate or dry", 100 * mould), mould);
        }
        if (condensation > 0) {
            advise(Advice.Kind.CONDENSATION, String.format(Locale.ROOT, "Air at condensation (95 %% or more) %.0f %% "
                    + "of the last week", 100 * condensation), condensation);
        }
        if (Double.isFinite(mkt) && (mkt > limits.high() || excursion > limits.budgetHours())) {
            advise(Advice.Kind.COLD_CHAIN, String.format(Locale.ROOT, "Cold chain: mean kinetic temperature %.1f °C, "
                    + "%.1f h outside %.0f-%.0f °C (budget %.0f h)", mkt, excursion, limits.low(), limits.high(),
                    limits.budgetHours()), mkt, excursion, limits.low(), limits.high(), limits.budgetHours());
        }
        if (crop.isPresent()) {
            adviseAeration(aeration, forecast);
        }
        if (advice.isEmpty() && score < 40) {
            advise(Advice.Kind.FINE, "Conditions are fine");
        }
    }

    private void adviseAeration(List<AerationWindow> aeration, List<WeatherPoint> forecast) {
        if (forecast.isEmpty()) {
            advise(Advice.Kind.NO_FORECAST, "No weather forecast imported: import one to get aeration advice");
        } else if (aeration.isEmpty()) {
            advise(Advice.Kind.FANS_OFF, "Keep the fans off: the forecast has no air cool and dry enough");
        } else {
            double hours = aeration.stream().mapToDouble(AerationWindow::hours).sum();
            advise(Advice.Kind.AERATE, String.format(Locale.ROOT, "Aerate: %.0f h in %d windows over the forecast, "
                    + "first from %s", hours, aeration.size(), aeration.get(0).from()), hours, aeration.size());
        }
    }

    private void advise(Advice.Kind kind, String text, double... values) {
        advice.add(new Advice(kind, text, values));
    }

    private StorageRisk risk(UnitReadings readings, Optional<Crop> crop, double moisture, double used, double left,
            double mkt, double excursion, double mould, double condensation, int score,
            List<AerationWindow> aeration, List<StoredLot> lots) {
        RiskLevel level = score < 0 ? RiskLevel.UNKNOWN : score >= 70 ? RiskLevel.HIGH
                : score >= 40 ? RiskLevel.MODERATE : RiskLevel.LOW;
        if (score < 0 && !readings.isEmpty()) {
            advice.add(0, new Advice(Advice.Kind.OUT_OF_DATE, "No reading for over a day: the judgement is out of date"));
        }
        return new StorageRisk(unit.code(), unit.type().name(), readings.isEmpty() ? Optional.empty()
                : Optional.of(readings.last()), readings.temperature().latest(), readings.humidity().latest(),
                moisture, crop, used, left, mkt, excursion, unit.type() == StorageType.COLD_ROOM ? limits.budgetHours() : 0, mould, condensation,
                Math.max(0, score), level, advice, aeration, lots);
    }
}
