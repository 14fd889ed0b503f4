package org.grenier.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.grenier.core.Result;
import org.grenier.core.sensors.Acquisition;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.core.store.Store;
import org.grenier.core.units.Durations;

/** {@code grenier acquire}: records sensors on serial ports into the store, with a live line every minute. */
final class AcquireCommand implements Command {

    private final Services services;

    AcquireCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "acquire";
    }

    @Override
    public String summary() {
        return "record sensors on serial ports into the store (live line every minute)";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier acquire --port PORT[,PORT...] --profile NAME|FILE [--unit CODE]
                                       [--duration D] [--every D] [--db PATH]

                Records the device(s) on the port(s) with the device profile (built-in, saved, or a
                profile file; 'grenier ports' lists the ports). --unit ties the readings to a storage
                unit. Runs for --duration (e.g. 90s, 15m, 8h) or until Ctrl-C; every --every (1m)
                prints a line per port: lines received, readings stored, lines refused, bytes cut,
                readings dropped, reconnects, and the 99th-percentile time from a line's arrival to
                its commit. A silent or unplugged device is reopened by itself; on exit every
                buffered reading is written.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        var acquisition = services.find(Acquisition.class);
        if (acquisition.isEmpty()) {
            err.println("grenier acquire: the acquisition service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        Optional<String> ports = invocation.option("--port");
        Optional<String> profileName = invocation.option("--profile");
        if (ports.isEmpty() || profileName.isEmpty()) {
            err.println("grenier acquire: name the port with --port and the device with --profile; "
                    + "'grenier ports' lists the ports");
            return ExitCodes.USAGE;
        }
        Duration duration;
        Duration every;
        try {
            duration = invocation.option("--duration").map(Durations::parse).orElse(null);
            every = invocation.option("--every").map(Durations::parse).orElse(Duration.ofMinutes(1));
        } catch (IllegalArgumentException e) {
            err.println("grenier acquire: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            Result<DeviceProfile> profile = DeviceProfiles.find(acquisition.get(), store, profileName.get());
            if (profile.failed()) {
                err.println("grenier acquire: " + profile.message());
                return ExitCodes.USAGE;
            }
            DeviceProfile device = invocation.option("--unit").map(profile.value()::withStorageUnit)
                    .orElse(profile.value());
            return record(acquisition.get(), store, List.of(ports.get().split(",")), device, duration, every, out,
                    err);
        });
    }

    private int record(Acquisition acquisition, Store store, List<String> ports, DeviceProfile profile,
            Duration duration, Duration every, PrintStream out, PrintStream err) {
        List<String> started = new ArrayList<>();
        for (String port : ports) {
            Result<SessionStatus> session = acquisition.start(store, port.strip(), profile);
            if (session.failed()) {
                err.println("grenier acquire: " + session.message());
                started.forEach(acquisition::stop);
                return ExitCodes.FAILED;
            }
            started.add(port.strip());
        }
        out.printf("Recording %s on %s (%s) into %s. Ctrl-C to stop.%n", profile.name(), String.join(", ", started),
                profile.serial().describe(), store.folder());
        long cpuBefore = ProcessCpu.nanos();
        long wallBefore = System.nanoTime();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(done, Duration.ofSeconds(60));
        }, "Grenier acquire: Ctrl-C");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            waitAndReport(acquisition, stop, duration, every, out);
            String p99 = acquisition.commitLatency(0.99).toMillis() + " ms";
            long stored = 0;
            for (String port : started) {
                Result<SessionStatus> last = acquisition.stop(port);
                if (last.value() != null) {
                    line(out, last.value(), p99, "stopped");
                    stored += last.value().committed();
                }
                if (last.message() != null && !last.message().isBlank()) {
                    err.println("grenier acquire: " + last.message());
                }
            }
            double seconds = (System.nanoTime() - wallBefore) / 1e9;
            long cpu = ProcessCpu.nanos() - cpuBefore;
            if (cpuBefore >= 0 && cpu >= 0) {
                out.printf("CPU used: %.1f s in %.1f s (%.1f %% of one core)%n", cpu / 1e9, seconds,
                        100 * cpu / 1e9 / seconds);
            }
            if (stored == 0) {
                err.println("grenier acquire: nothing was recorded; check the port, the speed ("
                        + profile.serial().describe() + ") and the profile with a test read");
                return ExitCodes.FAILED;
            }
            return ExitCodes.OK;
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and waits for 'done'.
            }
        }
    }

    private static void waitAndReport(Acquisition acquisition, CountDownLatch stop, Duration duration, Duration every,
            PrintStream out) {
        long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        while (true) {
            long wait = Math.min(every.toNanos(), end - System.nanoTime());
            if (wait <= 0 || awaitQuietly(stop, Duration.ofNanos(wait))) {
                return;
            }
            report(acquisition, out, null);
        }
    }

    private static void report(Acquisition acquisition, PrintStream out, String label) {
        String p99 = acquisition.commitLatency(0.99).toMillis() + " ms";
        for (SessionStatus s : acquisition.sessions()) {
            line(out, s, p99, label);
        }
        out.flush();
    }

    private static void line(PrintStream out, SessionStatus s, String p99, String label) {
        out.printf("%s  %s  %-12s  lines %,d  stored %,d  refused %,d  cut %,d B  dropped %,d  reconnects %d"
                + "  p99 %s%s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), s.port(),
                label != null ? label : s.state().name().toLowerCase(java.util.Locale.ROOT), s.lines(), s.committed(),
                s.rejected(), s.cut(), s.dropped(), s.reconnects(), p99,
                s.lastProblem().map(p -> "  (" + p + ")").orElse(""));
    }

    private static boolean awaitQuietly(CountDownLatch latch, Duration wait) {
        try {
            return latch.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** The CPU time this process used, from Linux's /proc; -1 where it cannot be read. */
    static final class ProcessCpu {

        private ProcessCpu() {
        }

        static long nanos() {
            try {
                String stat = Files.readString(Path.of("/proc/self/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                return ticks * 10_000_000L;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }
}
