package org.grenier.ui.forecasts;

import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DriftReport;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.SortableTable;
import org.grenier.ui.SortableTable.Column;
import org.grenier.ui.Tables;

/** The Forecasts part's three tables: candidates' backtest scores, the product's runs, every product's drift. */
final class ForecastTables {


    private final Table candidates;
    private final Table runs;
    private final SortableTable<DriftReport> drift;
    private final Button restore;

    ForecastTables(Composite parent, Consumer<ForecastRun> restorer) {
        SashForm column = new SashForm(parent, SWT.VERTICAL);
        candidates = Tables.create(group(column, Messages.Forecasts_Candidates), SWT.SINGLE,
                Messages.Forecasts_Method, "MASE", "sMAPE", "RMSE", Messages.Forecasts_Bias, Messages.Forecasts_Cover80);
        Group runGroup = group(column, Messages.Forecasts_Runs);
        runs = Tables.create(runGroup, SWT.SINGLE, Messages.Forecasts_Version, Messages.Forecasts_Trained,
                Messages.Forecasts_Kept, "MASE", Messages.Forecasts_Model);
        restore = new Button(runGroup, SWT.PUSH);
        restore.setText(Messages.Forecasts_Restore);
        restore.setEnabled(false);
        runs.addListener(SWT.Selection, event -> restore.setEnabled(selected() != null && !selected().active()));
        restore.addListener(SWT.Selection, event -> {
            if (selected() != null) {
                restorer.accept(selected());
            }
        });
        // one line per product: a catalogue's drift is found by typing, the worst first by a click
        drift = new SortableTable<>(group(column, Messages.Forecasts_Drift), SWT.SINGLE, driftColumns());
        column.setWeights(3, 3, 3);
    }

    Table candidates() {
        return candidates;
    }

    Table runs() {
        return runs;
    }

    Table drift() {
        return drift.table();
    }

    private static List<Column<DriftReport>> driftColumns() {
        return List.of(
                new Column<>(Messages.Forecasts_Product.replace(":", "").strip(), SWT.LEFT, DriftReport::series,
                        Comparator.comparing(DriftReport::series)),
                new Column<>(Messages.Forecasts_State, SWT.LEFT, report -> report.degraded()
                        ? Messages.Forecasts_Degraded : Messages.Forecasts_Ok, Comparator.comparing(
                                DriftReport::degraded)),
                new Column<>(Messages.Forecasts_LiveMase, SWT.RIGHT, report -> number(report.liveMase(), 2),
                        Comparator.comparingDouble(DriftReport::liveMase)),
                new Column<>("PSI", SWT.RIGHT, report -> number(report.psi(), 2),
                        Comparator.comparingDouble(DriftReport::psi)),
                new Column<>(Messages.Forecasts_RetrainDue, SWT.LEFT, report -> report.retrainDue()
                        ? Messages.Forecasts_Due : "", Comparator.comparing(DriftReport::retrainDue)),
                new Column<>(Messages.Forecasts_Why, SWT.LEFT, ForecastTables::reasons,
                        Comparator.comparing(ForecastTables::reasons)));
    }

    private static String reasons(DriftReport report) {
        return String.join(Messages.Forecasts_ReasonSeparator, report.reasons().stream().map(Labels::reason)
                .toList());
    }

    void show(ForecastView view) {
        candidates.removeAll();
        view.active().ifPresent(run -> run.candidates().forEach(score -> row(candidates, mark(run, score),
                number(score.mase(), 3), number(score.smape(), 1), number(score.rmse(), 2), number(score.bias(), 2),
                number(score.coverage80(), 0) + " %")));
        runs.removeAll();
        for (ForecastRun run : view.runs()) {
            row(runs, (run.active() ? "\u2605 " : "") + run.version(),
                    Numbers.dateTime(FormatStyle.SHORT).format(run.trainedAt()), run.chosen(),
                    run.chosenScore().map(score -> number(score.mase(), 3)).orElse("\u2013"),
                    ModelWords.of(run.forecast().model())).setData(run);
        }
        restore.setEnabled(false);
        drift.show(view.drift());
        List.of(candidates, runs).forEach(Tables::pack);
    }

    private ForecastRun selected() {
        return Tables.chosen(runs, ForecastRun.class);
    }

    private static String mark(ForecastRun run, BacktestScore score) {
        return (score.method().equals(run.chosen()) ? "\u2605 " : "") + score.method();
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(1, false));
        return group;
    }

    private static TableItem row(Table table, String... cells) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(cells);
        return item;
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "\u2013" : String.format(Locale.getDefault(), "%." + decimals + "f", value);
    }
}
