package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.grenier.ui.forecasts.ForecastsPart;
import org.grenier.ui.planning.ScenariosPart;
import org.grenier.ui.preferences.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every perspective on the demo workspace, in English and then in French, as the README and the user guide show
 * them: each opens by its command with its French name in French, after a plan and a forecast have been made so
 * that the pictures show work, not empty parts.
 */
class PerspectiveGalleryTest {

    private static final Map<String, String> FRENCH_NAMES = new LinkedHashMap<>();
    /** The parts each picture shows, the one in front last. */
    private static final Map<String, java.util.List<String>> FRONT = Map.of(
            "overview", java.util.List.of("org.grenier.ui.part.overview"),
            "data", java.util.List.of("org.grenier.ui.part.problems", "org.grenier.ui.part.store"),
            "planning", java.util.List.of(ScenariosPart.ID),
            "sensors", java.util.List.of("org.grenier.ui.part.sensors"),
            "forecasts", java.util.List.of(ForecastsPart.ID));

    static {
        FRENCH_NAMES.put("overview", "Vue d'ensemble");
        FRENCH_NAMES.put("data", "Donn\u00e9es");
        FRENCH_NAMES.put("planning", "Planification");
        FRENCH_NAMES.put("sensors", "Capteurs");
        FRENCH_NAMES.put("forecasts", "Pr\u00e9visions");
    }

    private MWindow window;

    @AfterEach
    void backToTheSystemLanguage() {
        Workbench.backToTheSystemLanguage(window);
    }

    @Test
    void eachPerspectiveInEnglishAndInFrench() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        display.setCursorLocation(main.getBounds().x + main.getBounds().width - 2, main.getBounds().y + 2);
        org.grenier.ui.store.StoreSession session = Workbench.openSession(display, window);
        ForecastsPart forecasts = assertInstanceOf(ForecastsPart.class, Workbench.show(window, ForecastsPart.ID));
        waitFor(display, () -> Optional.of(forecasts.product()).filter(c -> c.getItemCount() > 0), "the products");
        Workbench.press(main, org.grenier.ui.Messages.Forecasts_Retrain);
        ScenariosPart scenarios = assertInstanceOf(ScenariosPart.class, Workbench.show(window, ScenariosPart.ID));
        scenarios.run();
        session.store().sensors().append(siloDay()).orElseThrow();
        settle(display);
        for (String perspective : FRENCH_NAMES.keySet()) {
            open(display, perspective);
            if (perspective.equals("overview")) {
                org.grenier.ui.parts.OverviewPart overview = assertInstanceOf(org.grenier.ui.parts.OverviewPart.class,
                        Workbench.show(window, org.grenier.ui.parts.OverviewPart.ID));
                waitFor(display, () -> Optional.of(overview.texts()).filter(cards -> cards.stream().flatMap(
                        java.util.List::stream).noneMatch(org.grenier.ui.Messages.Overview_NoForecast::equals)),
                        "the overview telling of the forecast just trained");
            }
            Workbench.screenshot(main, "perspective-" + perspective + ".png");
        }
        Language.FRENCH.applyNow(window.getContext());
        Workbench.redrawAll(window);
        session.refresh(); // the status line says the store's figures again, in French
        for (Map.Entry<String, String> perspective : FRENCH_NAMES.entrySet()) {
            MPerspective shown = open(display, perspective.getKey());
            assertEquals(perspective.getValue(), shown.getLocalizedLabel());
            Workbench.screenshot(main, "perspective-" + perspective.getKey() + "-fr.png");
        }
        forecastInFrench(display);
    }

    /** Why the model was chosen and why to retrain, worded in French from the run's facts, not the stored English. */
    private void forecastInFrench(Display display) throws IllegalAccessException {
        ForecastsPart forecasts = assertInstanceOf(ForecastsPart.class, Workbench.show(window, ForecastsPart.ID));
        String caption = waitFor(display, () -> Optional.of(forecasts.model().getText())
                .filter(text -> text.contains("(version ")), "the forecast's caption");
        assertFalse(caption.contains(" with ") || caption.contains("Mean of"), "the model in French: " + caption);
        String why = caption.lines().findFirst().orElseThrow().replaceFirst("^.*?\\(version \\d+\\)[\\s\\u00a0]*:\\s", "");
        assertTrue(LanguageTest.wordings("Forecasts_Chosen").stream().anyMatch(why::startsWith), "in French: " + why);
        java.util.List<String> reasons = java.util.Arrays.stream(forecasts.drift().getItems())
                .flatMap(item -> java.util.Arrays.stream(item.getText(5).split(
                        java.util.regex.Pattern.quote(org.grenier.ui.Messages.Forecasts_ReasonSeparator))))
                .filter(reason -> !reason.isEmpty()).toList();
        assertFalse(reasons.isEmpty(), "the demo's forecast, of last year's sales, has passed: a reason to retrain");
        java.util.List<String> french = LanguageTest.wordings("Drift_");
        reasons.forEach(reason -> assertTrue(french.stream().anyMatch(reason::startsWith), "in French: " + reason));
    }

    private MPerspective open(Display display, String name) {
        String id = "org.grenier.app.perspective." + name;
        Workbench.run(window.getContext(), "perspective",
                Map.<String, Object>of(org.grenier.ui.handlers.PerspectiveHandler.PERSPECTIVE, id));
        EModelService models = window.getContext().get(EModelService.class);
        MPerspective shown = waitFor(display, () -> Optional.ofNullable(models.getActivePerspective(window))
                .filter(p -> p.getElementId().equals(id)), name + " in front");
        for (String part : FRONT.get(name)) {
            if (Workbench.show(window, part) instanceof org.grenier.ui.sensors.SensorsPart sensors) {
                sensors.pick("VAL-S1", 1); // the silo read today, over the last day (a part drawn anew forgets it)
            }
        }
        settle(display);
        return shown;
    }

    /** A day of a silo's temperature every ten minutes, warming by day: the demo's own readings are last year's. */
    private static java.util.List<org.grenier.core.model.SensorReading> siloDay() {
        java.util.List<org.grenier.core.model.SensorReading> readings = new java.util.ArrayList<>();
        java.time.Instant now = java.time.Instant.now();
        for (int step = 144; step >= 0; step--) {
            java.time.Instant at = now.minus(Duration.ofMinutes(10L * step));
            double hour = at.atZone(java.time.ZoneId.systemDefault()).getHour() + at.atZone(
                    java.time.ZoneId.systemDefault()).getMinute() / 60.0;
            double warmth = Math.sin(2 * Math.PI * (hour - 9) / 24); // warmest at three in the afternoon
            readings.add(new org.grenier.core.model.SensorReading("S1-GALLERY", "VAL-S1", at,
                    org.grenier.core.model.Measure.TEMPERATURE,
                    Math.round((14 + 3 * warmth + 0.2 * Math.sin(step)) * 10) / 10.0));
        }
        return readings;
    }

    /** Lets the parts read and draw: until no Job but the sensors' two-second reads is left, for at most a minute. */
    private static void settle(Display display) {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        int quiet = 0;
        while (quiet < 10 && System.nanoTime() < end) {
            while (display.readAndDispatch()) {
                // drain
            }
            boolean busy = java.util.Arrays.stream(Job.getJobManager().find(null))
                    .anyMatch(job -> job.getState() != Job.NONE && !job.isSystem());
            quiet = busy ? 0 : quiet + 1;
            display.timerExec(50, () -> { });
            display.sleep();
        }
    }
}
