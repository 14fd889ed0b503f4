package org.grenier.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.grenier.core.Result;
import org.grenier.core.sensors.DeviceProfileText;
import org.grenier.core.sensors.Protocol;
import org.grenier.core.sensors.SensorSimulator;
import org.grenier.core.sensors.SensorSimulator.Simulation;
import org.grenier.core.units.Durations;

/** {@code grenier simulate}: plays sensors on the far end of serial links, for demonstrations and benchmarks. */
final class SimulateCommand implements Command {

    private final Services services;

    SimulateCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "play sensors on serial links (pseudo-terminals, null-modem cables) for demos and benchmarks";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier simulate --port PORT[,PORT...] --protocol KEY_VALUE|CSV|JSON|NMEA|MODBUS_RTU
                                        [--sensors N] [--rate LINES_PER_S] [--serial "115200 8N1"]
                                        [--replay FOLDER] [--duration D]

                Plays N sensors (1) on each port, as the built-in device profiles expect them. Line
                devices send --rate lines per second, or with --rate 0 as fast as the line's speed
                allows; Modbus slaves 1..N answer polls. --replay FOLDER replays the Intel Berkeley
                lab temperature and humidity logs (intelTemperatureTrain.csv...) instead of a
                synthetic signal. Make a pair of linked ports with
                socat pty,raw,echo=0,link=/tmp/ttyA pty,raw,echo=0,link=/tmp/ttyB
                and record /tmp/ttyA with 'grenier acquire' while this plays /tmp/ttyB.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        var simulator = services.find(SensorSimulator.class);
        if (simulator.isEmpty()) {
            err.println("grenier simulate: the simulator service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        SensorSimulator.Plan plan;
        Duration duration;
        try {
            plan = plan(invocation);
            duration = invocation.option("--duration").map(Durations::parse).orElse(null);
        } catch (IllegalArgumentException e) {
            err.println("grenier simulate: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Optional<String> ports = invocation.option("--port");
        if (ports.isEmpty()) {
            err.println("grenier simulate: name the far end of the link with --port");
            return ExitCodes.USAGE;
        }
        List<Simulation> running = new ArrayList<>();
        List<String> names = List.of(ports.get().split(","));
        for (String port : names) {
            Result<Simulation> started = simulator.get().start(port.strip(), plan);
            if (started.failed()) {
                err.println("grenier simulate: " + started.message());
                running.forEach(Simulation::close);
                return ExitCodes.FAILED;
            }
            running.add(started.value());
        }
        int sensors = Math.max(1, plan.sensors());
        out.printf("Playing %d %s %s on %s. Ctrl-C to stop.%n", sensors, plan.protocol(),
                sensors == 1 ? "sensor" : "sensors", String.join(", ", names));
        out.flush();
        waitFor(duration);
        long sent = 0;
        for (int i = 0; i < running.size(); i++) {
            running.get(i).close();
            sent += running.get(i).sent();
            out.printf("%s: sent %,d%n", names.get(i).strip(), running.get(i).sent());
        }
        out.printf("sent %,d in all%n", sent);
        return ExitCodes.OK;
    }

    private static SensorSimulator.Plan plan(Invocation invocation) {
        String protocol = invocation.option("--protocol").orElseThrow(() -> new IllegalArgumentException(
                "name the protocol with --protocol (KEY_VALUE, CSV, JSON, NMEA, MODBUS_RTU)"));
        Protocol chosen;
        try {
            chosen = Protocol.valueOf(protocol.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("protocol '" + protocol + "' is not one of KEY_VALUE, CSV, JSON, "
                    + "NMEA, MODBUS_RTU");
        }
        int sensors = number(invocation, "--sensors", 1);
        double rate = invocation.option("--rate").map(r -> Double.parseDouble(r.replace(',', '.'))).orElse(1.0);
        return new SensorSimulator.Plan(chosen, DeviceProfileText.serial(invocation.option("--serial")
                .orElse("9600 8N1")), sensors, rate, invocation.option("--replay").map(Path::of));
    }

    private static int number(Invocation invocation, String option, int fallback) {
        try {
            return invocation.option(option).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number");
        }
    }

    /** Until the duration ends, or forever: Ctrl-C ends the process, and the far end simply goes quiet. */
    private static void waitFor(Duration duration) {
        try {
            new CountDownLatch(1).await(duration == null ? Long.MAX_VALUE : duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
