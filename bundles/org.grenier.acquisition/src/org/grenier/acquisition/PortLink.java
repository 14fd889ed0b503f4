package org.grenier.acquisition;

import java.io.IOException;

/** An open serial port. Close it to release the port; closing twice is harmless. */
public interface PortLink extends AutoCloseable {

    String path();

    void write(byte[] bytes) throws IOException;

    @Override
    void close();
}
