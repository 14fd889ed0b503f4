package org.grenier.cli.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.quality.QualityRisk;
import org.grenier.core.quality.StorageRisk;

/** {@code grenier risk}: the quality risk of every storage unit, riskiest first, with what to do. */
final class RiskCommand implements Command {

    private final Services services;

    RiskCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "risk";
    }

    @Override
    public String summary() {
        return "storage quality risk per storage unit, with aeration advice";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier risk [--db PATH] [--output FILE]

                Judges every storage unit from its sensor readings and the imported weather forecasts:
                for grain silos the share of the crop's allowable storage time used (ASAE D535 for
                maize, Fraser and Muir for wheat and small grains) and the days left at the latest
                conditions; mould risk (VTT curve) and condensation over the last week; for cold rooms
                the mean kinetic temperature and the hours outside their limits over the last month;
                when to run the aeration fans. Scores go from 0 to 100 (70 and over is high). Each unit
                at high risk without an open storage-risk alert gets one (see 'grenier alerts').""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<QualityRisk> quality = services.find(QualityRisk.class);
        if (quality.isEmpty()) {
            err.println("grenier risk: the planning service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            Instant now = Instant.now();
            Result<List<StorageRisk>> risks = quality.get().assess(store, now);
            if (risks.failed()) {
                err.println("grenier risk: " + risks.message());
                return ExitCodes.FAILED;
            }
            print(risks.value(), out);
            Result<Integer> raised = quality.get().raiseAlerts(store, risks.value(), now);
            if (raised.failed()) {
                err.println("grenier risk: " + raised.message());
                return ExitCodes.FAILED;
            }
            out.println(raised.value() + (raised.value() == 1 ? " alert raised." : " alerts raised."));
            return ExitCodes.OK;
        });
    }

    private static void print(List<StorageRisk> risks, PrintStream out) {
        out.printf("%-12s %-10s %-12s %6s %5s %5s %6s %6s %6s %6s %5s  %s%n", "Unit", "Type", "Crop", "T °C",
                "RH %", "MC %", "Used %", "Days", "MKT", "Exc h", "Score", "Level");
        for (StorageRisk risk : risks) {
            out.printf(Locale.ROOT, "%-12s %-10s %-12s %6s %5s %5s %6s %6s %6s %6s %5d  %s%n", risk.storageUnit(),
                    risk.type(), risk.crop().map(Enum::name).orElse("-"), number(risk.temperature(), 1),
                    number(risk.humidity(), 0), number(risk.moisture(), 1), number(100 * risk.lifeUsed(), 0),
                    number(risk.daysLeft(), 0), number(risk.meanKineticTemperature(), 1),
                    number(risk.excursionHours(), 1), risk.score(), risk.level());
            risk.advice().forEach(advice -> out.println("    " + advice.text()));
        }
    }

    private static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "-";
    }
}
