package org.grenier.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.imports.Importer;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.imports.ProfileText;

/** {@code grenier profiles [NAME] [--save FILE]}: lists, shows and saves mapping profiles. */
final class ProfilesCommand implements Command {

    private final Services services;

    ProfilesCommand(Services services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "profiles";
    }

    @Override
    public String summary() {
        return "list, show or save the mapping profiles imports use";
    }

    @Override
    public String usage() {
        return """
                Usage: grenier profiles [NAME] [--save FILE] [--db PATH]

                Without arguments, lists the profiles: the built-in ones and those saved in the store.
                With NAME, prints that profile as text; save it to a file, edit it, and either pass
                the file to 'grenier import --profile FILE' or store it with --save FILE, which
                keeps it in the store under its name (replacing a profile of the same name).""";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        Optional<Importer> importer = services.find(Importer.class);
        if (importer.isEmpty()) {
            err.println("grenier profiles: the import service did not start; run with -consoleLog to see why");
            return ExitCodes.FAILED;
        }
        return StoreAccess.withStore(services, invocation, err, name(), store -> {
            if (invocation.option("--save").isPresent()) {
                return save(store, Path.of(invocation.option("--save").get()), out, err);
            }
            List<MappingProfile> profiles = importer.get().profiles(store);
            if (invocation.arguments().isEmpty()) {
                profiles.forEach(p -> out.printf("%-28s %-16s %s%n", p.name(), p.target(), p.description()));
                return ExitCodes.OK;
            }
            String wanted = String.join(" ", invocation.arguments());
            Optional<MappingProfile> profile = profiles.stream().filter(p -> p.name().equalsIgnoreCase(wanted))
                    .findFirst();
            if (profile.isEmpty()) {
                err.println("grenier profiles: no profile is named '" + wanted + "'");
                return ExitCodes.FAILED;
            }
            out.print(ProfileText.write(profile.get()));
            return ExitCodes.OK;
        });
    }

    private static int save(org.grenier.core.store.Store store, Path file, PrintStream out, PrintStream err) {
        Result<MappingProfile> parsed;
        try {
            parsed = ProfileText.parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            err.println("grenier profiles: cannot read " + file + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        Result<MappingProfile> saved = parsed.failed() ? parsed : store.imports().saveProfile(parsed.value());
        if (saved.failed()) {
            err.println("grenier profiles: " + saved.message());
            return ExitCodes.FAILED;
        }
        out.println("Profile '" + saved.value().name() + "' saved in the store.");
        return ExitCodes.OK;
    }
}
