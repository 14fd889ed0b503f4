package org.grenier.store.internal;

/**
 * Whether H2 shares the equal values it reads, chosen for the heap before H2 reads its settings. H2 puts every value
 * it makes from the store file (a product code, a date, an amount) through one process-wide table of 1,024 entries,
 * so that equal values held in memory are one object: that saves memory and costs a hash and a comparison per value.
 * An import's commit reads back every page the cache let go, and there the sharing took a tenth of the writing
 * thread. With a heap of 512 MB or more, a million-line import ran 2-11 % faster without it, and its heap after a
 * full collection stayed about 30 MB. In 256 MB it ran about a tenth slower without it: the values read back then
 * outlive the young collections, and the collector ran out of room (docs/BENCHMARKS.md, 2026-11-22, fourth session).
 * A value given on the command line ({@code -Dh2.objectCache=true|false}) is left as it is.
 */
final class H2ValueCache {

    static final String PROPERTY = "h2.objectCache";

    /** The smallest heap measured to be better off without the sharing. */
    static final long ROOMY_HEAP = 512L << 20;

    private H2ValueCache() {
    }

    /** Must run before the first H2 class that reads its settings is initialised: H2 reads them once. */
    static void chooseForThisHeap() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, Boolean.toString(shares(Runtime.getRuntime().maxMemory())));
        }
    }

    static boolean shares(long maxHeapBytes) {
        return maxHeapBytes < ROOMY_HEAP;
    }
}
