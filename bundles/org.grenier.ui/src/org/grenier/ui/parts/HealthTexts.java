package org.grenier.ui.parts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.osgi.util.NLS;
import org.grenier.core.store.IntegrityFinding;
import org.grenier.core.store.SourceHealth;
import org.grenier.ui.imports.ImportWords;
import org.grenier.ui.Numbers;

/** The Data health part's words: a source's kind, age and problems, and each finding and its repair, as sentences. */
final class HealthTexts {

    private HealthTexts() {
    }

    static String source(SourceHealth source) {
        return Labels.of(source.source());
    }

    static String last(SourceHealth source) {
        return source.last().map(at -> Numbers.dateTime(FormatStyle.SHORT).format(at)).orElse(HealthWords.Never);
    }

    /** How old the last data is, in the largest unit that says it: days, hours or minutes. */
    static String age(SourceHealth source, Instant now) {
        return source.last().map(at -> age(Duration.between(at, now))).orElse("");
    }

    static String age(Duration age) {
        if (age.toDays() >= 1) {
            return NLS.bind(HealthWords.AgeDays, Numbers.number(age.toDays(), 0));
        }
        return age.toHours() >= 1 ? NLS.bind(HealthWords.AgeHours, age.toHours())
                : NLS.bind(HealthWords.AgeMinutes, Math.max(0, age.toMinutes()));
    }

    /** A source's name; an import's is its profile's, worded in the user's language when Grenier ships it. */
    static String name(SourceHealth source) {
        return source.source() == SourceHealth.Source.IMPORT ? ImportWords.profile(source.name()) : source.name();
    }

    static String problems(SourceHealth source) {
        if (source.problems() == 0) {
            return "";
        }
        String what = source.lastProblem().orElse("");
        return source.source() == SourceHealth.Source.IMPORT
                ? Numbers.phrase(HealthWords.Refused, source.problems(), Labels.fileName(what))
                : Numbers.phrase(HealthWords.Alerts, source.problems(), what);
    }

    static String state(SourceHealth source, Instant now) {
        return source.last().isEmpty() ? HealthWords.Never
                : source.isFresh(now) ? HealthWords.Fresh : HealthWords.Stale;
    }

    static String finding(IntegrityFinding finding) {
        long rows = finding.rows();
        return switch (finding.kind()) {
            case UNKNOWN_PRODUCT -> Numbers.phrase(HealthWords.UnknownProduct, rows, finding.subject());
            case UNKNOWN_SITE -> Numbers.phrase(HealthWords.UnknownSite, rows, finding.subject());
            case UNKNOWN_STORAGE_UNIT -> Numbers.phrase(HealthWords.UnknownUnit, rows, finding.subject());
            case SALES_GAP -> Numbers.phrase(HealthWords.SalesGap, new Object[] { rows, day(finding.subject()),
                day(finding.detail()) });
            case DUPLICATE_SALES -> Numbers.phrase(HealthWords.Duplicates, rows, finding.subject() + " · "
                    + Numbers.dateTime(FormatStyle.SHORT).format(Instant.parse(finding.detail())));
            case CONNECTION_GAP -> Numbers.phrase(HealthWords.ConnectionGap, new Object[] { rows, finding.subject(),
                finding.detail() });
        };
    }

    private static String day(String iso) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Numbers.locale())
                .format(LocalDate.parse(iso));
    }

    static String repair(IntegrityFinding finding) {
        return switch (finding.kind()) {
            case UNKNOWN_PRODUCT, UNKNOWN_SITE, UNKNOWN_STORAGE_UNIT -> HealthWords.RepairRelink;
            case SALES_GAP -> HealthWords.RepairImport;
            case DUPLICATE_SALES -> HealthWords.RepairCopies;
            case CONNECTION_GAP -> HealthWords.RepairSensors;
        };
    }
}
