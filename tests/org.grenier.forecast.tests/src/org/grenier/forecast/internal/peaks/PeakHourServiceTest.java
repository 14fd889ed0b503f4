package org.grenier.forecast.internal.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.forecast.HourlyOrders;
import org.grenier.core.forecast.PeakHourClassification;
import org.grenier.core.forecast.PeakHourReport;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;

/** The peak-hour classifier, as other bundles get it, on ten weeks of simulated delivery orders. */
class PeakHourServiceTest {

    private final PeakHourClassification classifier = OsgiServices.get(PeakHourClassification.class);

    @Test
    void lunchEveningsWeekendsAndHotDaysAreToldApartWithHonestChances() {
        PeakHourReport report = classifier.evaluate(orders(10 * 7 * 24, new Random(3)), 0.2, 0.25,
                new NullProgressMonitor()).orElseThrow();
        assertEquals(0.8, report.baselineAccuracy(), 0.06, "about a fifth of test hours peak");
        assertTrue(report.accuracy() > report.baselineAccuracy() + 0.08, report.toString());
        assertTrue(report.f1() > 0.7, report.toString());
        assertTrue(report.brier() < 0.1, report.toString());
        assertTrue(report.calibrationError() < 0.08, report.toString());
        assertEquals(report.testHours(), report.calibration().stream().mapToInt(PeakHourReport.CalibrationBin::hours)
                .sum());
    }

    @Test
    void tooShortAHistoryIsRefusedWithItsLength() {
        Result<PeakHourReport> result = classifier.evaluate(orders(500, new Random(1)), 0.2, 0.25,
                new NullProgressMonitor());
        assertEquals("peak hours need at least 840 hours of orders (five weeks), have 500", result.message());
    }

    /** Orders by hour: lunch and evening rushes, busier weekends, hot evenings busier still, noise. */
    static HourlyOrders orders(int hours, Random random) {
        List<LocalDateTime> times = new ArrayList<>();
        double[] orders = new double[hours];
        double[] temperatures = new double[hours];
        LocalDateTime start = LocalDateTime.of(2025, 6, 2, 0, 0);
        double dailyHeat = 20;
        for (int t = 0; t < hours; t++) {
            LocalDateTime time = start.plusHours(t);
            if (time.getHour() == 0) {
                dailyHeat = 16 + 16 * random.nextDouble();
            }
            double temperature = dailyHeat + 5 * Math.sin(2 * Math.PI * (time.getHour() - 9) / 24);
            int hour = time.getHour();
            double rate = hour < 8 ? 2 : hour >= 11 && hour <= 13 ? 30 : hour >= 18 && hour <= 20 ? 35 : 12;
            rate *= time.getDayOfWeek().getValue() >= 6 ? 1.4 : 1;
            rate *= temperature > 27 && hour >= 17 ? 1.5 : 1;
            times.add(time);
            temperatures[t] = temperature;
            orders[t] = Math.max(0, Math.round(rate + Math.sqrt(rate) * random.nextGaussian()));
        }
        return new HourlyOrders(times, orders, temperatures);
    }
}
