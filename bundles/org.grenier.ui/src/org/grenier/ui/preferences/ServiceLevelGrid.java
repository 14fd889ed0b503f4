package org.grenier.ui.preferences;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.grenier.core.planning.ServiceTargets;
import org.grenier.ui.Messages;

/**
 * The ABC/XYZ service levels as planners draw them: value of demand down (A, B, C), predictability across (X, Y, Z),
 * each cell a percent with one decimal, from 50.0 to 99.9.
 */
final class ServiceLevelGrid {

    private static final int TENTHS = 1000;

    private final Group group;
    private final Spinner[][] spinners = new Spinner[3][3];

    ServiceLevelGrid(Composite parent) {
        group = new Group(parent, SWT.NONE);
        group.setText(Messages.Preferences_ServiceLevels);
        group.setLayout(new GridLayout(4, false));
        Label intro = new Label(group, SWT.WRAP);
        intro.setText(Messages.Preferences_ServiceLevelsIntro);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        wide.widthHint = 380;
        intro.setLayoutData(wide);
        new Label(group, SWT.NONE);
        for (String column : new String[] { Messages.Preferences_ClassX, Messages.Preferences_ClassY,
                Messages.Preferences_ClassZ }) {
            Label heading = new Label(group, SWT.CENTER);
            heading.setText(column);
            heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        String[] rows = { Messages.Preferences_ClassA, Messages.Preferences_ClassB, Messages.Preferences_ClassC };
        for (int abc = 0; abc < 3; abc++) {
            new Label(group, SWT.NONE).setText(rows[abc]);
            for (int xyz = 0; xyz < 3; xyz++) {
                Spinner cell = new Spinner(group, SWT.BORDER);
                cell.setDigits(1);
                cell.setValues(TENTHS / 2, (int) Math.round(ServiceTargets.LOWEST * TENTHS),
                        (int) Math.round(ServiceTargets.HIGHEST * TENTHS), 1, 1, 10);
                cell.setToolTipText("" + (char) ('A' + abc) + (char) ('X' + xyz));
                spinners[abc][xyz] = cell;
            }
        }
    }

    Group group() {
        return group;
    }

    void show(ServiceTargets targets) {
        double[][] levels = targets.levels();
        for (int abc = 0; abc < 3; abc++) {
            for (int xyz = 0; xyz < 3; xyz++) {
                spinners[abc][xyz].setSelection((int) Math.round(levels[abc][xyz] * TENTHS));
            }
        }
    }

    /** The levels shown; always valid, since each spinner keeps within the allowed range. */
    ServiceTargets chosen() {
        double[][] levels = new double[3][3];
        for (int abc = 0; abc < 3; abc++) {
            for (int xyz = 0; xyz < 3; xyz++) {
                levels[abc][xyz] = spinners[abc][xyz].getSelection() / (double) TENTHS;
            }
        }
        return new ServiceTargets(levels);
    }

    Spinner[][] spinners() {
        return spinners;
    }
}
