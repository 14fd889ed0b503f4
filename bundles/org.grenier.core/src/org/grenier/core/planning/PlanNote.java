package org.grenier.core.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.grenier.core.planning.OrderOptimisation.LimitUse;

/**
 * Something a planner should know about a plan or a stock valuation, kept as its facts rather than as a sentence: the
 * command line writes it in English ({@link #english()}), the workbench in the user's language, with numbers and
 * dates in the user's locale.
 */
public sealed interface PlanNote {

    /** The note in English, as the command line and the logs write it. */
    String english();

    /**
     * A storage unit runs full by a day in one path in twenty ({@code pathShare} of the paths over the horizon),
     * refusing {@code refused} on average: move or sell about that much by {@code actBy}.
     */
    record UnitRunsFull(String unit, LocalDate fullBy, double pathShare, double refused, LocalDate actBy)
            implements PlanNote {
        @Override
        public String english() {
            return String.format(Locale.ROOT, "%s runs full by %s in one path in twenty (in %.0f %% of paths over the "
                    + "horizon), refusing %.0f on average: move or sell about %.0f from it by %s, or spread the "
                    + "deliveries and harvests due then", unit, fullBy, 100 * pathShare, refused, Math.ceil(refused),
                    actBy);
        }
    }

    /**
     * No order plan keeps the limits, even with the smallest lots and lowered service; each product keeps its own
     * best policy. {@code over} holds each limit that cannot be kept: its room ({@code available}) and the least its
     * products need ({@code planned}); empty when only all the limits together cannot be kept.
     */
    record NoPlanFits(List<LimitUse> over) implements PlanNote {
        public NoPlanFits {
            over = List.copyOf(over);
        }

        @Override
        public String english() {
            String why = over.isEmpty() ? "the limits cannot all be kept together"
                    : over.stream().map(NoPlanFits::english).collect(Collectors.joining("; "));
            return "No order plan fits, even with the smallest lots and service lowered by up to 20 points: " + why
                    + ". Each product keeps its own best policy.";
        }

        private static String english(LimitUse limit) {
            return OrderOptimisation.BUDGET.equals(limit.limit())
                    ? String.format(Locale.ROOT, "the budget is %.0f but the stock would be worth at least %.0f",
                            limit.available(), limit.planned())
                    : String.format(Locale.ROOT, "%s has room for %.0f but its products need at least %.0f",
                            limit.limit(), limit.available(), limit.planned());
        }
    }

    /** Products whose service level was lowered to fit these limits (storage units, or the budget). */
    record ServiceLowered(int products, List<String> limits) implements PlanNote {
        public ServiceLowered {
            limits = List.copyOf(limits);
        }

        @Override
        public String english() {
            return products + (products == 1 ? " product had its" : " products had their") + " service level "
                    + "lowered to fit " + limits.stream().map(l -> OrderOptimisation.BUDGET.equals(l) ? "the budget"
                            : l).collect(Collectors.joining(" and "));
        }
    }

    /** A product with no demand foreseen: it gets nothing to order. */
    record NoDemand(String product) implements PlanNote {
        @Override
        public String english() {
            return "No demand is foreseen for " + product + ": nothing to order";
        }
    }

    /** Products without supply terms, planned with assumed ones. */
    record NoSupplyTerms(int products) implements PlanNote {
        @Override
        public String english() {
            return products + (products == 1 ? " product has" : " products have") + " no supply terms: a week's lead "
                    + "time, 50 an order, packs of 1 and a 25 % holding rate were assumed";
        }
    }

    /** The store has no stock counts: every product starts with nothing on hand. */
    record NoStockCounts() implements PlanNote {
        @Override
        public String english() {
            return "The store has no stock counts: every product starts the plan with nothing on hand";
        }
    }

    /** Planned productions of products with no demand outlook, left out of the plan. */
    record UnplannedProduction(int productions) implements PlanNote {
        @Override
        public String english() {
            return productions + (productions == 1 ? " planned production" : " planned productions") + " within the "
                    + "horizon " + (productions == 1 ? "is" : "are") + " of products with no demand outlook: "
                    + (productions == 1 ? "it is" : "they are") + " left out of the plan";
        }
    }

    /** Products with no costed receipt, valued at their catalogue cost. */
    record NoCostedReceipt(int products) implements PlanNote {
        @Override
        public String english() {
            return products + (products == 1 ? " product has" : " products have") + " no costed receipt: "
                    + (products == 1 ? "its" : "their") + " stock is valued at the catalogue cost";
        }
    }

    /** Products never counted, whose stock is what their movements leave. */
    record NeverCounted(int products) implements PlanNote {
        @Override
        public String english() {
            return products + (products == 1 ? " product was" : " products were") + " never counted: "
                    + (products == 1 ? "its" : "their") + " stock is what " + (products == 1 ? "its" : "their")
                    + " movements leave";
        }
    }
}
