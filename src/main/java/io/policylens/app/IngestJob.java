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
import io.policylens.index.Spool;
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
        Spool spool = new Spool(settings.home().resolve("spool"));
        RejectionLog rejections = new RejectionLog(es.client(), layout, spool);
        Set<DocumentId> previouslyRejected = previouslyRejected(rejections);
        AtomicInteger ingested = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        DuplicateFinder finder = new DuplicateFinder(es.client(), layout);
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger spooled = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
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
            public void spooled(DocumentId id) {
                spooled.incrementAndGet();
                try {
                    // The input may have been rejected before (unknown now: the cluster is away).
                    rejections.clearOnReplay(id);
                } catch (IOException e) {
                    logFailures.add(e);
                }
                progress.accept(done.incrementAndGet());
            }

            @Override
            public void failed(DocumentId id, String uri, String reason) {
                reject(rejections, new Rejection(id, uri, "index", reason, Instant.now()),
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
        DocumentIndexer indexer = new DocumentIndexer(es.client(), layout, PipelineVersion.CURRENT, listener, spool);
        DocumentSink sink = new DocumentSink(indexer, finder);
        Counts counts = new Counts(ingested, duplicates, unchanged, rejected, done, progress);
        try (indexer) {
            // Two batches in flight: while this thread settles one, the workers analyse the next.
            java.util.ArrayDeque<Pending> inFlight = new java.util.ArrayDeque<>();
            for (int from = 0; from < inputs.size(); from += BATCH) {
                List<Path> batch = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
                Map<DocumentId, String> stamps = stampsOrNone(indexer, batch);
                List<Future<Step>> futures = new ArrayList<>(batch.size());
                for (Path file : batch) {
                    futures.add(workers.submit(() -> analyse(file, stamps, indexer, rejections, logFailures)));
                }
                inFlight.add(new Pending(stamps, futures));
                if (inFlight.size() > 1) {
                    settle(inFlight.poll(), finder, sink, rejections, logFailures, counts);
                }
            }
            while (!inFlight.isEmpty()) {
                settle(inFlight.poll(), finder, sink, rejections, logFailures, counts);
            }
        } finally {
            workers.shutdownNow();
        }
        if (spooled.get() > 0) {
            // The cluster went away: wait a bounded while for it, then leave the rest on disk for the next run.
            int replayed = (int) replayWithin(es, spool, settings.spoolWait());
            ingested.addAndGet(replayed);
            spooled.addAndGet(-replayed);
        }
        // After the flush, so that documents kept in this run are there to be updated.
        try {
            sink.foldDuplicates();
        } catch (IOException e) {
            logFailures.add(e);
        }
        try {
            rejections.clear(cleared); // spooled for the replay when the cluster is away
        } catch (IOException e) {
            logFailures.add(e);
        }
        if (!logFailures.isEmpty()) {
            throw new IOException("could not record " + logFailures.size() + " rejection(s): "
                + logFailures.get(0).getMessage(), logFailures.get(0));
        }
        if (spooled.get() == 0) {
            layout.refresh();
        }
        return new IngestSummary(ingested.get(), duplicates.get(), unchanged.get(), rejected.get(), spooled.get());
    }

    private enum Outcome { SENT, DUPLICATE, UNCHANGED, REJECTED }

    /** One input after the parallel part: its outcome so far and, when it is to be sent, its document. */
    private record Step(Outcome outcome, DocumentId id, String uri, AnalysedDocument doc, TextFingerprint fingerprint,
                        Instant fetchedAt) {
        static Step of(Outcome o, DocumentId id, String uri) {
            return new Step(o, id, uri, null, null, null);
        }
    }

    /** A batch handed to the workers: what the index held for its ids, and its steps to come, in input order. */
    private record Pending(Map<DocumentId, String> stamps, List<Future<Step>> futures) {
    }

    /** The run's tallies; progress hears each input once it is decided. */
    private record Counts(AtomicInteger ingested, AtomicInteger duplicates, AtomicInteger unchanged,
                          AtomicInteger rejected, AtomicInteger done, IntConsumer progress) {
    }

    /**
     * Decides a batch in input order on this thread (of two copies, the first input is kept), after one
     * multi-search has asked the index which of its documents copy an indexed one.
     */
    private void settle(Pending p, DuplicateFinder finder, DocumentSink sink, RejectionLog rejections,
                        List<IOException> logFailures, Counts counts) throws IOException, InterruptedException {
        List<Step> steps = new ArrayList<>(p.futures().size());
        for (Future<Step> f : p.futures()) {
            try {
                steps.add(f.get());
            } catch (ExecutionException e) {
                throw new IOException("ingest worker failed: " + e.getCause(), e.getCause());
            }
        }
        Map<DocumentId, TextFingerprint> fingerprints = new java.util.LinkedHashMap<>();
        steps.stream().filter(st -> st.outcome() == Outcome.SENT).forEach(st -> fingerprints.put(st.id(), st.fingerprint()));
        Map<DocumentId, java.util.Optional<DocumentId>> indexedCopies;
        try {
            indexedCopies = finder.findAll(fingerprints);
        } catch (IOException e) {
            // The cluster is away: copies of indexed documents go unnoticed (this run's copies are still caught),
            // rather than documents being lost; they are sent, and spooled if the cluster stays away.
            indexedCopies = Map.of();
        }
        for (Step step : steps) {
            Outcome o = step.outcome();
            if (o == Outcome.SENT) {
                o = send(step, p.stamps(), sink, indexedCopies.get(step.id()), rejections, logFailures);
            }
            if (o == Outcome.UNCHANGED) {
                counts.unchanged().incrementAndGet();
            } else if (o == Outcome.REJECTED) {
                counts.rejected().incrementAndGet();
            } else if (o == Outcome.DUPLICATE) {
                counts.duplicates().incrementAndGet();
            }
            if (o != Outcome.SENT) {
                counts.progress().accept(counts.done().incrementAndGet());
            }
        }
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
            return Step.of(Outcome.REJECTED, id, uri);
        }
        if (indexer.stamp(raw.contentHash()).equals(stamps.get(id))) {
            return Step.of(Outcome.UNCHANGED, id, uri);
        }
        try {
            AnalysedDocument doc = pipeline.process(raw);
            return new Step(Outcome.SENT, id, uri, doc, TextFingerprint.of(doc.clean().text()), raw.fetchedAt());
        } catch (RejectedException e) {
            reject(rejections, new Rejection(id, uri, e.stage(), e.getMessage(), Instant.now()), logFailures);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological input must cost one document, not the run.
            reject(rejections, new Rejection(id, uri, "analyse", "internal error: " + e, Instant.now()), logFailures);
        }
        return Step.of(Outcome.REJECTED, id, uri);
    }

    /** Folds a copy into the document it duplicates, or sends the document to the index. */
    private Outcome send(Step step, Map<DocumentId, String> stamps, DocumentSink sink,
                         java.util.Optional<DocumentId> indexedCopy, RejectionLog rejections,
                         List<IOException> logFailures) {
        try {
            return sink.write(step.doc(), step.fingerprint(), indexedCopy == null ? java.util.Optional.empty()
                : indexedCopy, step.fetchedAt(), stamps.containsKey(step.id())).duplicate()
                ? Outcome.DUPLICATE : Outcome.SENT;
        } catch (IOException e) {
            return rejectStep(step, "index: " + e.getMessage(), rejections, logFailures);
        }
    }

    private static Set<DocumentId> previouslyRejected(RejectionLog rejections) {
        try {
            return rejections.ids();
        } catch (IOException | RuntimeException e) {
            return Set.of(); // the cluster is away; the documents are still processed (and spooled)
        }
    }

    /** What the index holds for a batch's ids; nothing when the cluster does not answer (all are processed). */
    private Map<DocumentId, String> stampsOrNone(DocumentIndexer indexer, List<Path> batch) {
        try {
            return indexer.stamps(batch.stream().map(p -> DocumentId.of(files.sourceOf(p))).toList());
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Replays the spool, retrying with a doubling pause, for at most {@code wait}; returns the documents sent. */
    static long replayWithin(EsConnection es, Spool spool, java.time.Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 500;
        long replayed = 0;
        while (true) {
            try {
                replayed += spool.replay(es.client());
                if (spool.pending() == 0) {
                    return replayed;
                }
            } catch (IOException | RuntimeException e) {
                // still away
            }
            if (System.nanoTime() + pause * 1_000_000 > deadline) {
                return replayed;
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 8000);
        }
    }

    private static Outcome rejectStep(Step step, String reason, RejectionLog rejections, List<IOException> logFailures) {
        reject(rejections, new Rejection(step.id(), step.uri(), "index", reason, Instant.now()), logFailures);
        return Outcome.REJECTED;
    }

    private static void reject(RejectionLog log, Rejection r, List<IOException> failures) {
        try {
            log.record(r);
        } catch (IOException e) {
            failures.add(e);
        }
    }
}
