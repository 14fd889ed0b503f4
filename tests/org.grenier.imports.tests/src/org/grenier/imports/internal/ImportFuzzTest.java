package org.grenier.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.store.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random mutations of a valid French export (fixed seed, 10,000 cases unless grenier.fuzzCases says otherwise):
 * no case may crash the importer, and the store must hold exactly what each report says was added.
 */
class ImportFuzzTest {

    private static final byte[] NOISE = { ';', ',', '"', '\'', '\n', '\r', '\t', 0, (byte) 0xE9, (byte) 0xFF,
            (byte) 0x80, 'x', '9', '/', '-', ' ', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    @TempDir
    Path folder;

    @Test
    void mutatedFilesNeverCrashNorHalfCommit() throws IOException {
        int cases = Integer.getInteger("grenier.fuzzCases", 10_000);
        Random random = new Random(20261120L);
        byte[] valid = validFile(random);
        try (ImportFixture fixture = new ImportFixture(folder)) {
            MappingProfile profile = fixture.profile("Generic sales lines");
            long sales = fixture.count(RecordKind.SALES_LINE);
            long batches = 0;
            for (int i = 0; i < cases; i++) {
                byte[] mutated = mutate(valid, random);
                Path file = fixture.write("case.csv", mutated);
                Result<ImportReport> result = fixture.importer.importFile(fixture.store, file, profile,
                        new NullProgressMonitor());
                String where = "case " + i + ": " + result.message();
                assertFalse(result.failed() && result.message().contains("a bug"), where);
                if (!result.failed()) {
                    sales += result.value().accepted();
                    batches++;
                }
                if (i % 250 == 0 || i == cases - 1) {
                    assertEquals(sales, fixture.count(RecordKind.SALES_LINE), where);
                    assertEquals(batches, fixture.count(RecordKind.IMPORT_BATCH), where);
                }
            }
        }
    }

    private static byte[] validFile(Random random) {
        StringBuilder text = new StringBuilder("Date;Article;Quantité;Montant;Client;Zone\r\n");
        for (int i = 0; i < 12; i++) {
            text.append(String.format("%02d/03/2025;%s;%d,%d;%d,%02d;Client %d;%s\r\n", 1 + random.nextInt(28),
                    random.nextBoolean() ? "BLE-T1" : "POM-GALA", random.nextInt(50), random.nextInt(10),
                    random.nextInt(900), random.nextInt(100), random.nextInt(5), random.nextBoolean() ? "Nord" : "Sud"));
        }
        return text.toString().getBytes(FrenchExportImportTest.CP1252);
    }

    static byte[] mutate(byte[] source, Random random) {
        byte[] bytes = source.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(6)) {
                case 0 -> { bytes[at] = NOISE[random.nextInt(NOISE.length)]; yield bytes; }
                case 1 -> insert(bytes, at, new byte[] { NOISE[random.nextInt(NOISE.length)] });
                case 2 -> remove(bytes, at, 1 + random.nextInt(Math.min(20, bytes.length - at)));
                case 3 -> java.util.Arrays.copyOf(bytes, at);
                case 4 -> insert(bytes, at, java.util.Arrays.copyOfRange(bytes, 0, Math.min(bytes.length, 60)));
                default -> { bytes[at] = (byte) random.nextInt(256); yield bytes; }
            };
        }
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] piece) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(piece);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] remove(byte[] bytes, int at, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(bytes, at + length, bytes.length - at - length);
        return out.toByteArray();
    }
}
