package org.grenier.core.store;

/**
 * One thing the store's integrity check found: rows that name a product, site or storage unit the store does not
 * know, days without any sale inside the sales history, sales lines stored twice, or a device connection lost.
 *
 * @param subject the code the rows name, the first missing day of a gap (ISO), the product of the first sale stored
 *        twice, or the port
 * @param rows how many rows (or days, for a gap) are concerned
 * @param detail the last missing day of a gap (ISO), the time of the first sale stored twice (ISO), the device
 *        profile of a port; empty otherwise
 */
public record IntegrityFinding(Kind kind, String subject, long rows, String detail) {

    public enum Kind {
        /** Sales lines for a product code missing from the catalogue: re-link them to a known product. */
        UNKNOWN_PRODUCT(true),
        /** Sales lines for a site code missing from the sites: re-link them to a known site. */
        UNKNOWN_SITE(true),
        /** Sensor readings or alerts for a storage unit the store does not know: re-link them to a known unit. */
        UNKNOWN_STORAGE_UNIT(true),
        /** Days inside the sales history with no sale at all: an export missed, most likely. */
        SALES_GAP(false),
        /** The same sale (time, product, site, quantity, customer) stored more than once. */
        DUPLICATE_SALES(false),
        /** A device was not heard for a while: its readings have a hole. */
        CONNECTION_GAP(false);

        private final boolean relinkable;

        Kind(boolean relinkable) {
            this.relinkable = relinkable;
        }

        /** Whether the rows can be re-linked to a known code. */
        public boolean relinkable() {
            return relinkable;
        }
    }
}
