package org.grenier.ui.forecasts;

import java.time.format.FormatStyle;
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
import org.grenier.ui.Tables;

/** The Forecasts part's three tables: candidates' backtest scores, the product's runs, every product's drift. */
final class ForecastTables {


    private final Table candidates;
    private final Table runs;
    private final Table drift;
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
        drift = Tables.create(group(column, Messages.Forecasts_Drift), SWT.SINGLE,
                Messages.Forecasts_Product.replace(":", "").strip(),
                Messages.Forecasts_State, Messages.Forecasts_LiveMase, "PSI", Messages.Forecasts_RetrainDue,
                Messages.Forecasts_Why);
        column.setWeights(3, 3, 3);
    }

    Table candidates() {
        return candidates;
    }

    Table runs() {
        return runs;
    }

    Table drift() {
        return drift;
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
        drift.removeAll();
        for (DriftReport report : view.drift()) {
            row(drift, report.series(), report.degraded() ? Messages.Forecasts_Degraded : Messages.Forecasts_Ok,
                    number(report.liveMase(), 2), number(report.psi(), 2),
                    report.retrainDue() ? Messages.Forecasts_Due : "", String.join(Messages.Forecasts_ReasonSeparator,
                            report.reasons().stream().map(Labels::reason).toList()));
        }
        List.of(candidates, runs, drift).forEach(Tables::pack);
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
