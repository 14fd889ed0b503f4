package org.grenier.acquisition.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.grenier.acquisition.PortLink;
import org.grenier.acquisition.PortListener;
import org.grenier.acquisition.SerialDriver;
import org.grenier.core.Result;
import org.grenier.core.sensors.Protocol;
import org.grenier.core.sensors.SensorSimulator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Plays devices on the far end of a serial link through the same driver Grenier reads with. Line devices send
 * paced lines (at the asked rate, or as fast as the line's speed allows); Modbus slaves 1..N answer polls with
 * their registers (input registers 30001-30003: temperature and humidity in tenths, CO2 in ppm).
 */
@Component(service = SensorSimulator.class)
public class DeviceSimulator implements SensorSimulator {

    @Reference
    private SerialDriver driver;

    /** For Declarative Services, which sets the driver. */
    public DeviceSimulator() {
    }

    /** For a process without OSGi (benchmarks). */
    public DeviceSimulator(SerialDriver driver) {
        this.driver = driver;
    }

    @Override
    public Result<Simulation> start(String port, Plan plan) {
        SignalSource signal;
        try {
            signal = plan.replay().isPresent() ? SignalSource.intelLab(plan.replay().get()) : SignalSource.synthetic(1);
        } catch (IOException | RuntimeException e) {
            return Result.error("Cannot replay " + plan.replay().get() + ": " + e.getMessage());
        }
        return plan.protocol() == Protocol.MODBUS_RTU ? modbus(port, plan, signal) : lines(port, plan, signal);
    }

    private Result<Simulation> lines(String port, Plan plan, SignalSource signal) {
        Result<PortLink> opened = driver.open(port, plan.serial(), ignoring());
        if (opened.failed()) {
            return Result.error(opened.message());
        }
        LineSender sender = new LineSender(opened.value(), plan, signal);
        Thread thread = new Thread(sender, "Grenier simulator " + port);
        thread.setDaemon(true);
        thread.start();
        return Result.ok(sender);
    }

    private Result<Simulation> modbus(String port, Plan plan, SignalSource signal) {
        List<ModbusSlaveSimulator> slaves = new ArrayList<>();
        AtomicLong answered = new AtomicLong();
        long started = System.nanoTime();
        PortLink[] link = new PortLink[1];
        Result<PortLink> opened = driver.open(port, plan.serial(), new PortListener() {
            @Override
            public void received(byte[] bytes) {
                slaves.forEach(slave -> slave.received(bytes));
            }

            @Override
            public void failed(String problem) {
                // The reading side went away; a real slave would wait for the next request too.
            }
        });
        if (opened.failed()) {
            return Result.error(opened.message());
        }
        link[0] = opened.value();
        for (int n = 1; n <= Math.max(1, plan.sensors()); n++) {
            int sensor = n - 1;
            slaves.add(new ModbusSlaveSimulator(n, address -> register(signal, sensor, started, address),
                    address -> register(signal, sensor, started, address), bytes -> {
                        try {
                            link[0].write(bytes);
                            answered.incrementAndGet();
                        } catch (IOException e) {
                            // The master is gone; it will ask again when it is back.
                        }
                    }));
        }
        return Result.ok(new Simulation() {
            @Override
            public long sent() {
                return answered.get();
            }

            @Override
            public void close() {
                link[0].close();
            }
        });
    }

    /** Registers 0..2: temperature and humidity in tenths, CO2 in ppm; the signal steps once a second. */
    private static int register(SignalSource signal, int sensor, long started, int address) {
        double[] v = signal.values(sensor, (System.nanoTime() - started) / 1_000_000_000L);
        return switch (address) {
            case 0 -> (int) Math.round(v[0] * 10);
            case 1 -> (int) Math.round(v[1] * 10);
            case 2 -> (int) Math.round(v[2]);
            default -> 0;
        };
    }

    private static PortListener ignoring() {
        return new PortListener() {
            @Override
            public void received(byte[] bytes) {
                // Line devices do not listen.
            }

            @Override
            public void failed(String problem) {
                // Nor do they care who reads.
            }
        };
    }

    /** Sends lines paced in 10 ms slices: by the asked rate, or by the bytes the line's speed lets through. */
    private static final class LineSender implements Runnable, Simulation {

        private final PortLink link;
        private final Plan plan;
        private final SignalSource signal;
        private final AtomicLong sent = new AtomicLong();
        private volatile boolean closed;

        LineSender(PortLink link, Plan plan, SignalSource signal) {
            this.link = link;
            this.plan = plan;
            this.signal = signal;
        }

        @Override
        public void run() {
            long started = System.nanoTime();
            double bytesPerSecond = plan.serial().baudRate() / plan.serial().bitsPerCharacter();
            long bytes = 0;
            long lines = 0;
            try {
                if (plan.protocol() == Protocol.CSV) {
                    bytes += write(SimulatedLines.csvHeader());
                }
                while (!closed) {
                    double elapsed = (System.nanoTime() - started) / 1e9;
                    boolean due = plan.linesPerSecond() > 0 ? lines < elapsed * plan.linesPerSecond()
                            : bytes < elapsed * bytesPerSecond;
                    if (!due) {
                        Thread.sleep(10);
                        continue;
                    }
                    int sensor = (int) (lines % Math.max(1, plan.sensors()));
                    long step = lines / Math.max(1, plan.sensors());
                    String name = String.format("S%02d", sensor + 1);
                    bytes += write(SimulatedLines.line(plan.protocol(), name, signal.values(sensor, step)));
                    lines++;
                    sent.incrementAndGet();
                }
            } catch (IOException | InterruptedException e) {
                closed = true;
            }
        }

        private int write(String line) throws IOException {
            byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.US_ASCII);
            link.write(bytes);
            return bytes.length;
        }

        @Override
        public long sent() {
            return sent.get();
        }

        @Override
        public void close() {
            closed = true;
            link.close();
        }
    }
}
