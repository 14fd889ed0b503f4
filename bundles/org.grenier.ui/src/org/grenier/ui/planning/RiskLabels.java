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

    static int colour(RiskLevel level) {
        return switch (level) {
            case LOW -> SWT.COLOR_DARK_GREEN;
            case MODERATE -> SWT.COLOR_DARK_YELLOW;
            case HIGH -> SWT.COLOR_RED;
            case UNKNOWN -> SWT.COLOR_DARK_GRAY;
        };
    }
}
