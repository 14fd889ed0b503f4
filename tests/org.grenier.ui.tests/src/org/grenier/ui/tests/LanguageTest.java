package org.grenier.ui.tests;

import static org.grenier.ui.tests.Workbench.mainWindow;
import static org.grenier.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.core.ComputeSettings;
import org.grenier.core.Texts;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.planning.OrderOptimisation;
import org.grenier.core.planning.OrderOptimisation.LimitUse;
import org.grenier.core.planning.PlanNote;
import org.grenier.testsupport.OsgiServices;
import org.grenier.ui.Messages;
import org.grenier.ui.forecasts.ModelTexts;
import org.grenier.ui.forecasts.ModelWords;
import org.grenier.ui.imports.ImportTexts;
import org.grenier.ui.parts.StatusLine;
import org.grenier.ui.planning.PlanNotes;
import org.grenier.ui.planning.StorageRiskPart;
import org.grenier.ui.preferences.GeneralPreferencePage;
import org.grenier.ui.preferences.Language;
import org.grenier.ui.preferences.PreferencesDialog;
import org.grenier.ui.sensors.SensorTexts;
import org.grenier.ui.store.StoreSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Grenier in French: every text exists in both languages, and choosing French in Preferences gives French words and
 * decimal commas in the parts drawn afterwards, as at the next start.
 */
class LanguageTest {

    private static final int TEMPERATURE = 3;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private MWindow window;

    @AfterEach
    void backToTheSystemLanguage() {
        Language.SYSTEM.save().orElseThrow();
        if (window != null) {
            Language.SYSTEM.applyNow(window.getContext());
            // the parts drawn in French, in the Planning perspective the test opened, speak English again
            Workbench.redrawAll(window);
        }
    }

    @Test
    void everyTextIsInEnglishAndFrenchWithTheSamePlaceholders() throws IOException, ClassNotFoundException {
        List<String> gaps = new ArrayList<>();
        check(Messages.class, Messages.BUNDLE, gaps);
        check(ImportTexts.class, ImportTexts.BUNDLE, gaps);
        check(SensorTexts.class, SensorTexts.BUNDLE, gaps);
        check(org.grenier.ui.parts.HealthWords.class, org.grenier.ui.parts.HealthWords.BUNDLE, gaps);
        check(ModelTexts.class, ModelTexts.BUNDLE, gaps);
        check(org.grenier.ui.charts.ChartCanvas.class.getClassLoader()
                .loadClass("org.grenier.ui.charts.internal.Messages"), "org.grenier.ui.charts.internal.messages", gaps);
        assertEquals(List.of(), gaps);
    }

