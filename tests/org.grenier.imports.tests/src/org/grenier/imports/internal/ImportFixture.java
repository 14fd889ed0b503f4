package org.grenier.imports.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.Importer;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.model.Sector;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StorageType;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.RecordKind;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;

/** A real store in a temporary folder, the real import service, and files written byte for byte. */
final class ImportFixture implements AutoCloseable {

    final Importer importer = OsgiServices.get(Importer.class);
    final Store store;
    final Path folder;

    /** A store with a site, a silo and three products, and no sales: tests see only the rows they import. */
    ImportFixture(Path folder) {
        this.folder = folder;
        this.store = OsgiServices.get(StoreOpener.class).open(folder.resolve("store")).orElseThrow();
        store.add(new Dataset(List.of(sku("BLE-T1"), sku("POM-GALA"), sku("CAROTTE")),
                List.of(new Site("VAL", "Coopérative du Val", null)),
                List.of(new StorageUnit("VAL-S1", "VAL", "Silo 1", StorageType.SILO, 1200, "q")), List.of(),
                List.of(), List.of())).orElseThrow();
    }

    private static Sku sku(String code) {
        return new Sku(code, code, null, Sector.AGRICULTURE, "kg", null, null, null);
    }

    Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(charset));
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /** Imports with the profile the importer chooses for the file. */
    Result<ImportReport> importAuto(Path file) {
        Result<MappingProfile> profile = importer.chooseProfile(store, file);
        if (profile.failed()) {
            return Result.error(profile.message());
        }
        return importer.importFile(store, file, profile.value(), new NullProgressMonitor());
    }

    Result<ImportReport> importWith(Path file, String profileName) {
        return importer.importFile(store, file, profile(profileName), new NullProgressMonitor());
    }

    MappingProfile profile(String name) {
        return importer.profiles(store).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    long count(RecordKind kind) {
        return store.summary().orElseThrow().count(kind);
    }

    @Override
    public void close() {
        store.close();
    }
}
