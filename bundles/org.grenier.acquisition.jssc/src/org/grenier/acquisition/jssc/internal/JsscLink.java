package org.grenier.acquisition.jssc.internal;

import java.io.IOException;
import java.lang.reflect.Field;

import org.grenier.acquisition.PortLink;
import org.grenier.acquisition.PortListener;
import org.grenier.core.sensors.GapReason;

import jssc.SerialPort;
import jssc.SerialPortEvent;
import jssc.SerialPortException;

/**
 * An open jssc port seen through acquisition's driver-neutral {@link PortLink}. On Linux and macOS a reader thread
 * sleeps in {@code poll()} until bytes or a hang-up arrive ({@link PortWait}); on Windows jssc's own events, which
 * block there, deliver the bytes.
 */
final class JsscLink implements PortLink {

    private static final int MAX_EMPTY_WAKEUPS = 100;

    private final SerialPort serial;
    private final PortListener listener;
    private PortWait wait;
    private Thread reader;
    private volatile boolean closed;

    JsscLink(SerialPort serial, PortListener listener) {
        this.serial = serial;
        this.listener = listener;
    }

    /** Starts delivering bytes: a poll() reader where there is one, jssc's events elsewhere. */
    void start() throws SerialPortException, IOException {
        if (!PortWait.available()) {
            serial.addEventListener(this::event, SerialPort.MASK_RXCHAR);
            return;
        }
        wait = new PortWait(descriptor(serial));
        reader = new Thread(this::read, "Grenier serial reader " + serial.getPortName());
        reader.setDaemon(true);
        reader.start();
    }

    /** jssc keeps the port's file descriptor private; poll() needs it. */
    private static int descriptor(SerialPort serial) throws IOException {
        try {
            Field handle = SerialPort.class.getDeclaredField("portHandle");
            handle.setAccessible(true);
            return (int) handle.getLong(serial);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot reach the descriptor of " + serial.getPortName() + ": " + e, e);
        }
    }

    private void read() {
        int empty = 0;
        try {
            while (!closed) {
                int flags = wait.await();
                if (flags == PortWait.WOKEN || closed) {
                    return;
                }
                int available = serial.getInputBufferBytesCount();
                if (available > 0) {
                    empty = 0;
                    deliver(serial.readBytes(available));
                } else if ((flags & (PortWait.POLLHUP | PortWait.POLLERR | PortWait.POLLNVAL)) != 0
                        || ++empty > MAX_EMPTY_WAKEUPS) {
                    listener.failed(GapReason.HUNG_UP.text(serial.getPortName()));
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                listener.failed(GapReason.CANNOT_READ.text(serial.getPortName(),
                        e instanceof SerialPortException port ? port.getExceptionType() : e.getMessage()));
            }
        }
    }

    private void deliver(byte[] chunk) {
        if (chunk != null && chunk.length > 0) {
            listener.received(chunk);
        }
    }

    void event(SerialPortEvent event) {
        if (!event.isRXCHAR() || event.getEventValue() <= 0) {
            return;
        }
        try {
            deliver(serial.readBytes(event.getEventValue()));
        } catch (SerialPortException e) {
            listener.failed(GapReason.CANNOT_READ.text(serial.getPortName(), e.getExceptionType()));
        }
    }

    @Override
    public String path() {
        return serial.getPortName();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        try {
            if (!serial.writeBytes(bytes)) {
                throw new IOException("the port refused " + bytes.length + " bytes");
            }
        } catch (SerialPortException e) {
            throw new IOException(e.getExceptionType(), e);
        }
    }

    /** Stops the reader before closing the port, so no thread is left waiting on a closed descriptor. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (wait != null) {
            wait.wake();
            try {
                reader.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!reader.isAlive()) {
                wait.close();
            }
        }
        closeQuietly(serial);
    }

    static void closeQuietly(SerialPort serial) {
        try {
            if (serial.isOpened()) {
                serial.closePort();
            }
        } catch (SerialPortException e) {
            // Closing a port whose device vanished fails; there is nothing left to release.
        }
    }
}
