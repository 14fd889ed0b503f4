package org.grenier.acquisition.jssc.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * Sleeps in the kernel until a port has bytes or hangs up, with POSIX {@code poll()} called through Java's FFM.
 * jssc's own event thread on Linux asks each port for events in a loop with a 100 ns pause, which costs about 5 % of
 * a core per port even when nothing arrives; this costs nothing while the line is quiet. A pipe wakes the wait
 * when the port is closed, so no thread is ever left blocked on a closed descriptor.
 */
final class PortWait implements AutoCloseable {

    static final short POLLIN = 0x1;
    static final short POLLERR = 0x8;
    static final short POLLHUP = 0x10;
    static final short POLLNVAL = 0x20;
    /** What {@link #await()} answers when {@link #wake()} ended the wait. */
    static final int WOKEN = -1;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MethodHandle POLL = function("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG,
            JAVA_INT));
    private static final MethodHandle PIPE = function("pipe", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle WRITE = function("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS,
            JAVA_LONG));
    private static final MethodHandle CLOSE = function("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private final Arena arena = Arena.ofShared();
    private final MemorySegment fds = arena.allocate(16);
    private final int wakeRead;
    private final int wakeWrite;

    PortWait(int portFd) throws IOException {
        MemorySegment pipe = arena.allocate(8);
        if (call(PIPE, pipe) != 0) {
            arena.close();
            throw new IOException("cannot create the wake-up pipe for the serial reader");
        }
        wakeRead = pipe.get(JAVA_INT, 0);
        wakeWrite = pipe.get(JAVA_INT, 4);
        fds.set(JAVA_INT, 0, portFd);
        fds.set(JAVA_SHORT, 4, POLLIN);
        fds.set(JAVA_INT, 8, wakeRead);
        fds.set(JAVA_SHORT, 12, POLLIN);
    }

    /** True where FFM and poll() exist: Linux and macOS, not Windows (where jssc's events block properly). */
    static boolean available() {
        return POLL != null && PIPE != null && !System.getProperty("os.name", "").startsWith("Windows");
    }

    /** Blocks until the port is readable or hung up (returns its poll flags) or {@link #wake()} was called. */
    int await() throws IOException {
        while (true) {
            fds.set(JAVA_SHORT, 6, (short) 0);
            fds.set(JAVA_SHORT, 14, (short) 0);
            int ready = call(POLL, fds, 2L, -1);
            if (ready < 0) {
                continue; // EINTR from a signal (the JVM's own); errors show up as port flags instead.
            }
            if (fds.get(JAVA_SHORT, 14) != 0) {
                return WOKEN;
            }
            short flags = fds.get(JAVA_SHORT, 6);
            if (flags != 0) {
                return flags;
            }
        }
    }

    /** Ends a wait in progress (or the next one) from another thread. */
    void wake() {
        try (Arena once = Arena.ofConfined()) {
            MemorySegment one = once.allocate(1);
            one.set(java.lang.foreign.ValueLayout.JAVA_BYTE, 0, (byte) 1);
            long written = (long) WRITE.invokeExact(wakeWrite, one, 1L);
            if (written != 1) {
                throw new IllegalStateException("the wake-up pipe took " + written + " bytes");
            }
        } catch (Throwable e) {
            throw new IllegalStateException("cannot wake the serial reader", e);
        }
    }

    /** Call only once the waiting thread has ended. */
    @Override
    public void close() {
        call(CLOSE, wakeRead);
        call(CLOSE, wakeWrite);
        arena.close();
    }

    private static MethodHandle function(String name, FunctionDescriptor descriptor) {
        return LIBC.find(name).map(symbol -> LINKER.downcallHandle(symbol, descriptor)).orElse(null);
    }

    private static int call(MethodHandle function, Object... arguments) {
        try {
            Object result = function.invokeWithArguments(arguments);
            return result instanceof Long value ? (int) (long) value : (Integer) result;
        } catch (Throwable e) {
            throw new IllegalStateException("native call failed: " + e, e);
        }
    }
}
