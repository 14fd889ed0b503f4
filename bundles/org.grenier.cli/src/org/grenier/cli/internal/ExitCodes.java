package org.grenier.cli.internal;

/** Exit codes shared by every command, so scripts can tell a bad command line from a failed run. */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
