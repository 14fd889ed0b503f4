package org.grenier.ui.parts;

import org.grenier.core.Texts;

/**
 * The Data health part's words: the sources and their freshness, the integrity check's findings and their repairs.
 * Filled from health_texts.properties in the language Grenier speaks.
 */
public final class HealthWords {

    public static final String BUNDLE = "org.grenier.ui.parts.health_texts";

    public static String Sources;
    public static String Source;
    public static String Name;
    public static String Last;
    public static String AgesChart;
    public static String AgesAxis;
    public static String Age;
    public static String Volume;
    public static String Problems;
    public static String State;
    public static String Fresh;
    public static String Stale;
    public static String Never;
    public static String Source_IMPORT;
    public static String Source_SALES;
    public static String Source_STOCK_COUNT;
    public static String Source_SENSOR;
    public static String Source_WEATHER;
    public static String Source_PRODUCTION_PLAN;
    public static String Refused;
    public static String Alerts;
    public static String AgeDays;
    public static String AgeHours;
    public static String AgeMinutes;
    public static String Check;
    public static String Checking;
    public static String Reading;
    public static String Checked;
    public static String Whole;
    public static String NotChecked;
    public static String Finding;
    public static String Rows;
    public static String Repair;
    public static String UnknownProduct;
    public static String UnknownSite;
    public static String UnknownUnit;
    public static String SalesGap;
    public static String Duplicates;
    public static String ConnectionGap;
    public static String RepairRelink;
    public static String RepairCopies;
    public static String RepairImport;
    public static String RepairSensors;
    public static String Relink;
    public static String RemoveCopies;
    public static String ImportAgain;
    public static String RelinkTitle;
    public static String RelinkPrompt;
    public static String RemoveTitle;
    public static String RemoveQuestion;
    public static String Relinked;
    public static String Removed;
    public static String Repairing;
    public static String FileGone;
    public static String Findings;

    static {
        Texts.load(BUNDLE, HealthWords.class);
    }

    private HealthWords() {
    }
}
