package org.grenier.core.sensors;

/** An open serial connection that delivers the text lines a sensor sends. Close it to release the port. */
public interface SerialLine extends AutoCloseable {

    String port();

    /** Sends a line (a newline is added), for sensors that answer queries. */
    void send(String line);

    @Override
    void close();
}