    /**
     * JFace's buttons and dialog titles (OK, Cancel, Next, Finish, Preferences) come from JFace, which ships English
     * only: Grenier's fragment gives them in French, each with JFace's placeholders, none for a key JFace lacks.
     */
    @Test
    void jfaceDialogsSpeakFrenchThroughGreniersFragment() throws IOException {
        ClassLoader jface = JFaceResources.class.getClassLoader();
        ResourceBundle french = ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.FRENCH, jface);
        assertEquals("&Suivant >", french.getString("nextButton"));
        assertEquals("Annuler", french.getString("cancel"));
        assertEquals("Appliquer et fermer", french.getString("PreferencesDialog.okButtonLabel"));
        List<String> gaps = new ArrayList<>();
        translations(jface::getResource, "org/eclipse/jface/messages", gaps);
        assertEquals(List.of(), gaps);
    }

    /**
     * A part tab's menu (Close, Close Others, Close All), the toolbar's menu and the dialog asking which parts to save
     * come from E4's SWT renderers, which ship English only: Grenier's second fragment gives them in French, and the
     * renderers speak the language chosen, as Grenier's own texts do.
     */
    @Test
    void partTabMenusSpeakFrenchThroughGreniersFragment() throws Exception {
        Bundle renderers = Arrays.stream(FrameworkUtil.getBundle(LanguageTest.class).getBundleContext().getBundles())
                .filter(bundle -> bundle.getSymbolicName().equals("org.eclipse.e4.ui.workbench.renderers.swt"))
                .findFirst().orElseThrow();
        List<String> gaps = new ArrayList<>();
        Properties tabs = translations(renderers::getResource,
                "org/eclipse/e4/ui/internal/workbench/renderers/swt/messages", gaps);
        assertEquals("Fermer les &autres", tabs.getProperty("menuCloseOthers"));
        assertEquals("&Tout fermer", tabs.getProperty("menuCloseAll"));
        Properties toolbars = translations(renderers::getResource, "org/eclipse/e4/ui/workbench/renderers/swt/messages",
                gaps);
        assertEquals("&Masquer", toolbars.getProperty("ToolBarManagerRenderer_MenuCloseText"));
        assertEquals(List.of(), gaps);

        Class<?> menus = renderers.loadClass("org.eclipse.e4.ui.internal.workbench.renderers.swt.SWTRenderersMessages");
        window = assertInstanceOf(MWindow.class, mainWindow(Display.getCurrent()).getData("modelElement"));
        Language.FRENCH.applyNow(window.getContext());
        assertEquals("Fermer les &autres", menus.getField("menuCloseOthers").get(null), "the renderers in French");
        assertEquals("&D\u00e9tacher", menus.getField("menuDetach").get(null));
        Language.ENGLISH.applyNow(window.getContext());
        assertEquals("Close &Others", menus.getField("menuCloseOthers").get(null), "and back in English");
    }

    /**
     * A forecast's model, kept in English in the registry, is shown with French words around its notation, however
     * deep the combination; in English it reads as stored.
     */
    @Test
    void forecastModelsAreWordedInFrench() {
        window = assertInstanceOf(MWindow.class, mainWindow(Display.getCurrent()).getData("modelElement"));
        String blended = "Mean of Median of ETS(A,A,N), ARIMA(1,1,0) with drift, Theta (seasonally adjusted) and GBM "
                + "(global, 40 trees)";
        Language.FRENCH.applyNow(window.getContext());
        assertEquals("Moyenne de M\u00e9diane de ETS(A,A,N), ARIMA(1,1,0) avec d\u00e9rive, Theta "
                + "(d\u00e9saisonnalis\u00e9) et GBM (global, 40 arbres)", ModelWords.of(blended));
        assertEquals("ARIMA(2,0,3) avec moyenne", ModelWords.of("ARIMA(2,0,3) with mean"));
        assertEquals("Moyenne de Moyenne, D\u00e9rive et Na\u00efve saisonni\u00e8re",
                ModelWords.of("Mean of Mean, Drift and Seasonal naive"));
        assertEquals("Na\u00efve", ModelWords.of("Naive"));
        assertEquals("Croston", ModelWords.of("Croston"));
        Language.ENGLISH.applyNow(window.getContext());
        assertEquals(blended, ModelWords.of(blended));
    }

    /**
     * What the planner is told about a plan or a valuation, kept by the planning service as facts, reads in French
     * with French numbers and dates, every kind of note, and in English as the command line writes it.
     */
    @Test
    void planNotesAreWordedInFrench() {
        window = assertInstanceOf(MWindow.class, mainWindow(Display.getCurrent()).getData("modelElement"));
        LocalDate day = LocalDate.of(2026, 3, 14);
        List<PlanNote> notes = List.of(new PlanNote.UnitRunsFull("VAL-S1", day, 0.125, 1234.4, day.minusDays(7)),
                new PlanNote.NoPlanFits(List.of(new LimitUse("SILO-1", 1500, 1000), new LimitUse(
                        OrderOptimisation.BUDGET, 25000, 20000))), new PlanNote.NoPlanFits(List.of()),
                new PlanNote.ServiceLowered(1, List.of("SILO-1", "SILO-2", OrderOptimisation.BUDGET)),
                new PlanNote.NoDemand("ORGE"), new PlanNote.NoSupplyTerms(2), new PlanNote.NoStockCounts(),
                new PlanNote.UnplannedProduction(1), new PlanNote.NoCostedReceipt(3), new PlanNote.NeverCounted(1));
        StatusLine status = assertInstanceOf(StatusLine.class, assertInstanceOf(MToolControl.class, window
                .getContext().get(EModelService.class).find("org.grenier.ui.statusline", window)).getObject());
        Language.FRENCH.applyNow(window.getContext());
        try {
            waitFor(Display.getCurrent(), () -> Optional.of(status.text()).filter(t -> t.contains("sch\u00e9ma v")),
                    "the status line written again in French");
            List<String> french = PlanNotes.lines(notes);
            assertEquals("VAL-S1 sera plein le 14 mars 2026 dans une trajectoire sur vingt (13\u00a0% des trajectoires "
                    + "sur l'horizon), refusant 1\u202f234 en moyenne\u00a0: d\u00e9placez ou vendez-en environ "
                    + "1\u202f235 d'ici le 7 mars 2026, ou \u00e9talez les livraisons et les r\u00e9coltes "
                    + "pr\u00e9vues alors.", french.get(0));
            assertTrue(french.get(1).endsWith(": SILO-1 a de la place pour 1\u202f000 mais ses produits demandent au "
                    + "moins 1\u202f500; le budget est de 20\u202f000 mais le stock vaudrait au moins 25\u202f000. "
                    + "Chaque produit garde sa meilleure politique."), french.get(1));
            assertEquals("1 produit a vu son niveau de service abaiss\u00e9 pour tenir SILO-1, SILO-2 et le budget.",
                    french.get(3));
            assertEquals("1 production pr\u00e9vue dans l'horizon concerne des produits sans perspective de "
                    + "demande\u00a0: elle est laiss\u00e9e hors du plan.", french.get(7));
            assertEquals("1 produit n'a jamais \u00e9t\u00e9 compt\u00e9\u00a0: son stock est ce que ses mouvements "
                    + "laissent.", french.get(9));
            for (String line : french) {
                assertFalse(line.matches("(?s).*(\\{|\\b(the|product|products|has|have|was|were)\\b).*"), line);
            }
        } finally {
            Language.ENGLISH.applyNow(window.getContext());
        }
        waitFor(Display.getCurrent(), () -> Optional.of(status.text()).filter(t -> t.contains("schema v")),
                "the status line back in English");
        assertEquals(notes.stream().map(PlanNote::english).toList().subList(4, 10).stream().map(l -> l + ".")
                .toList(), PlanNotes.lines(notes).subList(4, 10), "in English, the workbench says what the command "
                        + "line says");
    }

    /**
     * A library's French texts, found through its class loader (so only when Grenier's fragment is attached to it):
     * each one a text the library has, with the library's placeholders and apostrophes fit for them.
     */
    private static Properties translations(Function<String, URL> resources, String base, List<String> gaps)
            throws IOException {
        Properties english = new Properties();
        Properties translated = new Properties();
        URL fr = resources.apply(base + "_fr.properties");
        assertTrue(fr != null, base + "_fr.properties is attached to its library");
        try (InputStream in = resources.apply(base + ".properties").openStream(); InputStream out = fr.openStream()) {
            english.load(in);
            translated.load(out);
        }
        for (String key : translated.stringPropertyNames()) {
            if (!english.containsKey(key)) {
                gaps.add(key + " is not a text of " + base);
            } else if (!placeholders(english.getProperty(key)).equals(placeholders(translated.getProperty(key)))) {
                gaps.add(key + " has other placeholders in French");
            } else {
                quotes(key, translated.getProperty(key), gaps);
            }
        }
        return translated;
    }

    private static void check(Class<?> messages, String bundle, List<String> gaps) throws IOException {
        Properties english = load(messages, bundle, "");
        Properties french = load(messages, bundle, "_fr");
        Set<String> fields = new TreeSet<>();
        Arrays.stream(messages.getDeclaredFields()).filter(Texts::isText).map(Field::getName).forEach(fields::add);
        for (String key : fields) {
            if (!english.containsKey(key) || !french.containsKey(key)) {
                gaps.add(key + " has no " + (english.containsKey(key) ? "French" : "English") + " text");
            } else if (!placeholders(english.getProperty(key)).equals(placeholders(french.getProperty(key)))) {
                gaps.add(key + " has other placeholders in French");
            } else {
                quotes(key, english.getProperty(key), gaps);
                quotes(key, french.getProperty(key), gaps);
            }
        }
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.addAll(french.stringPropertyNames());
        unused.removeAll(fields);
        unused.forEach(key -> gaps.add(key + " is in a properties file but no field reads it"));
    }

    private static Properties load(Class<?> messages, String bundle, String language) throws IOException {
        Properties texts = new Properties();
        String path = bundle.replace('.', '/') + language + ".properties";
        try (InputStream in = messages.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, path + " is in the bundle");
            texts.load(in);
        }
        return texts;
    }

    /**
     * A text with placeholders goes through MessageFormat, where a lone apostrophe starts a quote and swallows what
     * follows ("l'article {0}" would show "larticle {0}"): it must be doubled there, and only there.
     */
    private static void quotes(String key, String text, List<String> gaps) {
        boolean bound = !placeholders(text).isEmpty();
        if (bound && LONE_QUOTE.matcher(text).find()) {
            gaps.add(key + " has placeholders and a lone apostrophe: " + text);
        } else if (!bound && text.contains("''")) {
            gaps.add(key + " has no placeholder but a doubled apostrophe: " + text);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void choosingFrenchGivesFrenchWordsAndDecimalCommas() throws Exception {
        Display display = Display.getCurrent();
        Shell main = mainWindow(display);
        window = assertInstanceOf(MWindow.class, main.getData("modelElement"));
        StoreSession session = Workbench.openSession(display, window);
        chooseInPreferences(main, Language.FRENCH);
        assertEquals(Language.FRENCH, Language.saved(), "the choice is kept for the next start");

        // what the next start does before drawing anything, then the part drawn again
        Language.FRENCH.applyNow(window.getContext());
        session.refresh(); // the status line tells the store's figures again, in French
        EModelService models = window.getContext().get(EModelService.class);
        MPerspective overview = assertInstanceOf(MPerspective.class,
                models.find("org.grenier.app.perspective.overview", window));
        assertEquals("Vue d'ensemble", overview.getLocalizedLabel(), "the model's labels are in French");
        session.store().sensors().append(coldRoomReadings()).orElseThrow();
        StorageRiskPart risk = assertInstanceOf(StorageRiskPart.class, Workbench.redraw(window, StorageRiskPart.ID));
        risk.assess();
        Table table = waitFor(display, () -> Optional.of(risk.table()).filter(t -> temperature(t).isPresent()),
                "the storage units judged, one with a temperature");
        assertEquals("Temp\u00e9rature", table.getColumn(TEMPERATURE).getText());
        String shown = temperature(table).orElseThrow();
        assertTrue(shown.matches("-?\\d+,\\d \u00b0C"), "a decimal comma: " + shown);
        assertTrue(Arrays.stream(table.getItems()).anyMatch(item -> item.getText(1).equals("chambre froide")),
                "storage types in French");
        adviceInFrench(risk.details().getText());
        Workbench.screenshot(main, "storage-risk-fr.png");
    }

    /** Every piece of advice shown is one of the French wordings (up to its first number), none in English. */
    private static void adviceInFrench(String details) throws IllegalAccessException {
        List<String> wordings = wordings("Advice_");
        List<String> advice = details.lines().filter(line -> line.startsWith("\u2022 ")).map(line -> line.substring(2))
                .toList();
        assertFalse(advice.isEmpty(), details);
        for (String line : advice) {
            assertTrue(wordings.stream().anyMatch(line::startsWith), "advice in French: " + line);
        }
    }

    /** The texts of the messages whose keys start so, each up to its first placeholder, in the language now chosen. */
    static List<String> wordings(String keyPrefix) throws IllegalAccessException {
        List<String> wordings = new ArrayList<>();
        for (java.lang.reflect.Field field : org.grenier.ui.Messages.class.getFields()) {
            if (field.getName().startsWith(keyPrefix)) {
                String text = ((String) field.get(null)).replace("''", "'");
                wordings.add(text.contains("{") ? text.substring(0, text.indexOf('{')) : text);
            }
        }
        return wordings;
    }

    private static Optional<String> temperature(Table table) {
        return Arrays.stream(table.getItems()).map((TableItem item) -> item.getText(TEMPERATURE))
                .filter(text -> !text.equals("-")).findFirst();
    }

    /** A day of hourly readings in a cold room at 3.5 °C. */
    private static List<SensorReading> coldRoomReadings() {
        List<SensorReading> readings = new ArrayList<>();
        Instant now = Instant.now();
        for (int hour = 24; hour >= 0; hour--) {
            readings.add(new SensorReading("FR-T", "VAL-S1", now.minus(Duration.ofHours(hour)), Measure.TEMPERATURE,
                    3.5));
        }
        return readings;
    }

    /** File > Preferences > General, the language list, OK: as a user would. */
    private static void chooseInPreferences(Shell main, Language language) throws IOException {
        PreferenceDialog dialog = PreferencesDialog.create(main, OsgiServices.get(ComputeSettings.class),
                PreferencesDialog.GENERAL);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Shell shell = dialog.getShell();
            GeneralPreferencePage page = assertInstanceOf(GeneralPreferencePage.class, dialog.getSelectedPage());
            page.language().select(language.ordinal());
            assertEquals(language, page.chosen());
            Workbench.screenshot(shell, "preferences-general.png");
            Workbench.pressOk(shell);
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
    }
}
