package org.grenier.ui.planning;

import org.eclipse.swt.SWT;
import org.grenier.core.quality.RiskLevel;
import org.grenier.ui.Messages;

/** Risk levels in the planner's language, and the colour that makes a high risk stand out. */
final class RiskLabels {

    private RiskLabels() {
    }

    static String level(RiskLevel level) {
        return switch (level) {
            case LOW -> Messages.Risk_Low;
            case MODERATE -> Messages.Risk_Moderate;
            case HIGH -> Messages.Risk_High;
            case UNKNOWN -> Messages.Risk_Unknown;
        };
    }

    /** A storage unit's type in words: "cold room", "chambre froide"; an unknown type as written, in words. */
    static String type(String type) {
        try {
            return switch (org.grenier.core.model.StorageType.valueOf(type)) {
                case SILO -> Messages.StorageType_SILO;
                case COLD_ROOM -> Messages.StorageType_COLD_ROOM;
                case SHELF -> Messages.StorageType_SHELF;
                case WAREHOUSE_BAY -> Messages.StorageType_WAREHOUSE_BAY;
            };
        } catch (IllegalArgumentException unknown) {
            return type.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        }
    }

    static String crop(org.grenier.core.quality.Crop crop) {
        return switch (crop) {
            case WHEAT -> Messages.Crop_WHEAT;
            case SHELLED_CORN -> Messages.Crop_SHELLED_CORN;
        };
    }

    static int colour(RiskLevel level) {
        return switch (level) {
            case LOW -> SWT.COLOR_DARK_GREEN;
            case MODERATE -> SWT.COLOR_DARK_YELLOW;
            case HIGH -> SWT.COLOR_RED;
            case UNKNOWN -> SWT.COLOR_DARK_GRAY;
        };
    }
}
