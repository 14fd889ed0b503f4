package org.grenier.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.imports.MappingProfile;
import org.grenier.core.imports.ProfileText;

/** The profiles shipped in this bundle's {@code profiles/} folder, for the exports people actually have. */
final class BuiltInProfiles {

    static final List<String> FILES = List.of("generic-sales", "stock-snapshot", "product-catalogue",
            "production-plan", "weather", "storage-units", "supply-terms", "stock-movements", "odoo-sales-lines", "odoo-stock-quants", "odoo-products",
            "dolibarr-invoice-lines", "dolibarr-products");

    private static volatile List<MappingProfile> loaded;

    private BuiltInProfiles() {
    }

    static List<MappingProfile> all() {
        if (loaded == null) {
            List<MappingProfile> profiles = new ArrayList<>();
            for (String name : FILES) {
                profiles.add(ProfileText.parse(read(name), "profiles/" + name + ".properties").orElseThrow());
            }
            loaded = List.copyOf(profiles);
        }
        return loaded;
    }

    private static String read(String name) {
        try (InputStream in = BuiltInProfiles.class.getResourceAsStream("/profiles/" + name + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("profiles/" + name + ".properties is missing from the imports bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read profiles/" + name + ".properties", e);
        }
    }
}
