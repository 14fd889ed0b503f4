package org.grenier.acquisition.internal;

/**
 * Reads one text line a device sent into named values. One instance serves one port session, on that session's
 * thread, so a protocol may keep state (a CSV header). It never throws for bad input: it says why it refused.
 */
interface LineProtocol {

    Decoded decode(String line);
}
