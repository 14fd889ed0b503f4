package org.grenier.cli.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.sensors.Alert;

/** {@code grenier alerts [--ack ID]}: the sensor alerts, newest first, and their acknowledgement. */
final class AlertsCommand implements Command {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Services services;

    AlertsCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public String summary() {
        return "list sensor alerts, or acknowledge one with --ack ID";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier alerts [--ack ID] [--db PATH] [--output FILE]

                Lists the last 200 alerts, newest first: thresholds crossed, values changing fast,
                and sensor faults (stuck, spikes, silent devices), each with whether a person has
                acknowledged it. With --ack ID, acknowledges that alert.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            if (invocation.option("--ack").isPresent()) {
                long id;
                try {
                    id = Long.parseLong(invocation.option("--ack").get());
                } catch (NumberFormatException e) {
                    err.println("grenier alerts: --ack needs an alert number, not '" + invocation.option("--ack").get()
                            + "'");
                    return ExitCodes.USAGE;
                }
                Result<Boolean> done = store.sensors().acknowledge(id, Instant.now());
                if (done.failed() || !done.value()) {
                    err.println("grenier alerts: " + (done.failed() ? done.message()
                            : "no unacknowledged alert has number " + id));
                    return ExitCodes.FAILED;
                }
                out.println("Alert " + id + " acknowledged.");
                return ExitCodes.OK;
            }
            Result<List<Alert>> alerts = store.sensors().alerts(false, 200);
            if (alerts.failed()) {
                err.println("grenier alerts: " + alerts.message());
                return ExitCodes.FAILED;
            }
            out.printf("%6s  %-19s  %-14s  %-12s  %s%n", "Alert", "Raised", "Kind", "State", "Message");
            for (Alert alert : alerts.value()) {
                out.printf("%6d  %-19s  %-14s  %-12s  %s%n", alert.id(), WHEN.format(alert.at()), alert.kind(),
                        alert.acknowledgedAt().isPresent() ? "acknowledged" : "open", alert.message());
            }
            return ExitCodes.OK;
        });
    }
}
