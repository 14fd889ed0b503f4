package org.grenier.core.demo;

import java.math.BigDecimal;
import java.util.List;

import org.grenier.core.model.Sector;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StorageType;
import org.grenier.core.model.StorageUnit;

/** The products, sites and storage units of the demo cooperative. */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    static List<Sku> skus() {
        return List.of(
                sku("BLE-T1", "Blé tendre", "Céréales", "q", null, "19.50", "24.00"),
                sku("ORGE-B", "Orge brassicole", "Céréales", "q", null, "17.80", "22.50"),
                sku("MAIS-G", "Maïs grain", "Céréales", "q", null, "16.20", "20.10"),
                sku("POM-GALA", "Pomme Gala", "Fruits", "kg", 120, "0.62", "1.45"),
                sku("POM-TERRE", "Pomme de terre Charlotte", "Légumes", "kg", 180, "0.31", "0.95"),
                sku("CAROTTE", "Carotte des sables", "Légumes", "kg", 60, "0.28", "0.89"),
                sku("FROM-COMTE", "Comté 18 mois", "Crèmerie", "kg", 90, "11.40", "19.90"),
                sku("LAIT-CRU", "Lait cru", "Crèmerie", "L", 4, "0.45", "1.10"));
    }

    static List<Site> sites() {
        return List.of(new Site("VAL", "Coopérative du Val", "Bourgogne-Franche-Comté"),
                new Site("MOULIN", "Dépôt du Moulin", "Bourgogne-Franche-Comté"));
    }

    static List<StorageUnit> storageUnits() {
        return List.of(new StorageUnit("VAL-S1", "VAL", "Silo 1", StorageType.SILO, 1200, "q"),
                new StorageUnit("VAL-S2", "VAL", "Silo 2", StorageType.SILO, 900, "q"),
                new StorageUnit("VAL-CF1", "VAL", "Chambre froide 1", StorageType.COLD_ROOM, 40, "t"),
                new StorageUnit("MOULIN-R1", "MOULIN", "Rayonnage 1", StorageType.SHELF, 300, "palettes"));
    }

    static String storageUnitFor(Sku sku) {
        return switch (sku.category()) {
            case "Céréales" -> sku.code().startsWith("BLE") ? "VAL-S1" : "VAL-S2";
            case "Crèmerie", "Fruits", "Légumes" -> "VAL-CF1";
            default -> "MOULIN-R1";
        };
    }

    private static Sku sku(String code, String name, String category, String unit, Integer shelfLife, String cost,
            String price) {
        return new Sku(code, name, category, Sector.AGRICULTURE, unit, shelfLife, new BigDecimal(cost),
                new BigDecimal(price));
    }
}
