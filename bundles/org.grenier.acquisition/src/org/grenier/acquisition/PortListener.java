package org.grenier.acquisition;

/** Receives what an open port delivers, on the driver's thread. */
public interface PortListener {

    void received(byte[] bytes);

    /** The port failed (device gone, I/O error); the link is no longer usable. */
    void failed(String problem);
}
