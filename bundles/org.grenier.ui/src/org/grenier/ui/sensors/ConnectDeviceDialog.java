package org.grenier.ui.sensors;

import java.time.Duration;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.grenier.core.Result;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Acquisition;
import org.grenier.core.sensors.DeviceProfile;
import org.grenier.core.sensors.PortInfo;
import org.grenier.core.sensors.SessionStatus;
import org.grenier.core.store.Store;
import org.grenier.ui.UiThread;
import org.grenier.ui.Messages;
import org.grenier.ui.Numbers;
import org.grenier.ui.preferences.Units;

/**
 * Connects a device: the port (found ports, or any path typed in), the device profile, the storage unit it
 * watches, and a test read that shows what the device says, parsed and calibrated, before anything is stored.
 */
public class ConnectDeviceDialog extends TitleAreaDialog {

    static final Duration TEST_READ = Duration.ofSeconds(5);

    private final Acquisition acquisition;
    private final Store store;
    private volatile List<DeviceProfile> profiles = List.of();
    private Combo port;
    private Combo profile;
    private Text unit;
    private Button test;
    private Table values;
    private Label testState;

    public ConnectDeviceDialog(Shell parent, Acquisition acquisition, Store store) {
        super(parent);
        this.acquisition = acquisition;
        this.store = store;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText(Messages.Connect_Title);
        setTitle(Messages.Connect_Title);
        setMessage(Messages.Connect_Message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        new Label(form, SWT.NONE).setText(Messages.Connect_Port);
        port = new Combo(form, SWT.DROP_DOWN);
        port.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(form, SWT.NONE).setText(Messages.Connect_Profile);
        profile = new Combo(form, SWT.READ_ONLY);
        new Label(form, SWT.NONE).setText(Messages.Connect_Unit);
        unit = new Text(form, SWT.BORDER);
        unit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        test = new Button(form, SWT.PUSH);
        test.setText(Messages.Connect_Test);
        test.setEnabled(false);
        test.addListener(SWT.Selection, event -> testRead());
        testState = new Label(form, SWT.WRAP);
        testState.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        values = new Table(form, SWT.BORDER | SWT.FULL_SELECTION);
        values.setHeaderVisible(true);
        values.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String title : List.of(Messages.Connect_Sensor, Messages.Sensors_Measure.replace(":", "").strip(),
                Messages.Connect_Value, Messages.Connect_Time)) {
            new TableColumn(values, SWT.LEFT).setText(title);
        }
        findPorts();
        return area;
    }

    /**
     * Discovery reads the system's device folders and the saved profiles come from the store: both are read in a
     * Job, and the lists filled when they are back.
     */
    private void findPorts() {
        Job job = Job.create(Messages.Connect_Port, monitor -> {
            List<PortInfo> found = acquisition.ports();
            List<DeviceProfile> known = acquisition.profiles(store);
            UiThread.later(port, () -> {
                if (port.isDisposed()) {
                    return;
                }
                profiles = known;
                known.forEach(p -> profile.add(p.name() + "  (" + p.protocol() + ", " + p.serial().describe() + ")"));
                profile.select(0);
                test.setEnabled(true);
                if (port.getText().isEmpty()) {
                    found.forEach(p -> port.add(p.path()));
                    if (!found.isEmpty()) {
                        port.select(0);
                    }
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Connect_Record, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(720, 560);
    }

    private DeviceProfile chosen() {
        if (profiles.isEmpty()) {
            return null;
        }
        DeviceProfile p = profiles.get(Math.max(0, profile.getSelectionIndex()));
        return unit.getText().isBlank() ? p : p.withStorageUnit(unit.getText().strip());
    }

    /** Reads the device for a few seconds in a Job; the values arrive in the table, nothing is stored. */
    public Job testRead() {
        String path = port.getText().strip();
        if (path.isEmpty()) {
            setMessage(Messages.Connect_NoPort, IMessageProvider.ERROR);
            return null;
        }
        DeviceProfile device = chosen();
        if (device == null) {
            return null;
        }
        test.setEnabled(false);
        testState.setText(NLS.bind(Messages.Connect_Testing, path));
        values.removeAll();
        Job job = Job.create(Messages.Connect_Test, monitor -> {
            Result<List<SensorReading>> read = acquisition.testRead(path, device, TEST_READ);
            UiThread.later(values, () -> showTest(read));
        });
        job.schedule();
        return job;
    }

    private void showTest(Result<List<SensorReading>> read) {
        if (values.isDisposed()) {
            return;
        }
        test.setEnabled(true);
        if (read.failed()) {
            testState.setText(GapText.reason(read.message()));
            return;
        }
        testState.setText(NLS.bind(Messages.Connect_TestResult, read.value().size())
                + (read.message() == null || read.message().isBlank() ? "" : " " + read.message()));
        Units units = Units.saved();
        for (SensorReading r : read.value()) {
            new TableItem(values, SWT.NONE).setText(new String[] { r.sensorId(), Labels.measure(r.measure()),
                    Numbers.number(units.shown(r.measure(), r.value()), 2) + " " + units.symbol(r.measure()),
                    Numbers.time(FormatStyle.MEDIUM).format(r.at()) });
        }
        for (TableColumn column : values.getColumns()) {
            column.pack();
        }
        testState.getParent().layout();
    }

    @Override
    protected void okPressed() {
        String path = port.getText().strip();
        if (path.isEmpty()) {
            setMessage(Messages.Connect_NoPort, IMessageProvider.ERROR);
            return;
        }
        if (unit.getText().isBlank()) {
            setMessage(Messages.Connect_NoUnit, IMessageProvider.ERROR);
            return;
        }
        if (chosen() == null) {
            return;
        }
        Result<SessionStatus> started = acquisition.start(store, path, chosen());
        if (started.failed()) {
            setMessage(NLS.bind(Messages.Connect_Failed, GapText.reason(started.message())), IMessageProvider.ERROR);
            return;
        }
        super.okPressed();
    }

    public Combo port() {
        return port;
    }

    public Combo profile() {
        return profile;
    }

    public Text unit() {
        return unit;
    }

    public Table values() {
        return values;
    }
}
