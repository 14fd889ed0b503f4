package org.grenier.ui.sensors;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.sensors.AlertRule;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.preferences.Units;

/**
 * The limits of one storage unit, or of every unit ({@code *}), a row per measure: low, high and the fastest change
 * an hour, each blank for none. A unit's row can follow every unit's limits (shown greyed) or have its own. Numbers
 * are typed in the person's way, with a decimal comma or point, and in the units of Preferences > Units.
 */
public final class AlertLimitsEditor {

    /** One measure's row; {@code own} is null for every unit, whose rows are always its own. */
    private record Row(Button own, Text low, Text high, Text rate) {
        List<Text> fields() {
            return List.of(low, high, rate);
        }
    }

    private final String unit;
    private final Composite control;
    private final Map<Measure, Row> rows = new EnumMap<>(Measure.class);
    private final Runnable changed;
    /** The units limits are shown and typed in: the store keeps them in its own (degrees Celsius). */
    private final Units units = Units.saved();
    private List<AlertRule> inForce = AlertRule.defaults();

    /** @param changed called whenever a person changes a value, to check them again */
    public AlertLimitsEditor(Composite parent, String unit, Runnable changed) {
        this.unit = unit;
        this.changed = changed;
        boolean everyUnit = AlertRule.EVERY_UNIT.equals(unit);
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(everyUnit ? 4 : 5, false));
        if (!everyUnit) {
            new Label(control, SWT.NONE).setText(Messages.Limits_Own);
        }
        for (String heading : new String[] { Messages.Limits_Measure, Messages.Limits_Low, Messages.Limits_High,
                Messages.Limits_Rate }) {
            new Label(control, SWT.NONE).setText(heading);
        }
        for (Measure measure : Measure.values()) {
            rows.put(measure, row(measure, everyUnit));
        }
    }

    private Row row(Measure measure, boolean everyUnit) {
        Button own = everyUnit ? null : new Button(control, SWT.CHECK);
        new Label(control, SWT.NONE).setText(Labels.measure(measure) + " (" + units.symbol(measure) + ")");
        Row row = new Row(own, field(), field(), field());
        if (own != null) {
            own.setToolTipText(Messages.Limits_OwnTip);
            own.addListener(SWT.Selection, event -> {
                enable(row);
                changed.run();
            });
        }
        return row;
    }

    private Text field() {
        Text text = new Text(control, SWT.BORDER | SWT.RIGHT);
        GridData size = new GridData(SWT.FILL, SWT.CENTER, true, false);
        size.widthHint = 70;
        text.setLayoutData(size);
        text.addListener(SWT.Modify, event -> changed.run());
        return text;
    }

    public Composite control() {
        return control;
    }

    /** Shows the rules in force (as the store lists them): this unit's own, else every unit's, greyed. */
    public void show(List<AlertRule> rules) {
        inForce = List.copyOf(rules);
        rows.forEach((measure, row) -> {
            Optional<AlertRule> own = inForce.stream().filter(r -> r.storageUnitCode().equals(unit)
                    && r.measure() == measure).findFirst();
            AlertRule shown = AlertRule.inForce(inForce, unit, measure).orElse(null);
            if (row.own() != null) {
                row.own().setSelection(own.isPresent());
            }
            row.low().setText(shown == null ? "" : text(shown.low(), v -> units.shown(measure, v)));
            row.high().setText(shown == null ? "" : text(shown.high(), v -> units.shown(measure, v)));
            row.rate().setText(shown == null ? "" : text(shown.maxChangePerHour(),
                    v -> units.shownChange(measure, v)));
            enable(row);
        });
        changed.run();
    }

    /** Ungrouped, so that what is shown reads back as typed: "1000,5" in French, "1000.5" in English. */
    private static String text(OptionalDouble value, DoubleUnaryOperator shown) {
        if (value.isEmpty()) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Numbers.locale());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(2);
        return format.format(shown.applyAsDouble(value.getAsDouble()));
    }

    private static void enable(Row row) {
        boolean editable = row.own() == null || row.own().getSelection();
        row.fields().forEach(field -> field.setEnabled(editable));
    }

    /**
     * The unit's own rules as typed; an error naming the measure, the limit and what was typed when one cannot be
     * read, or when a low limit is not below the high one.
     */
    public Result<List<AlertRule>> chosen() {
        List<AlertRule> chosen = new ArrayList<>();
        for (Map.Entry<Measure, Row> entry : rows.entrySet()) {
            Row row = entry.getValue();
            if (row.own() != null && !row.own().getSelection()) {
                continue;
            }
            String name = Labels.measure(entry.getKey());
            try {
                OptionalDouble low = value(row.low(), name, Messages.Limits_Low);
                OptionalDouble high = value(row.high(), name, Messages.Limits_High);
                OptionalDouble rate = value(row.rate(), name, Messages.Limits_Rate);
                if (low.isPresent() && high.isPresent() && low.getAsDouble() >= high.getAsDouble()) {
                    return Result.error(NLS.bind(Messages.Limits_LowNotBelowHigh, name));
                }
                if (rate.isPresent() && rate.getAsDouble() <= 0) {
                    return Result.error(NLS.bind(Messages.Limits_RateNotPositive, name));
                }
                Measure measure = entry.getKey();
                chosen.add(new AlertRule(unit, measure, stored(low, v -> units.stored(measure, v)),
                        stored(high, v -> units.stored(measure, v)),
                        stored(rate, v -> units.storedChange(measure, v))));
            } catch (IllegalArgumentException unreadable) {
                return Result.error(unreadable.getMessage());
            }
        }
        return Result.ok(chosen);
    }

    /**
     * A typed limit in the store's unit, kept to six decimals: 46.4 °F is stored as 8 °C, not 7.999999999999999, so
     * that showing it again reads as typed.
     */
    private static OptionalDouble stored(OptionalDouble typed, DoubleUnaryOperator stored) {
        return typed.isEmpty() ? typed
                : OptionalDouble.of(Math.round(stored.applyAsDouble(typed.getAsDouble()) * 1e6) / 1e6);
    }

    /** A limit as typed: blank for none; spaces between thousands and a decimal comma are read too. */
    private static OptionalDouble value(Text field, String measure, String limit) {
        String typed = field.getText().strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (typed.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(typed.replace(',', '.'));
            if (Double.isFinite(value)) {
                return OptionalDouble.of(value);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(NLS.bind(Messages.Limits_NotANumber, new Object[] { measure,
                limit.replace(":", "").strip(), field.getText() }));
    }

    /** The row of a measure, for tests: own (null for every unit), low, high, fastest change. */
    public List<Object> row(Measure measure) {
        Row row = rows.get(measure);
        List<Object> widgets = new ArrayList<>();
        widgets.add(row.own());
        widgets.addAll(row.fields());
        return widgets;
    }
}
