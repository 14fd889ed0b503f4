package org.grenier.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** The Equinox application behind {@code grenier <command>}: runs one command and returns its exit code. */
public class GrenierApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        var bundle = FrameworkUtil.getBundle(GrenierApplication.class);
        Services services = new Services(bundle.getBundleContext());
        try {
            return new CommandLine(services, bundle.getVersion().toString(), System.out, System.err)
                    .run(args == null ? new String[0] : args);
        } finally {
            services.close();
        }
    }

    @Override
    public void stop() {
        // Commands are short and run to completion; there is nothing to interrupt.
    }
}
