package io.policylens.app;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.document.DocumentId;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.document.Rejection;
import io.policylens.analyse.TextFingerprint;
import io.policylens.index.DocumentIndexer;
import io.policylens.index.DuplicateFinder;
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
        AtomicInteger duplicates = new AtomicInteger();
        DuplicateFinder finder = new DuplicateFinder(es.client(), layout);
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<DocumentId> cleared = java.util.Collections.synchronizedList(new ArrayList<>());
        List<IOException> logFailures = java.util.Collections.synchronizedList(new ArrayList<>());

        DocumentSink[] sinkRef = new DocumentSink[1]; // the listener needs the sink the indexer is built into
        DocumentIndexer.Listener listener = new DocumentIndexer.Listener() {
            @Override
            public void indexed(DocumentId id) {
                sinkRef[0].settled(id);
                ingested.incrementAndGet();
                if (previouslyRejected.contains(id)) {
                    cleared.add(id);
                }
                progress.accept(done.incrementAndGet());
            }

            @Override
            public void failed(DocumentId id, String reason) {
                reject(rejections, new Rejection(id, sinkRef[0].settled(id), "index", reason, Instant.now()),
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
        DocumentIndexer indexer = new DocumentIndexer(es.client(), layout, PipelineVersion.CURRENT, listener);
        DocumentSink sink = new DocumentSink(indexer, finder);
        sinkRef[0] = sink;
        try (indexer) {
            for (int from = 0; from < inputs.size(); from += BATCH) {
                List<Path> batch = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
                Map<DocumentId, String> stamps = indexer.stamps(batch.stream()
                    .map(p -> DocumentId.of(files.sourceOf(p))).toList());
                List<Future<Step>> futures = new ArrayList<>(batch.size());
                for (Path file : batch) {
                    futures.add(workers.submit(() -> analyse(file, stamps, indexer, rejections, logFailures)));
                }
                // Decided in input order on this thread: of two copies, the first input is the one kept.
                for (Future<Step> f : futures) {
                    Step step;
                    try {
                        step = f.get();
                    } catch (ExecutionException e) {
                        throw new IOException("ingest worker failed: " + e.getCause(), e.getCause());
                    }
                    Outcome o = step.outcome() == Outcome.SENT
                        ? send(step, stamps, sink, rejections, logFailures) : step.outcome();
                    if (o == Outcome.UNCHANGED) {
                        unchanged.incrementAndGet();
                    } else if (o == Outcome.REJECTED) {
                        rejected.incrementAndGet();
                    } else if (o == Outcome.DUPLICATE) {
                        duplicates.incrementAndGet();
                    }
                    if (o != Outcome.SENT) {
                        progress.accept(done.incrementAndGet());
                    }
                }
            }
        } finally {
            workers.shutdownNow();
        }
        // After the flush, so that documents kept in this run are there to be updated.
        sink.foldDuplicates();
        rejections.clear(cleared);
        if (!logFailures.isEmpty()) {
            throw new IOException("could not record " + logFailures.size() + " rejection(s): "
                + logFailures.get(0).getMessage(), logFailures.get(0));
        }
        layout.refresh();
        return new IngestSummary(ingested.get(), duplicates.get(), unchanged.get(), rejected.get());
    }

    private enum Outcome { SENT, DUPLICATE, UNCHANGED, REJECTED }

    /** One input after the parallel part: its outcome so far and, when it is to be sent, its document. */
    private record Step(Outcome outcome, DocumentId id, String uri, AnalysedDocument doc, Instant fetchedAt) {
    }

    /** Read, skip if unchanged, extract and analyse: the part that runs on the workers. */
    private Step analyse(Path file, Map<DocumentId, String> stamps, DocumentIndexer indexer, RejectionLog rejections,
                         List<IOException> logFailures) {
        DocumentId id = DocumentId.of(files.sourceOf(file));
        String uri = files.sourceOf(file).uri();
        RawDocument raw;
        try {
            raw = files.read(file);
        } catch (IOException e) {
            reject(rejections, new Rejection(id, uri, "read", "cannot read: " + e.getMessage(), Instant.now()), logFailures);
            return new Step(Outcome.REJECTED, id, uri, null, null);
        }
        if (indexer.stamp(raw.contentHash()).equals(stamps.get(id))) {
            return new Step(Outcome.UNCHANGED, id, uri, null, null);
        }
        try {
            return new Step(Outcome.SENT, id, uri, pipeline.process(raw), raw.fetchedAt());
        } catch (RejectedException e) {
            reject(rejections, new Rejection(id, uri, e.stage(), e.getMessage(), Instant.now()), logFailures);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological input must cost one document, not the run.
            reject(rejections, new Rejection(id, uri, "analyse", "internal error: " + e, Instant.now()), logFailures);
        }
        return new Step(Outcome.REJECTED, id, uri, null, null);
    }

    /** Folds a copy into the document it duplicates, or sends the document to the index. */
    private Outcome send(Step step, Map<DocumentId, String> stamps, DocumentSink sink, RejectionLog rejections,
                         List<IOException> logFailures) {
        try {
            return sink.write(step.doc(), step.fetchedAt(), stamps.containsKey(step.id())).duplicate()
                ? Outcome.DUPLICATE : Outcome.SENT;
        } catch (IOException e) {
            reject(rejections, new Rejection(step.id(), step.uri(), "index", "duplicate check failed: "
                + e.getMessage(), Instant.now()), logFailures);
            return Outcome.REJECTED;
        }
    }

    private static void reject(RejectionLog log, Rejection r, List<IOException> failures) {
        try {
            log.record(r);
        } catch (IOException e) {
            failures.add(e);
        }
    }
}
