package org.grenier.imports.internal;

import java.util.Map;

import org.grenier.core.model.MovementKind;
import org.grenier.core.model.Sector;
import org.grenier.core.model.StorageType;

/**
 * The words exports use for Grenier's coded values — trades, kinds of storage, kinds of stock movement — in English
 * and French, matched after {@link ColumnNames#normalise} (lower case, no accents). A profile's own lookup comes
 * first; these are what is left when a file writes the word the way people say it.
 */
final class CodeWords {

    private static final Map<String, Sector> SECTORS = Map.ofEntries(Map.entry("retail", Sector.RETAIL),
            Map.entry("commerce", Sector.RETAIL), Map.entry("detail", Sector.RETAIL),
            Map.entry("grande distribution", Sector.RETAIL), Map.entry("pharmacy", Sector.PHARMACY),
            Map.entry("pharmacie", Sector.PHARMACY), Map.entry("luxury", Sector.LUXURY),
            Map.entry("luxe", Sector.LUXURY), Map.entry("agriculture", Sector.AGRICULTURE),
            Map.entry("agricole", Sector.AGRICULTURE), Map.entry("farm", Sector.AGRICULTURE));

    private static final Map<String, StorageType> STORAGE_TYPES = Map.ofEntries(
            Map.entry("silo", StorageType.SILO), Map.entry("cellule", StorageType.SILO),
            Map.entry("bin", StorageType.SILO), Map.entry("cold room", StorageType.COLD_ROOM),
            Map.entry("cold store", StorageType.COLD_ROOM), Map.entry("chambre froide", StorageType.COLD_ROOM),
            Map.entry("frigo", StorageType.COLD_ROOM), Map.entry("chambre frigorifique", StorageType.COLD_ROOM),
            Map.entry("shelf", StorageType.SHELF), Map.entry("shelving", StorageType.SHELF),
            Map.entry("etagere", StorageType.SHELF), Map.entry("rayonnage", StorageType.SHELF),
            Map.entry("warehouse", StorageType.WAREHOUSE_BAY), Map.entry("bay", StorageType.WAREHOUSE_BAY),
            Map.entry("entrepot", StorageType.WAREHOUSE_BAY), Map.entry("hangar", StorageType.WAREHOUSE_BAY),
            Map.entry("magasin", StorageType.WAREHOUSE_BAY), Map.entry("case", StorageType.WAREHOUSE_BAY));

    private static final Map<String, MovementKind> MOVEMENTS = Map.ofEntries(
            Map.entry("receipt", MovementKind.RECEIPT), Map.entry("in", MovementKind.RECEIPT),
            Map.entry("purchase", MovementKind.RECEIPT), Map.entry("delivery in", MovementKind.RECEIPT),
            Map.entry("entree", MovementKind.RECEIPT), Map.entry("reception", MovementKind.RECEIPT),
            Map.entry("achat", MovementKind.RECEIPT), Map.entry("issue", MovementKind.ISSUE),
            Map.entry("out", MovementKind.ISSUE), Map.entry("shipment", MovementKind.ISSUE),
            Map.entry("sortie", MovementKind.ISSUE), Map.entry("expedition", MovementKind.ISSUE),
            Map.entry("livraison", MovementKind.ISSUE), Map.entry("vente", MovementKind.ISSUE),
            Map.entry("transfer", MovementKind.TRANSFER), Map.entry("transfert", MovementKind.TRANSFER),
            Map.entry("loss", MovementKind.LOSS), Map.entry("waste", MovementKind.LOSS),
            Map.entry("perte", MovementKind.LOSS), Map.entry("casse", MovementKind.LOSS),
            Map.entry("freinte", MovementKind.LOSS), Map.entry("dechet", MovementKind.LOSS),
            Map.entry("count", MovementKind.COUNT), Map.entry("inventaire", MovementKind.COUNT));

    private CodeWords() {
    }

    static String sector(String text) {
        return word(text, Sector.values(), SECTORS, "a sector: expected one of retail, pharmacy, luxury, agriculture");
    }

    static String storageType(String text) {
        return word(text, StorageType.values(), STORAGE_TYPES,
                "a kind of storage: expected silo, cold room, shelf or warehouse bay");
    }

    static String movementKind(String text) {
        return word(text, MovementKind.values(), MOVEMENTS,
                "a movement: expected receipt, issue, transfer, loss or count");
    }

    /** The enumeration's own name (any case, spaces for underscores) or a known word, else why not. */
    private static <E extends Enum<E>> String word(String text, E[] values, Map<String, E> words, String expected) {
        String spoken = text.strip().replace(' ', '_');
        for (E value : values) {
            if (value.name().equalsIgnoreCase(spoken)) {
                return value.name();
            }
        }
        E known = words.get(ColumnNames.normalise(text));
        if (known == null) {
            throw new IllegalArgumentException("not " + expected + " (or a lookup in the profile)");
        }
        return known.name();
    }
}
