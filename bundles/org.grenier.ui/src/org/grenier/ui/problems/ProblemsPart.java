package org.grenier.ui.problems;

import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.SortableTable;
import org.grenier.ui.SortableTable.Column;

/**
 * Problems: what went wrong in the background, newest first, with the work it happened in and its message; the
 * details of the one selected (causes, stack trace) beside it, to copy into a report. Clear empties the list.
 */
public class ProblemsPart {

    public static final String ID = "org.grenier.ui.part.problems";

    private final ProblemLog log;
    private SortableTable<Problem> table;
    private Text details;
    private Runnable stopListening = () -> { };

    @Inject
    public ProblemsPart(ProblemLog log) {
        this.log = log;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout());
        // side by side: the part lives in a short strip below the Data perspective's parts
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(sash, SWT.NONE);
        GridLayout layout = new GridLayout();
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        left.setLayout(layout);
        table = new SortableTable<>(left, SWT.SINGLE, columns());
        table.table().addListener(SWT.Selection, event -> selected());
        Button clear = new Button(left, SWT.PUSH);
        clear.setText(Messages.Problems_Clear);
        clear.addListener(SWT.Selection, event -> log.clear());
        details = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        sash.setWeights(3, 2);
        stopListening = log.whenChanged(() -> UiThread.later(details, this::show));
        show();
    }

    private static List<Column<Problem>> columns() {
        return List.of(
                new Column<>(Messages.Problems_When, SWT.LEFT, p -> Numbers.dateTime(FormatStyle.MEDIUM).format(
                        p.at()), Comparator.comparing(Problem::at)),
                new Column<>(Messages.Problems_Severity, SWT.LEFT, p -> p.isError() ? Messages.Problems_Error
                        : Messages.Problems_Warning, Comparator.comparingInt(Problem::severity)),
                new Column<>(Messages.Problems_Work, SWT.LEFT, Problem::work, Comparator.comparing(Problem::work)),
                new Column<>(Messages.Problems_Message, SWT.LEFT, Problem::message,
                        Comparator.comparing(Problem::message)));
    }

    private void show() {
        if (details.isDisposed()) {
            return;
        }
        int index = table.table().getSelectionIndex();
        Problem chosen = index < 0 ? null : table.rows().get(index);
        table.show(log.problems());
        // the one being read stays chosen as new problems come in (immutable lists refuse to look for null)
        int again = chosen == null ? -1 : table.rows().indexOf(chosen);
        if (again >= 0) {
            table.table().setSelection(again);
        }
        selected();
    }

    private void selected() {
        int index = table.table().getSelectionIndex();
        details.setText(index < 0 ? (table.rows().isEmpty() ? Messages.Problems_None : Messages.Problems_Hint)
                : table.rows().get(index).detail());
    }

    public SortableTable<Problem> table() {
        return table;
    }

    public Text details() {
        return details;
    }

    @PreDestroy
    void stop() {
        stopListening.run();
    }
}
