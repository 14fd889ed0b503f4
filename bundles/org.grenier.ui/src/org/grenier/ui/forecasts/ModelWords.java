package org.grenier.ui.forecasts;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * A forecast's model in the user's language. The registry keeps the model as the forecasting bundle wrote it, in the
 * command line's English ("Mean of Median of ETS(A,N,N), ARIMA(1,1,0) with drift, Theta and GBM (global, 40 trees)");
 * the notation stays, the words around it are replaced phrase by phrase, so that combinations of combinations read
 * right too.
 */
public final class ModelWords {

    private record Phrase(Pattern english, Function<MatchResult, String> worded) {
    }

    /** Where a method's name stands alone in a list: at its start or after a joiner, before its end or a joiner. */
    private static final String ALONE_BEFORE = "(?<=^|, | and | of )";
    private static final String ALONE_AFTER = "(?=$|,| and )";

    /** In order: single methods while the English joiners still mark them out, then the joiners themselves. */
    private static final List<Phrase> PHRASES = List.of(
            phrase(" with mean\\b", match -> " " + ModelTexts.Model_WithMean),
            phrase(" with drift\\b", match -> " " + ModelTexts.Model_WithDrift),
            phrase("\\(seasonally adjusted\\)", match -> "(" + ModelTexts.Model_SeasonallyAdjusted + ")"),
            phrase("GBM \\(global, (\\d+) trees\\)", match -> NLS.bind(ModelTexts.Model_GlobalTrees, match.group(1))),
            phrase(ALONE_BEFORE + "Seasonal naive" + ALONE_AFTER, match -> ModelTexts.Model_SeasonalNaive),
            phrase(ALONE_BEFORE + "Naive" + ALONE_AFTER, match -> ModelTexts.Model_Naive),
            phrase(ALONE_BEFORE + "Mean" + ALONE_AFTER, match -> ModelTexts.Model_Mean),
            phrase(ALONE_BEFORE + "Drift" + ALONE_AFTER, match -> ModelTexts.Model_Drift),
            phrase("\\bMean of ", match -> ModelTexts.Model_MeanOf + " "),
            phrase("\\bMedian of ", match -> ModelTexts.Model_MedianOf + " "),
            phrase(" and ", match -> " " + ModelTexts.Model_And + " "));

    private ModelWords() {
    }

    public static String of(String model) {
        if (model == null) {
            return "";
        }
        String worded = model;
        for (Phrase phrase : PHRASES) {
            worded = phrase.english().matcher(worded)
                    .replaceAll(match -> Matcher.quoteReplacement(phrase.worded().apply(match)));
        }
        return worded;
    }

    private static Phrase phrase(String english, Function<MatchResult, String> worded) {
        return new Phrase(Pattern.compile(english), worded);
    }
}
