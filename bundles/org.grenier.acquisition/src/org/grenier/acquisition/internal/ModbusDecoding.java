package org.grenier.acquisition.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.GapReason;

/**
 * Modbus RTU slaves on one RS-485 adapter, polled at the profile's interval. Slave N is recorded as sensor
 * {@code <sensor-id>/N}. A cycle in which no slave answered counts as a lost device for the watchdog.
 */
final class ModbusDecoding extends Decoding implements ModbusMaster.Listener {

    private final DeviceProfile profile;
    private final PortSession session;
    private final List<ModbusRequest> plan;
    private ModbusMaster master;
    private ScheduledFuture<?> poller;
    private boolean answered;
    private long arrived;

    ModbusDecoding(DeviceProfile profile, PortSession session) {
        this.profile = profile;
        this.session = session;
        this.plan = ModbusRequest.plan(profile.channels(), profile.modbus().batch());
    }

    @Override
    void connected(ScheduledExecutorService executor, Consumer<byte[]> send) {
        master = new ModbusMaster(plan, profile.modbus(), send, executor, this);
        poller = executor.scheduleAtFixedRate(() -> master.poll(), 0, profile.modbus().interval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    void disconnected() {
        if (poller != null) {
            poller.cancel(false);
        }
        if (master != null) {
            master.stop();
        }
        master = null;
    }

    @Override
    void received(byte[] bytes, Instant at, long arrivedNanos) {
        arrived = arrivedNanos;
        if (master != null) {
            master.received(bytes);
        }
    }

    @Override
    public void values(int slave, Map<String, Double> rawByField, Instant at) {
        answered = true;
        session.line();
        session.values(profile.sensorId() + "/" + slave, rawByField, at, arrived);
    }

    @Override
    public void refused(String reason, boolean crc) {
        session.refused(reason);
    }

    @Override
    public void timedOut(int slave, String what) {
        session.refused("slave " + slave + ", " + what);
    }

    @Override
    public void cycleDone() {
        if (!answered) {
            session.lost(GapReason.NO_MODBUS_SLAVE.text());
        }
        answered = false;
    }
}
