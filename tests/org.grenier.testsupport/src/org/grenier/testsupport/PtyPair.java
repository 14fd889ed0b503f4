package org.grenier.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Two connected pseudo-terminals made by socat: a real serial port pair for tests. One end is opened by the code
 * under test, the other by the sensor simulator (or the test itself).
 */
public final class PtyPair implements AutoCloseable {

    private final Process socat;
    private final Path portA;
    private final Path portB;

    private PtyPair(Process socat, Path portA, Path portB) {
        this.socat = socat;
        this.portA = portA;
        this.portB = portB;
    }

    public static PtyPair open(Path folder) throws IOException, InterruptedException {
        Path a = folder.resolve("ttyGrenierA");
        Path b = folder.resolve("ttyGrenierB");
        Process socat;
        try {
            socat = new ProcessBuilder("socat", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                    .redirectErrorStream(true).redirectOutput(folder.resolve("socat.log").toFile()).start();
        } catch (IOException e) {
            throw new IOException("socat is needed for serial-port tests (Debian: apt-get install socat)", e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!socat.isAlive() || Instant.now().isAfter(deadline)) {
                socat.destroyForcibly();
                throw new IOException("socat did not create the pty pair; see " + folder.resolve("socat.log"));
            }
            Thread.sleep(20);
        }
        return new PtyPair(socat, a, b);
    }

    /** The end the code under test opens. */
    public Path portA() {
        return portA;
    }

    /** The far end, where the simulated sensor writes and reads. */
    public Path portB() {
        return portB;
    }

    /** Ends socat, as when a sensor's cable is pulled. */
    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        socat.waitFor();
    }
}
