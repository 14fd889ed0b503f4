package org.grenier.core.model;

/** A silo, cold room or shelf inside a site, with the capacity a plan must respect. */
public record StorageUnit(String code, String siteCode, String name, StorageType type, double capacity,
        String capacityUnit) {

    public StorageUnit {
        Checks.code(code, "storage unit code");
        Checks.code(siteCode, "site code");
        Checks.text(name, "storage unit name");
        java.util.Objects.requireNonNull(type, "storage type");
        Checks.finite(capacity, "capacity");
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity of " + code + " must be positive, was " + capacity);
        }
        Checks.text(capacityUnit, "capacity unit");
    }
}
