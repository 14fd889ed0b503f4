package org.grenier.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test files kept in a test fragment's testdata/ folder, copied out so code under test reads real files. */
public final class TestData {

    private TestData() {
    }

    /** Copies testdata/{@code name} of the fragment that holds {@code testClass} into {@code folder}. */
    public static Path copy(Class<?> testClass, String name, Path folder) throws IOException {
        try (InputStream in = testClass.getClassLoader().getResourceAsStream("testdata/" + name)) {
            if (in == null) {
                throw new IOException("testdata/" + name + " is not in the test fragment of " + testClass.getName());
            }
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
