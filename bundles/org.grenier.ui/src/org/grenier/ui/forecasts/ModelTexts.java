package org.grenier.ui.forecasts;

import org.grenier.core.Texts;

/** The words around a forecast model's notation: filled from model_texts.properties in the language Grenier speaks. */
public final class ModelTexts {

    public static final String BUNDLE = "org.grenier.ui.forecasts.model_texts";

    public static String Model_MeanOf;
    public static String Model_MedianOf;
    public static String Model_And;
    public static String Model_WithMean;
    public static String Model_WithDrift;
    public static String Model_SeasonallyAdjusted;
    public static String Model_GlobalTrees;
    public static String Model_SeasonalNaive;
    public static String Model_Naive;
    public static String Model_Mean;
    public static String Model_Drift;

    static {
        Texts.load(BUNDLE, ModelTexts.class);
    }

    private ModelTexts() {
    }
}
