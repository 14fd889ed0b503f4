package org.grenier.core.model;

/** What kind of place a storage unit is; it decides which sensors and risks apply. */
public enum StorageType { SILO, COLD_ROOM, SHELF, WAREHOUSE_BAY }
