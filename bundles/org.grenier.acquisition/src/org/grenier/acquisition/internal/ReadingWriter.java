package org.grenier.acquisition.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.grenier.core.Result;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.sensors.ConnectionGap;
import org.grenier.core.store.SensorLog;

/**
 * Writes the readings of every port session of one store, in batches, on a thread of its own. A batch is one
 * transaction; its readings are acknowledged to their sessions only after it is committed, and a batch the store
 * refused is kept and tried again, so nothing acknowledged is ever lost and nothing is lost silently. The queue is
 * bounded: when the store falls behind, sessions wait, and beyond that they count what they had to drop.
 */
final class ReadingWriter implements ReadingSink, AutoCloseable {

    static final int CAPACITY = 100_000;
    private static final int BATCH = 20_000;
    /**
     * Each commit is written to the file before it is acknowledged, which costs a page write of every table touched:
     * commits come at most this often, so a busy store writes large batches rather than many small ones.
     */
    private static final long COMMIT_EVERY_NANOS = 100_000_000L;
    /** Limits changed while recording (in the workbench or by grenier rules) are at work within this time. */
    static final long RULES_EVERY_NANOS = 5_000_000_000L;

    /** A reading waiting for its commit, with whom to tell and when its line arrived. */
    record Pending(SensorReading reading, PortSession from, long arrivedNanos) {
    }

    private final SensorLog log;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Latencies latencies = new Latencies();
    private final AtomicLong committed = new AtomicLong();
    private final AlertEngine alerts;
    private final Thread thread;
    private volatile boolean closing;
    private volatile String lastProblem;
    private long outstanding;
    private long rulesReadNanos;

    ReadingWriter(SensorLog log, String storeName) {
        this.log = log;
        Result<List<AlertRule>> rules = log.alertRules();
        this.alerts = new AlertEngine(rules.failed() ? AlertRule.defaults() : rules.value());
        this.rulesReadNanos = System.nanoTime();
        this.thread = new Thread(this::run, "Grenier sensor writer: " + storeName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public boolean offer(SensorReading reading, PortSession from, long arrivedNanos) throws InterruptedException {
        Pending pending = new Pending(reading, from, arrivedNanos);
        synchronized (this) {
            outstanding++;
        }
        if (!closing && queue.offer(pending, 2, TimeUnit.SECONDS)) {
            return true;
        }
        done(1);
        return false;
    }

    @Override
    public void gap(ConnectionGap gap) {
        log.recordGap(gap);
    }

    /** A device went silent: a sensor fault, raised with the other alerts. */
    @Override
    public void silent(String sensorId, String storageUnit, Instant since, Instant now) {
        List<Alert> raised;
        synchronized (alerts) {
            raised = alerts.silent(sensorId, storageUnit, since, now);
        }
        raised.forEach(log::raise);
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(BATCH);
        long lastCommit = 0;
        while (!(closing && queue.isEmpty())) {
            try {
                long wait = lastCommit + COMMIT_EVERY_NANOS - System.nanoTime();
                if (wait > 0 && !closing && queue.size() < CAPACITY / 2) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                lastCommit = System.nanoTime();
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                commit(batch);
                done(batch.size());
                batch.clear();
            } catch (InterruptedException e) {
                closing = true;
            }
        }
    }

    /** Tries the batch until the store takes it: readings on a farm site are worth a retry. */
    private void commit(List<Pending> batch) throws InterruptedException {
        List<SensorReading> readings = new ArrayList<>(batch.size());
        batch.forEach(p -> readings.add(p.reading()));
        long wait = 50;
        while (true) {
            Result<Integer> stored = log.append(readings);
            if (!stored.failed()) {
                break;
            }
            lastProblem = stored.message();
            if (closing && wait > 2_000) {
                return;
            }
            Thread.sleep(wait);
            wait = Math.min(5_000, wait * 2);
        }
        long now = System.nanoTime();
        for (Pending p : batch) {
            latencies.add(now - p.arrivedNanos());
            p.from().acknowledge(1);
        }
        committed.addAndGet(batch.size());
        watch(readings);
    }

    private void watch(List<SensorReading> readings) {
        List<AlertRule> rules = rulesIfDue();
        List<Alert> raised = new ArrayList<>();
        synchronized (alerts) {
            if (rules != null) {
                alerts.use(rules);
            }
            readings.forEach(r -> raised.addAll(alerts.observe(r)));
        }
        raised.forEach(log::raise);
    }

    /** The rules read again when they are due; null when not due or unreadable (the last ones stay at work). */
    private List<AlertRule> rulesIfDue() {
        long now = System.nanoTime();
        if (now - rulesReadNanos < RULES_EVERY_NANOS) {
            return null;
        }
        rulesReadNanos = now;
        Result<List<AlertRule>> rules = log.alertRules();
        return rules.failed() ? null : rules.value();
    }

    private synchronized void done(int count) {
        outstanding -= count;
        notifyAll();
    }

    /** Waits until every reading queued so far is committed, or the wait runs out. */
    boolean flush(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            while (outstanding > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, Math.min(50, left / 1_000_000)));
            }
        }
        return true;
    }

    long committed() {
        return committed.get();
    }

    Latencies latencies() {
        return latencies;
    }

    String lastProblem() {
        return lastProblem;
    }

    /** Writes what is queued, then stops the thread. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
