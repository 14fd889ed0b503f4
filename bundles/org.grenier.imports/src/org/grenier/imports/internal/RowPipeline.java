package org.grenier.imports.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.grenier.core.imports.CodeBook;
import org.grenier.core.imports.Rejection;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.store.ImportSession;

/**
 * Reads, converts and validates rows on a thread of its own while the importing thread writes the previous ones to
 * the store: on two cores the file is parsed while the database works. Items come out in file order, in bounded
 * chunks, so memory stays flat; products and sites to create come out just before the first row that names them.
 */
final class RowPipeline implements AutoCloseable {

    static final int CHUNK = 512;

    /** One thing for the writing thread to do, in file order. */
    sealed interface Item {
    }

    record Row(ImportSession.ReadyRow ready, List<String> cells) implements Item {
    }

    record Rejected(Rejection rejection, List<String> cells) implements Item {
    }

    record CreateSku(Sku sku) implements Item {
    }

    record CreateSite(Site site) implements Item {
    }

    record End(long rows) implements Item {
    }

    record Failure(Exception error) implements Item {
    }

    private final BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(8);
    private final Thread reader;
    private volatile boolean stopped;

    RowPipeline(SniffedFile sniffed, ColumnPlan plan, ImportSession known) {
        this.reader = new Thread(() -> read(sniffed, plan, known), "Grenier import reader: "
                + sniffed.file().getFileName());
        reader.setDaemon(true);
        reader.start();
    }

    /** The next chunk, or null when none came within the wait (so the caller can look at its cancel button). */
    List<Item> next(long waitMillis) throws InterruptedException {
        return queue.poll(waitMillis, TimeUnit.MILLISECONDS);
    }

    private void read(SniffedFile sniffed, ColumnPlan plan, ImportSession known) {
        List<Item> chunk = new ArrayList<>(CHUNK);
        DeferredCodes codes = new DeferredCodes(known, chunk);
        RowMapper mapper = new RowMapper(plan, new CellReader(sniffed.format(), plan.profile().zone()), codes);
        String file = sniffed.file().toString();
        long rows = 0;
        try (CsvRows csv = new CsvRows(sniffed.file(), sniffed.scan().charset(), sniffed.format())) {
            if (sniffed.format().header()) {
                csv.next();
            }
            CsvRows.Row row;
            while (!stopped && (row = csv.next()) != null) {
                rows++;
                try {
                    // The store's form of the row is made here too, so the writing thread only stores it.
                    chunk.add(new Row(known.ready(mapper.map(row.cells(), row.line())), row.cells()));
                } catch (RowRejected e) {
                    chunk.add(new Rejected(e.at(file, row.line()), row.cells()));
                }
                if (chunk.size() >= CHUNK) {
                    hand(new ArrayList<>(chunk));
                    chunk.clear();
                }
            }
            chunk.add(new End(rows));
        } catch (IOException | RuntimeException e) {
            chunk.add(new Failure(e));
        }
        hand(chunk);
    }

    private void hand(List<Item> chunk) {
        try {
            while (!stopped && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                // The writer is busy; wait for room unless the import was stopped.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Codes known to the store plus those this file will create, which become items in the chunk being filled. */
    private static final class DeferredCodes implements CodeBook {

        private final CodeBook known;
        private final List<Item> chunk;
        private final Set<String> newSkus = ConcurrentHashMap.newKeySet();
        private final Set<String> newSites = ConcurrentHashMap.newKeySet();

        DeferredCodes(CodeBook known, List<Item> chunk) {
            this.known = known;
            this.chunk = chunk;
        }

        @Override
        public boolean hasSku(String code) {
            return newSkus.contains(code) || known.hasSku(code);
        }

        @Override
        public boolean hasSite(String code) {
            return newSites.contains(code) || known.hasSite(code);
        }

        @Override
        public boolean hasStorageUnit(String code) {
            return known.hasStorageUnit(code);
        }

        @Override
        public void createSku(Sku sku) {
            newSkus.add(sku.code());
            chunk.add(new CreateSku(sku));
        }

        @Override
        public void createSite(Site site) {
            newSites.add(site.code());
            chunk.add(new CreateSite(site));
        }
    }
}
