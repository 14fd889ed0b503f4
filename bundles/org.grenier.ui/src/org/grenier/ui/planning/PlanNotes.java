package org.grenier.ui.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.grenier.core.planning.OrderOptimisation;
import org.grenier.core.planning.OrderOptimisation.LimitUse;
import org.grenier.core.planning.PlanNote;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;

/**
 * What the planner should know about a plan or a valuation, in the user's language, with numbers and dates in the
 * user's locale. The planning service keeps each note as its facts; the command line writes them in English.
 */
public final class PlanNotes {

    private PlanNotes() {
    }

    /** One line for each note. */
    public static List<String> lines(List<PlanNote> notes) {
        return notes.stream().map(PlanNotes::line).toList();
    }

    public static String line(PlanNote note) {
        return switch (note) {
            case PlanNote.UnitRunsFull full -> Numbers.phrase(Messages.PlanNote_UnitRunsFull, full.unit(),
                    date(full.fullBy()), Numbers.number(100 * full.pathShare(), 0), Numbers.number(full.refused(), 0),
                    Numbers.number(Math.ceil(full.refused()), 0), date(full.actBy()));
            case PlanNote.NoPlanFits none -> Numbers.phrase(Messages.PlanNote_NoPlanFits, none.over().isEmpty()
                    ? Messages.PlanNote_AllLimits : String.join("; ", none.over().stream().map(PlanNotes::shortfall)
                            .toList()));
            case PlanNote.ServiceLowered lowered -> Numbers.phrase(Messages.PlanNote_ServiceLowered,
                    lowered.products(), together(lowered.limits().stream().map(PlanNotes::limit).toList()));
            case PlanNote.NoDemand idle -> Numbers.phrase(Messages.PlanNote_NoDemand, idle.product());
            case PlanNote.NoSupplyTerms assumed -> Numbers.phrase(Messages.PlanNote_NoSupplyTerms, assumed.products());
            case PlanNote.NoStockCounts nothing -> Messages.PlanNote_NoStockCounts;
            case PlanNote.UnplannedProduction left -> Numbers.phrase(Messages.PlanNote_UnplannedProduction,
                    left.productions());
            case PlanNote.NoCostedReceipt uncosted -> Numbers.phrase(Messages.PlanNote_NoCostedReceipt,
                    uncosted.products());
            case PlanNote.NeverCounted uncounted -> Numbers.phrase(Messages.PlanNote_NeverCounted,
                    uncounted.products());
        };
    }

    /** "SILO-1 has room for 1,000 but its products need at least 1,200", or the budget's. */
    private static String shortfall(LimitUse limit) {
        return OrderOptimisation.BUDGET.equals(limit.limit())
                ? Numbers.phrase(Messages.PlanNote_BudgetShort, Numbers.number(limit.available(), 0),
                        Numbers.number(limit.planned(), 0))
                : Numbers.phrase(Messages.PlanNote_UnitShort, limit.limit(), Numbers.number(limit.available(), 0),
                        Numbers.number(limit.planned(), 0));
    }

    private static String limit(String name) {
        return OrderOptimisation.BUDGET.equals(name) ? Messages.PlanNote_TheBudget : name;
    }

    /** "A", "A and B", "A, B and C". */
    private static String together(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        String allButLast = String.join(", ", names.subList(0, names.size() - 1));
        return Numbers.phrase(Messages.PlanNote_Pair, allButLast, names.get(names.size() - 1));
    }

    private static String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Numbers.locale()));
    }
}
