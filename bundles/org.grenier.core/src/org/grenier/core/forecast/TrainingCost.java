package org.grenier.core.forecast;

/**
 * What a training run cost, as measured while it ran: the whole run (backtests included), the final fit and forecast
 * alone (what producing a forecast afresh costs), and the memory allocated on the way. -1 where not measured (runs
 * recorded before these were kept).
 */
public record TrainingCost(long trainingMillis, long fitMillis, long allocatedBytes) {

    public static final TrainingCost UNMEASURED = new TrainingCost(-1, -1, -1);

    public boolean measured() {
        return trainingMillis >= 0;
    }

    public double allocatedMegabytes() {
        return allocatedBytes < 0 ? Double.NaN : allocatedBytes / (1024.0 * 1024.0);
    }
}
