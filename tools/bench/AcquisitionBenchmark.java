import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.grenier.acquisition.internal.DeviceSimulator;
import org.grenier.acquisition.internal.SensorAcquisition;
import org.grenier.acquisition.jssc.internal.JsscDriver;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.DeviceProfileText;
import org.grenier.core.sensors.Protocol;
import org.grenier.core.sensors.SensorSimulator;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.core.store.Store;
import org.grenier.store.internal.H2StoreOpener;

/**
 * The acquisition benchmark of docs/BENCHMARKS.md, run by tools/benchmark-acquisition, in two processes so that
 * Grenier's CPU is its own:
 *   simulate SECONDS PORT...          plays a key=value sensor on each port as fast as 115,200 baud allows
 *   acquire STORE SECONDS PORT...     records every port into a new store, then prints the figures
 */
public class AcquisitionBenchmark {

    static final String PROFILE = """
            name = Benchmark sensor
            protocol = KEY_VALUE
            serial = 115200 8N1
            storage-unit = BENCH
            sensor-id = bench
            expected-interval = 1s
            channel.T = TEMPERATURE
            channel.H = RELATIVE_HUMIDITY
            channel.CO2 = CO2
            """;

    public static void main(String[] args) throws Exception {
        List<String> ports = List.of(args).subList(args[0].equals("simulate") ? 2 : 3, args.length);
        if (args[0].equals("simulate")) {
            simulate(Integer.parseInt(args[1]), ports);
        } else {
            acquire(Path.of(args[1]), Integer.parseInt(args[2]), ports);
        }
    }

    static void simulate(int seconds, List<String> ports) throws Exception {
        DeviceSimulator simulator = new DeviceSimulator(new JsscDriver());
        DeviceProfile profile = DeviceProfileText.parse(PROFILE, "benchmark").orElseThrow();
        List<SensorSimulator.Simulation> running = new ArrayList<>();
        for (String port : ports) {
            running.add(simulator.start(port, new SensorSimulator.Plan(Protocol.KEY_VALUE, profile.serial(), 4, 0,
                    Optional.empty())).orElseThrow());
        }
        Thread.sleep(seconds * 1000L);
        long sent = 0;
        for (SensorSimulator.Simulation simulation : running) {
            simulation.close();
            sent += simulation.sent();
        }
        System.out.println("sent-lines " + sent);
    }

    static void acquire(Path folder, int seconds, List<String> ports) throws Exception {
        DeviceProfile profile = DeviceProfileText.parse(PROFILE, "benchmark").orElseThrow();
        try (Store store = new H2StoreOpener().open(folder).orElseThrow()) {
            SensorAcquisition acquisition = new SensorAcquisition(new JsscDriver());
            for (String port : ports) {
                acquisition.start(store, port, profile).orElseThrow();
            }
            System.out.println("started");
            System.out.flush();
            long cpu0 = cpuNanos();
            long wall0 = System.nanoTime();
            List<Long> live = new ArrayList<>();
            for (int s = 0; s < seconds; s += 5) {
                Thread.sleep(5_000);
                live.add(liveHeapMb());
            }
            long lines = acquisition.sessions().stream().mapToLong(SessionStatus::lines).sum();
            Duration p99 = acquisition.commitLatency(0.99);
            Duration p50 = acquisition.commitLatency(0.5);
            acquisition.stopAll();
            double cpu = (cpuNanos() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            long stored = store.sensors().readingCount().orElseThrow();
            long refused = acquisition.sessions().stream().mapToLong(SessionStatus::rejected).sum();
            System.out.printf("received-lines %d stored-readings %d p50-ms %d p99-ms %d cpu-s %.2f wall-s %.2f "
                    + "cpu-percent-of-one-core %.1f live-heap-mb %s%n", lines, stored, p50.toMillis(), p99.toMillis(),
                    cpu, wall, 100 * cpu / wall, live);
        }
    }

    /** This process's CPU time (user and system) from Linux's /proc, in nanoseconds. */
    static long cpuNanos() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    }

    /** Heap still in use after the last collection: what the acquisition really holds. */
    static long liveHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                bytes += pool.getCollectionUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
