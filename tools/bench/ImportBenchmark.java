import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.imports.ImportReport;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.store.Store;
import org.grenier.imports.internal.CsvImporter;
import org.grenier.store.internal.H2StoreOpener;

/**
 * The import benchmark of docs/BENCHMARKS.md, run by tools/benchmark-import:
 *   generate ROWS FILE    writes the reproducible sales file (fixed seed)
 *   csvread FILE DIR      H2's CREATE TABLE AS SELECT * FROM CSVREAD into a new database in DIR
 *   grenier FILE DIR      Grenier's full import (sniff, map, validate, merge) into a new store in DIR
 * Each measurement prints one line: what, rows, seconds, rows per second, peak heap used and peak heap live after
 * a collection, in MB. Both imports are timed from an open database; the peaks cover the whole process.
 */
public class ImportBenchmark {

    private static volatile long peakHeap;
    private static volatile long peakLive;

    public static void main(String[] args) throws Exception {
        Thread sampler = new Thread(ImportBenchmark::sampleHeap, "heap sampler");
        sampler.setDaemon(true);
        sampler.start();
        switch (args[0]) {
            case "generate" -> generate(Integer.parseInt(args[1]), Path.of(args[2]));
            case "csvread" -> csvread(Path.of(args[1]), Path.of(args[2]));
            case "grenier" -> grenier(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** A French sales export: ';', dd/MM/yyyy HH:mm, decimal commas, accents, 500 products, 3 sites. */
    static void generate(int rows, Path file) throws Exception {
        Random random = new Random(20261120L);
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 8, 0);
        String[] zones = { "Nord", "Centre", "Sud", "Île-de-France", "Bourgogne" };
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Date de vente;Code article;Magasin;Quantité;Montant HT;Client;Zone de livraison;N° commande\n");
            for (int i = 0; i < rows; i++) {
                LocalDateTime at = start.plusMinutes(i / 3);
                int sku = random.nextInt(500);
                int quantity = 1 + random.nextInt(40);
                int cents = quantity * (150 + sku * 7) + random.nextInt(100);
                out.write(String.format("%02d/%02d/%d %02d:%02d;SKU-%03d;SITE-%d;%d,%d;%d,%02d;Client %d;%s;CMD-%07d\n",
                        at.getDayOfMonth(), at.getMonthValue(), at.getYear(), at.getHour(), at.getMinute(), sku,
                        1 + random.nextInt(3), quantity, random.nextInt(10), cents / 100, cents % 100,
                        random.nextInt(2000), zones[random.nextInt(zones.length)], i));
            }
        }
    }

    static void csvread(Path file, Path dir) throws Exception {
        // H2's own settings unless CSVREAD_SETTINGS gives others (tools/benchmark-import), such as the store's.
        String settings = System.getProperty("csvread.settings", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("reference")
                + settings)) {
            long t0 = System.nanoTime();
            cpuAtStart = processCpuNanos();
            // CSVREAD reads its file name when the statement is prepared, so it cannot be a parameter.
            String name = file.toAbsolutePath().toString().replace("'", "''");
            try (PreparedStatement s = c.prepareStatement("CREATE TABLE sales AS SELECT * FROM CSVREAD('" + name
                    + "', NULL, 'charset=UTF-8 fieldSeparator=;')")) {
                s.execute();
            }
            long rows;
            try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM sales")) {
                r.next();
                rows = r.getLong(1);
            }
            report("csvread", rows, System.nanoTime() - t0);
        }
    }

    static void grenier(Path file, Path dir) throws Exception {
        long opening = System.nanoTime();
        try (Store store = new H2StoreOpener().open(dir.resolve("store")).orElseThrow()) {
            // Timed from an open store, as CSVREAD is timed from an open connection: creating the store file and
            // running its migrations is not the import, and is printed apart.
            long t0 = System.nanoTime();
            cpuAtStart = processCpuNanos();
            System.err.printf("store created and migrated in %.3f s%n", (t0 - opening) / 1e9);
            CsvImporter importer = new CsvImporter();
            MappingProfile profile = importer.chooseProfile(store, file).orElseThrow();
            ImportReport report = importer.importFile(store, file, profile, new NullProgressMonitor()).orElseThrow();
            if (report.rejected() > 0 || report.accepted() == 0) {
                throw new IllegalStateException("unexpected rejections: " + report.firstRejections());
            }
            report("grenier", report.accepted(), System.nanoTime() - t0);
        }
    }

    /**
     * Sampled every 5 ms: the most heap in use at any moment (garbage not yet collected included, so it grows with
     * the heap the JVM is given), and the most heap still in use after a collection (what the import really holds).
     */
    private static void sampleHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP
                        && pool.getCollectionUsage() != null).toList();
        while (true) {
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
            peakLive = Math.max(peakLive, pools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum());
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The CPU time of every thread of this process: the timed part's, read at its start and end. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long cpuAtStart;

    static void report(String what, long rows, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%s %d %.3f %.0f %.1f %.1f %.2f%n", what, rows, seconds, rows / seconds,
                peakHeap / 1048576.0, peakLive / 1048576.0, (processCpuNanos() - cpuAtStart) / 1e9);
    }
}
