package org.grenier.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.Importer;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.imports.ProfileText;
import org.grenier.core.store.Store;

/** {@code grenier import [--profile NAME|FILE] FILE...}: imports CSV exports, one batch per file. */
final class ImportCommand implements Command {

    private static final int SHOWN_REJECTIONS = 5;

    private final Services services;

    ImportCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import CSV exports (sales, stock, catalogue, plans, weather) into the store";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier import [--profile NAME|FILE] [--db PATH] FILE...

                Imports each file as one batch: everything or nothing. The encoding, delimiter,
                decimal separator and date format are read from the data. Without --profile,
                the profile whose columns match the file's header is chosen ('grenier profiles'
                lists them); --profile takes a profile's name or a profile file.
                Rows already in the store are skipped, so importing a file twice adds nothing.
                Rejected rows go to FILE.rejected.csv with their line, column and reason, and a
                summary to FILE.import-summary.txt. 'grenier undo BATCH' takes a batch back out.
                Exit code 1 when a file could not be imported or none of its rows were accepted.""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        if (invocation.arguments().isEmpty()) {
            err.println("grenier import: name at least one CSV file. Run 'grenier import --help'.");
            return ExitCodes.USAGE;
        }
        Optional<Importer> importer = services.find(Importer.class);
        if (importer.isEmpty()) {
            err.println("grenier import: the import service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            int code = ExitCodes.OK;
            for (String name : invocation.arguments()) {
                if (!importOne(importer.get(), store, Path.of(name), invocation, out, err)) {
                    code = ExitCodes.FAILED;
                }
            }
            return code;
        });
    }

    private boolean importOne(Importer importer, Store store, Path file, Invocation invocation, PrintStream out,
            PrintStream err) {
        Result<MappingProfile> profile = profile(importer, store, file, invocation.option("--profile"));
        if (profile.failed()) {
            err.println("grenier import: " + profile.message());
            return false;
        }
        Result<ImportReport> result = importer.importFile(store, file, profile.value(),
                new ProgressLines(err, file.getFileName() + ": "));
        if (result.failed()) {
            err.println("grenier import: " + result.message());
            return false;
        }
        if (result.severity() == Result.Severity.WARNING) {
            err.println("grenier import: " + result.message());
        }
        print(result.value(), out);
        return !result.value().nothingImported();
    }

    static Result<MappingProfile> profile(Importer importer, Store store, Path file, Optional<String> named) {
        if (named.isEmpty()) {
            return importer.chooseProfile(store, file);
        }
        Path asFile = Path.of(named.get());
        if (Files.isRegularFile(asFile)) {
            try {
                return ProfileText.parse(Files.readString(asFile), asFile.toString());
            } catch (java.io.IOException e) {
                return Result.error("cannot read the profile file " + asFile + ": " + e.getMessage());
            }
        }
        List<MappingProfile> profiles = importer.profiles(store);
        return profiles.stream().filter(p -> p.name().equalsIgnoreCase(named.get())).findFirst().map(Result::ok)
                .orElseGet(() -> Result.error("no profile is named '" + named.get() + "' and no such file exists; "
                        + "the profiles are " + profiles.stream().map(MappingProfile::name).toList()));
    }

    private static void print(ImportReport report, PrintStream out) {
        out.printf("%s: %,d added, %,d rejected, %,d already in the store%s (batch %d, profile '%s')%n",
                report.file(), report.accepted(), report.rejected(), report.alreadyStored(),
                report.createdCodes() > 0 ? ", " + report.createdCodes() + " products or sites created" : "",
                report.batchId(), report.profile());
        out.println("  read as " + report.format().describe());
        report.format().notes().forEach(note -> out.println("  note: " + note));
        report.rejectedFile().ifPresent(file -> out.println("  rejected rows: " + file));
        report.firstRejections().stream().limit(SHOWN_REJECTIONS).forEach(r -> out.println("    " + r));
        if (report.rejected() > SHOWN_REJECTIONS) {
            out.printf("    ... and %,d more%n", report.rejected() - SHOWN_REJECTIONS);
        }
        out.println("  summary: " + report.summaryFile());
    }
}
