package org.grenier.imports.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh store and import service in a temporary folder for each test. */
abstract class ImportTestBase {

    @TempDir
    Path folder;

    ImportFixture fixture;

    @BeforeEach
    void openStore() {
        fixture = new ImportFixture(folder);
    }

    @AfterEach
    void closeStore() {
        fixture.close();
    }
}
