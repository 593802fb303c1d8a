package io.policylens.app;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.document.DocumentId;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.document.Rejection;
import io.policylens.index.DocumentIndexer;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.index.RejectionLog;
import io.policylens.source.FileSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Ingests files: read → unchanged? → extract → analyse → index, on a few worker threads, batch by batch so that
 * memory stays flat however many files there are. Every input ends ingested, unchanged or rejected with a reason.
 */
public final class IngestJob {

    private static final int BATCH = 200;

    private final Settings settings;
    private final DocumentPipeline pipeline;
    private final FileSource files;

    public IngestJob(Settings settings, DocumentPipeline pipeline) {
        this.settings = settings;
        this.pipeline = pipeline;
        this.files = new FileSource(settings.maxFileBytes());
    }

    /** The input files under the given paths, in the order they will be ingested. */
    public List<Path> inputs(List<Path> paths) throws IOException {
        return files.list(paths);
    }

    /**
     * Ingests the given files into the connected cluster.
     *
     * @param progress hears the number of inputs done so far, after each one
     */
    public IngestSummary run(EsConnection es, List<Path> inputs, IntConsumer progress)
        throws IOException, InterruptedException {
        IndexLayout layout = new IndexLayout(es.client(), settings.indexPrefix());
        RejectionLog rejections = new RejectionLog(es.client(), layout);
        Set<DocumentId> previouslyRejected = rejections.ids();
        AtomicInteger ingested = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Map<DocumentId, String> uris = new ConcurrentHashMap<>();
        List<DocumentId> cleared = java.util.Collections.synchronizedList(new ArrayList<>());
        List<IOException> logFailures = java.util.Collections.synchronizedList(new ArrayList<>());

        DocumentIndexer.Listener listener = new DocumentIndexer.Listener() {
            @Override
            public void indexed(DocumentId id) {
                ingested.incrementAndGet();
                if (previouslyRejected.contains(id)) {
                    cleared.add(id);
                }
                progress.accept(done.incrementAndGet());
            }

            @Override
            public void failed(DocumentId id, String reason) {
                reject(rejections, new Rejection(id, uris.getOrDefault(id, id.value()), "index", reason, Instant.now()),
                    logFailures);
                rejected.incrementAndGet();
                progress.accept(done.incrementAndGet());
            }
        };
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "policylens-ingest");
            t.setDaemon(true);
            return t;
        });
        try (DocumentIndexer indexer = new DocumentIndexer(es.client(), layout, PipelineVersion.CURRENT, listener)) {
            for (int from = 0; from < inputs.size(); from += BATCH) {
                List<Path> batch = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
                Map<DocumentId, String> stamps = indexer.stamps(batch.stream()
                    .map(p -> DocumentId.of(files.sourceOf(p))).toList());
                List<Future<?>> futures = new ArrayList<>(batch.size());
                for (Path file : batch) {
                    futures.add(workers.submit(() -> {
                        Outcome o = process(file, stamps, indexer, rejections, uris, logFailures);
                        if (o == Outcome.UNCHANGED) {
                            unchanged.incrementAndGet();
                        } else if (o == Outcome.REJECTED) {
                            rejected.incrementAndGet();
                        }
                        if (o != Outcome.SENT) {
                            progress.accept(done.incrementAndGet());
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        throw new IOException("ingest worker failed: " + e.getCause(), e.getCause());
                    }
                }
            }
        } finally {
            workers.shutdownNow();
        }
        rejections.clear(cleared);
        if (!logFailures.isEmpty()) {
            throw new IOException("could not record " + logFailures.size() + " rejection(s): "
                + logFailures.get(0).getMessage(), logFailures.get(0));
        }
        layout.refresh();
        return new IngestSummary(ingested.get(), unchanged.get(), rejected.get());
    }

    private enum Outcome { SENT, UNCHANGED, REJECTED }

    private Outcome process(Path file, Map<DocumentId, String> stamps, DocumentIndexer indexer, RejectionLog rejections,
                            Map<DocumentId, String> uris, List<IOException> logFailures) {
        DocumentId id = DocumentId.of(files.sourceOf(file));
        String uri = files.sourceOf(file).uri();
        RawDocument raw;
        try {
            raw = files.read(file);
        } catch (IOException e) {
            reject(rejections, new Rejection(id, uri, "read", "cannot read: " + e.getMessage(), Instant.now()), logFailures);
            return Outcome.REJECTED;
        }
        if (indexer.stamp(raw.contentHash()).equals(stamps.get(id))) {
            return Outcome.UNCHANGED;
        }
        AnalysedDocument doc;
        try {
            doc = pipeline.process(raw);
        } catch (RejectedException e) {
            reject(rejections, new Rejection(id, uri, e.stage(), e.getMessage(), Instant.now()), logFailures);
            return Outcome.REJECTED;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological input must cost one document, not the run.
            reject(rejections, new Rejection(id, uri, "analyse", "internal error: " + e, Instant.now()), logFailures);
            return Outcome.REJECTED;
        }
        uris.put(id, uri);
        indexer.index(doc, raw.fetchedAt());
        return Outcome.SENT;
    }

    private static void reject(RejectionLog log, Rejection r, List<IOException> failures) {
        try {
            log.record(r);
        } catch (IOException e) {
            failures.add(e);
        }
    }
}
