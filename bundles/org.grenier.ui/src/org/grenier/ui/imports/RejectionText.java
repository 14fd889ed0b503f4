package org.grenier.ui.imports;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.grenier.core.imports.ImportTarget;
import org.grenier.core.imports.Rejection;
import org.grenier.ui.Numbers;

/**
 * Why a row was refused, in the user's language, worded from the rejection's facts; one with none reads as its
 * English reason. The column is told beside it, so the field's name is not repeated.
 */
public final class RejectionText {

    private RejectionText() {
    }

    public static String reason(Rejection rejection) {
        List<String> f = rejection.facts();
        return switch (rejection.problem()) {
            case SHIFTED_CELLS -> NLS.bind(ImportTexts.Rejection_ShiftedCells, f.get(0), f.get(1));
            case NOT_A_NUMBER -> ImportTexts.Rejection_NotANumber;
            case NOT_A_WHOLE_NUMBER -> ImportTexts.Rejection_NotAWholeNumber;
            case NOT_A_DATE -> NLS.bind(ImportTexts.Rejection_NotADate, f.get(0), f.get(1));
            case DATE_OUT_OF_RANGE -> NLS.bind(ImportTexts.Rejection_DateOutOfRange, f.get(0));
            case NOT_A_VALID_DATE -> NLS.bind(ImportTexts.Rejection_NotAValidDate, f.get(0), f.get(1));
            case TOO_LONG -> NLS.bind(ImportTexts.Rejection_TooLong, f.get(0));
            case OUT_OF_RANGE -> NLS.bind(ImportTexts.Rejection_OutOfRange, range(f), number(f.get(3)));
            case TOO_LARGE -> ImportTexts.Rejection_TooLarge;
            case REQUIRED -> ImportTexts.Rejection_Required;
            case UNKNOWN_STORAGE_UNIT -> ImportTexts.Rejection_UnknownStorageUnit;
            case UNKNOWN_PRODUCT -> NLS.bind(ImportTexts.Rejection_UnknownProduct, f.get(0));
            case UNKNOWN_SITE -> NLS.bind(ImportTexts.Rejection_UnknownSite, f.get(0));
            case NEGATIVE_QUANTITY -> NLS.bind(ImportTexts.Rejection_NegativeQuantity, f.get(0));
            case REPEATED -> NLS.bind(ImportTexts.Rejection_Repeated, f.get(0));
            case CONFLICT -> NLS.bind(ImportTexts.Rejection_Conflict, new Object[] {f.get(0), f.get(1),
                    sameKey(f.get(2))});
            case CONFLICT_NOT_IMPORTED -> NLS.bind(ImportTexts.Rejection_ConflictNotImported, sameKey(f.get(0)));
            case OTHER -> rejection.reason();
        };
    }

    /** What the two rows have in common, for the kind of record imported (an {@code ImportTarget}'s name). */
    private static String sameKey(String target) {
        return switch (ImportTarget.valueOf(target)) {
            case SALES_LINE, STOCK_MOVEMENT -> ImportTexts.Rejection_SameContent;
            case STOCK_LEVEL -> ImportTexts.Rejection_SameCount;
            case SKU, SUPPLY_TERMS -> ImportTexts.Rejection_SameProduct;
            case PRODUCTION_PLAN -> ImportTexts.Rejection_SameProduction;
            case WEATHER -> ImportTexts.Rejection_SameWeather;
            case STORAGE_UNIT -> ImportTexts.Rejection_SameStorageUnit;
        };
    }

    /** Whether the rejection names the column it was found in (a whole-row problem names none). */
    static boolean hasColumn(Rejection rejection) {
        return rejection.column() != null && !rejection.column().isEmpty();
    }

    /** A field's range from its facts: "above" or "least", the lowest, the highest or "". */
    private static String range(List<String> facts) {
        boolean above = facts.get(0).equals("above");
        if (facts.get(2).isEmpty()) {
            return NLS.bind(above ? ImportTexts.Rejection_Above : ImportTexts.Rejection_AtLeast,
                    number(facts.get(1)));
        }
        return NLS.bind(above ? ImportTexts.Rejection_AboveAtMost : ImportTexts.Rejection_Between,
                number(facts.get(1)), number(facts.get(2)));
    }

    /**
     * A number of the facts (written plainly, "150.5") as the user writes numbers ("150,5" in French), with the
     * decimals it was read with; a fact that is not a number is left as it is.
     */
    private static String number(String plain) {
        try {
            BigDecimal value = new BigDecimal(plain);
            return Numbers.number(value.doubleValue(), Math.max(0, value.scale()));
        } catch (NumberFormatException notANumber) {
            return plain;
        }
    }
}
