package org.grenier.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.h2.value.ValueVarchar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's sharing of equal values: kept in a small heap, left out in a roomy one, decided before H2 reads it. */
class H2ValueCacheTest {

    @TempDir
    Path folder;

    @Test
    void sharesValuesOnlyInASmallHeap() {
        assertTrue(H2ValueCache.shares(256L << 20));
        assertTrue(H2ValueCache.shares((512L << 20) - 1));
        assertFalse(H2ValueCache.shares(512L << 20));
        assertFalse(H2ValueCache.shares(2L << 30));
    }

    @Test
    void theChoiceReachesH2ThroughTheStoreService() {
        try (Store store = OsgiServices.get(StoreOpener.class).open(folder).orElseThrow()) {
            boolean expected = H2ValueCache.shares(Runtime.getRuntime().maxMemory());
            assertEquals(Boolean.toString(expected), System.getProperty(H2ValueCache.PROPERTY));
            // H2 reads the property once, when its settings class is initialised: the values it makes tell whether
            // the choice came in time. With sharing, the second of two equal values is the first one.
            boolean shared = ValueVarchar.get(new String("Île-de-France")) == ValueVarchar.get(
                    new String("Île-de-France"));
            assertEquals(expected, shared, "H2 shares equal values: " + shared);
        }
    }
}
