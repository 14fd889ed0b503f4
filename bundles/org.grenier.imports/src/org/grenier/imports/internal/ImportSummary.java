package org.grenier.imports.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.Rejection;

/** The plain-text summary written beside an imported file: what was read, how, and what became of its rows. */
final class ImportSummary {

    private ImportSummary() {
    }

    static Path place(Path rejectedFile) {
        String name = rejectedFile.getFileName().toString().replace(".rejected.csv", ".import-summary.txt");
        return rejectedFile.resolveSibling(name);
    }

    static void write(Path target, ImportReport report, String sha256) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("Grenier import of ").append(report.file()).append('\n');
        text.append("SHA-256          ").append(sha256).append('\n');
        text.append("Batch            ").append(report.batchId()).append('\n');
        text.append("Profile          ").append(report.profile()).append('\n');
        text.append("Format           ").append(report.format().describe()).append('\n');
        report.format().notes().forEach(note -> text.append("Note             ").append(note).append('\n'));
        text.append("Rows             ").append(report.rows()).append('\n');
        text.append("Added            ").append(report.accepted()).append('\n');
        text.append("Already stored   ").append(report.alreadyStored()).append('\n');
        text.append("Rejected         ").append(report.rejected()).append('\n');
        text.append("Codes created    ").append(report.createdCodes()).append('\n');
        report.rejectedFile().ifPresent(file -> text.append("Rejected rows in ").append(file).append('\n'));
        if (!report.firstRejections().isEmpty()) {
            text.append("\nReasons (among the first ").append(report.firstRejections().size()).append(" rejected)\n");
            reasons(report).entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(
                    Comparator.reverseOrder())).forEach(e -> text.append(String.format("%8d  %s%n", e.getValue(),
                            e.getKey())));
            text.append("\nFirst rejected rows\n");
            report.firstRejections().stream().limit(20).forEach(r -> text.append("  ").append(r).append('\n'));
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, Integer> reasons(ImportReport report) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Rejection rejection : report.firstRejections()) {
            String column = rejection.column() == null || rejection.column().isEmpty() ? "" : rejection.column() + ": ";
            counts.merge(column + rejection.reason(), 1, Integer::sum);
        }
        return counts;
    }
}
