package org.grenier.optimize.internal.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockCount;
import org.grenier.core.model.StorageType;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.model.WeatherPoint;
import org.grenier.core.quality.Advice;
import org.grenier.core.quality.Crop;
import org.grenier.core.quality.QualityRisk;
import org.grenier.core.quality.RiskLevel;
import org.grenier.core.quality.StorageRisk;
import org.grenier.core.quality.StoredLot;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.store.Store;
import org.osgi.service.component.annotations.Component;

/**
 * Judges every storage unit of a store: silos by their crop's allowable storage time over a year of readings, every
 * unit by mould and condensation over the last week, cold rooms by mean kinetic temperature and excursions over the
 * last month, silos' aeration by the next week of imported forecasts.
 */
@Component(service = QualityRisk.class)
public class QualityAssessor implements QualityRisk {

    static final String RISK_SENSOR = "quality-risk";
    private static final Duration GRAIN_HISTORY = Duration.ofDays(365);
    private static final Duration HISTORY = Duration.ofDays(30);
    private static final Duration FORECAST = Duration.ofDays(7);

    @Override
    public double allowableStorageDays(Crop crop, double temperature, double moisture) {
        return GrainStorageTime.days(crop, temperature, moisture);
    }

    @Override
    public Result<List<StorageRisk>> assess(Store store, Instant now) {
        Result<List<StorageUnit>> units = store.storageUnits();
        Result<List<StockCount>> counts = store.planning().stockByUnit();
        Result<List<Sku>> skus = store.skus(Integer.MAX_VALUE);
        Result<List<WeatherPoint>> weather = store.planning().weather(now, now.plus(FORECAST));
        Result<List<AlertRule>> rules = store.sensors().alertRules();
        for (Result<?> read : List.of(units, counts, skus, weather, rules)) {
            if (read.failed()) {
                return Result.error("The storage risk could not be judged: " + read.message());
            }
        }
        Map<String, Sku> catalogue = skus.value().stream().collect(Collectors.toMap(Sku::code, Function.identity()));
        List<WeatherPoint> forecast = hourly(weather.value());
        List<StorageRisk> risks = new ArrayList<>();
        for (StorageUnit unit : units.value()) {
            Result<UnitReadings> readings = readings(store, unit, now);
            if (readings.failed()) {
                return Result.error(readings.message());
            }
            List<StoredLot> lots = lots(unit, counts.value(), catalogue);
            risks.add(new UnitAssessment(unit, now, limits(unit, rules.value())).assess(readings.value(),
                    crop(unit, lots, catalogue), forecast, lots));
        }
        risks.sort(Comparator.comparing((StorageRisk r) -> r.level() == RiskLevel.UNKNOWN)
                .thenComparing(Comparator.comparingInt(StorageRisk::score).reversed())
                .thenComparing(StorageRisk::storageUnit));
        return Result.ok(risks);
    }

    @Override
    public Result<Integer> raiseAlerts(Store store, List<StorageRisk> risks, Instant now) {
        Result<List<Alert>> open = store.sensors().alerts(true, 10_000);
        if (open.failed()) {
            return Result.error(open.message());
        }
        int raised = 0;
        for (StorageRisk risk : risks) {
            boolean alreadyOpen = open.value().stream().anyMatch(a -> a.kind() == AlertKind.STORAGE_RISK
                    && risk.storageUnit().equals(a.storageUnitCode()));
            if (risk.level() == RiskLevel.HIGH && !alreadyOpen) {
                Result<Alert> alert = store.sensors().raise(new Alert(0, risk.storageUnit(), RISK_SENSOR,
                        Measure.TEMPERATURE, AlertKind.STORAGE_RISK, now, risk.score(), String.format(Locale.ROOT,
                                "%s: storage risk %d/100. %s", risk.storageUnit(), risk.score(),
                                String.join(". ", risk.advice().stream().map(Advice::text).toList())), Optional.empty()));
                if (alert.failed()) {
                    return Result.error(alert.message());
                }
                raised++;
            }
        }
        return Result.ok(raised);
    }

    private static Result<UnitReadings> readings(Store store, StorageUnit unit, Instant now) {
        Instant from = now.minus(unit.type() == StorageType.SILO ? GRAIN_HISTORY : HISTORY);
        Map<Measure, ConditionHistory> histories = new HashMap<>();
        for (Measure measure : List.of(Measure.TEMPERATURE, Measure.RELATIVE_HUMIDITY, Measure.GRAIN_MOISTURE)) {
            var read = store.sensors().readings(unit.code(), measure, from, now.plusSeconds(1));
            if (read.failed()) {
                return Result.error(read.message());
            }
            histories.put(measure, new ConditionHistory(read.value()));
        }
        return Result.ok(new UnitReadings(histories.get(Measure.TEMPERATURE),
                histories.get(Measure.RELATIVE_HUMIDITY), histories.get(Measure.GRAIN_MOISTURE)));
    }

    private static List<StoredLot> lots(StorageUnit unit, List<StockCount> counts, Map<String, Sku> catalogue) {
        return counts.stream().filter(c -> unit.code().equals(c.storageUnitCode()) && c.quantity() > 0)
                .map(c -> new StoredLot(c.skuCode(), c.quantity(), c.quantity() * unitCost(catalogue.get(c.skuCode()))))
                .toList();
    }

    private static double unitCost(Sku sku) {
        return sku == null || sku.unitCost() == null ? 0 : sku.unitCost().doubleValue();
    }

    /** A silo's crop: the first stored product whose name or category names one. */
    private static Optional<Crop> crop(StorageUnit unit, List<StoredLot> lots, Map<String, Sku> catalogue) {
        if (unit.type() != StorageType.SILO) {
            return Optional.empty();
        }
        for (StoredLot lot : lots) {
            Sku sku = catalogue.get(lot.sku());
            Optional<Crop> crop = sku == null ? Optional.empty()
                    : Crop.named(sku.name()).or(() -> Crop.named(sku.category()));
            if (crop.isPresent()) {
                return crop;
            }
        }
        return Crop.named(unit.name());
    }

    private static ColdChainLimits limits(StorageUnit unit, List<AlertRule> rules) {
        return rules.stream().filter(r -> r.storageUnitCode().equals(unit.code())
                && r.measure() == Measure.TEMPERATURE && r.low().isPresent() && r.high().isPresent())
                .findFirst().map(r -> new ColdChainLimits(r.low().getAsDouble(), r.high().getAsDouble(),
                        ColdChainLimits.PHARMACY.budgetHours()))
                .orElse(ColdChainLimits.PHARMACY);
    }

    /** Forecasts only, the latest issue of each hour. */
    private static List<WeatherPoint> hourly(List<WeatherPoint> points) {
        Map<Instant, WeatherPoint> latest = new java.util.TreeMap<>();
        for (WeatherPoint point : points) {
            if (point.forecast()) {
                latest.merge(point.at(), point, (a, b) -> b.issuedAt().get().isAfter(a.issuedAt().get()) ? b : a);
            }
        }
        return List.copyOf(latest.values());
    }
}
