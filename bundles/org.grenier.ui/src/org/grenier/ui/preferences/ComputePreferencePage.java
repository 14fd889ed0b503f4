package org.grenier.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.grenier.core.ComputeLimits;
import org.grenier.core.ComputeSettings;
import org.grenier.core.Result;
import org.grenier.ui.Messages;

/**
 * Preferences > Computation: the threads and working memory training may take. A planner sharing a modest laptop with
 * other work turns them down; the next training keeps to them, without a restart.
 */
public class ComputePreferencePage extends PreferencePage {

    private final ComputeSettings settings;
    private Spinner threads;
    private Spinner memory;

    public ComputePreferencePage(ComputeSettings settings) {
        super(Messages.Preferences_Compute);
        this.settings = settings;
        setDescription(Messages.Preferences_ComputeDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        int cores = Runtime.getRuntime().availableProcessors();
        int heap = (int) (Runtime.getRuntime().maxMemory() / (1024 * 1024));
        new Label(page, SWT.NONE).setText(Messages.Preferences_Threads);
        threads = new Spinner(page, SWT.BORDER);
        threads.setValues(1, 1, ComputeLimits.MAX_THREADS, 0, 1, 4);
        new Label(page, SWT.NONE).setText(Messages.Preferences_Memory);
        memory = new Spinner(page, SWT.BORDER);
        memory.setValues(ComputeLimits.MIN_MEMORY_MEGABYTES, ComputeLimits.MIN_MEMORY_MEGABYTES,
                Math.max(heap, ComputeLimits.MIN_MEMORY_MEGABYTES), 0, 32, 256);
        Label machine = new Label(page, SWT.WRAP);
        machine.setText(NLS.bind(Messages.Preferences_Machine, cores, heap));
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 360;
        machine.setLayoutData(wide);
        show(settings.limits());
        return page;
    }

    private void show(ComputeLimits limits) {
        threads.setSelection(limits.threads());
        memory.setSelection(limits.memoryMegabytes());
    }

    @Override
    protected void performDefaults() {
        show(ComputeLimits.defaults());
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (threads == null) {
            return true; // the page was never shown, so nothing changed
        }
        Result<ComputeLimits> saved = settings.save(new ComputeLimits(threads.getSelection(),
                memory.getSelection()));
        if (saved.failed()) {
            setErrorMessage(saved.message());
            return false;
        }
        return true;
    }

    public Spinner threads() {
        return threads;
    }

    public Spinner memory() {
        return memory;
    }
}
