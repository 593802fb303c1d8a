package io.policylens.ingest;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.TextFingerprint;
import io.policylens.document.DocumentId;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.document.Rejection;
import io.policylens.document.SourceRef;
import io.policylens.index.DocumentIndexer;
import io.policylens.index.Spool;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One unit of ingest work — a command's files, a crawl pass, an inbox file — through the one flow of
 * {@link IngestCore}: inputs are gated (unchanged bytes skipped), extracted and analysed on the core's workers a
 * batch at a time, and settled on the driving thread in input order (of two copies the first is kept), then
 * indexed. Every input ends in the ledger exactly once; the listener hears each outcome once it is final, and
 * {@link #finish()} returns the counts.
 *
 * <p>Its duplicate registry lives as long as the run, not the process. Not thread-safe: one thread drives a run;
 * blocking work (recording rejections, clearing old ones, the listener) happens on that thread, never on the
 * indexer's.
 */
public final class IngestRun implements AutoCloseable {

    /** Hears what became of each input, on the thread that drives the run. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = outcome -> { };

        void settled(IngestOutcome outcome) throws IOException;
    }

    private enum Kind { READY, UNCHANGED, REJECTED }

    /** One input after the parallel part: its outcome so far and, when it is to be sent, its document. */
    private record Step(Kind kind, DocumentId id, String uri, AnalysedDocument doc, TextFingerprint fingerprint,
                        Instant fetchedAt, boolean mayBeIndexed, String stage, String reason) {
        static Step of(Kind kind, DocumentId id, String uri) {
            return new Step(kind, id, uri, null, null, null, false, null, null);
        }

        static Step rejected(DocumentId id, String uri, String stage, String reason) {
            return new Step(Kind.REJECTED, id, uri, null, null, null, false, stage, reason);
        }
    }

    /** A batch handed to the workers: its steps to come, in input order. */
    private record Batch(List<Future<Step>> steps) {
    }

    private final IngestCore core;
    private final Listener listener;
    private final int batch;
    private final DocumentIndexer indexer;
    private final RunRegistry registry = new RunRegistry();
    private final Map<DocumentId, Set<String>> alsoAt = new LinkedHashMap<>();
    private final ArrayDeque<Batch> inFlight = new ArrayDeque<>();
    private final List<IngestInput> pending = new ArrayList<>();
    /** The indexer's answers, handed over from its threads; settled on the driving thread. */
    private final ConcurrentLinkedQueue<IngestOutcome> answers = new ConcurrentLinkedQueue<>();
    private final List<DocumentId> toClear = new ArrayList<>();
    private final List<IOException> logFailures = new ArrayList<>();
    private int ingested;
    private int duplicates;
    private int unchanged;
    private int rejected;
    private int spooled;
    private boolean closed;

    IngestRun(IngestCore core, Listener listener, int batch) {
        this.core = core;
        this.listener = listener;
        this.batch = batch;
        this.indexer = new DocumentIndexer(core.es().client(), core.layout(), PipelineVersion.CURRENT,
            new DocumentIndexer.Listener() {
                @Override
                public void indexed(DocumentId id, String uri) {
                    answers.add(IngestOutcome.of(id, uri, IngestOutcome.Kind.INDEXED));
                }

                @Override
                public void failed(DocumentId id, String uri, String reason) {
                    answers.add(IngestOutcome.rejected(id, uri, "index", reason));
                }

                @Override
                public void spooled(DocumentId id, String uri, String reason) {
                    answers.add(new IngestOutcome(id, uri, IngestOutcome.Kind.SPOOLED, null, reason, null));
                }
            }, core.spool());
    }

    /** Adds an input; it is processed with its batch, and settled when the batch after it is handed out. */
    public void add(IngestInput input) throws IOException, InterruptedException {
        if (closed) {
            throw new IllegalStateException("this ingest run is finished");
        }
        pending.add(input);
        if (pending.size() >= batch) {
            dispatch();
        }
        drain();
    }

    public void add(RawDocument raw) throws IOException, InterruptedException {
        add(IngestInput.of(raw));
    }

    /** An input that never became bytes (a page that could not be fetched): rejected, with its stage and reason. */
    public void reject(SourceRef source, String stage, String reason) throws IOException {
        settle(IngestOutcome.rejected(DocumentId.of(source), source.uri(), stage, reason));
    }

    /**
     * Settles everything added, waits for the index's answers, writes the copies found into their kept documents'
     * {@code also_at}, clears the rejections of inputs that now succeeded, replays what was spooled (waiting a
     * bounded while for the cluster), and makes the run's documents searchable.
     *
     * @throws IOException when rejections could not be recorded anywhere (the ledger would lie)
     */
    public IngestSummary finish() throws IOException, InterruptedException {
        if (closed) {
            throw new IllegalStateException("this ingest run is finished");
        }
        if (!pending.isEmpty()) {
            dispatch();
        }
        while (!inFlight.isEmpty()) {
            settle(inFlight.poll());
        }
        closed = true;
        indexer.close(); // sends what is queued and waits for every answer
        drain();
        if (spooled > 0) {
            // The cluster went away: wait a bounded while for it, then leave the rest on disk for the next run.
            int replayed = (int) replayWithin(core, core.settings().spoolWait());
            ingested += replayed;
            spooled -= replayed;
        }
        for (Map.Entry<DocumentId, Set<String>> e : alsoAt.entrySet()) {
            try {
                indexer.addAlsoAt(e.getKey(), e.getValue());
            } catch (IOException | RuntimeException ex) {
                logFailures.add(ex instanceof IOException io ? io : new IOException(ex.getMessage(), ex));
            }
        }
        if (!logFailures.isEmpty()) {
            throw new IOException("could not record " + logFailures.size() + " rejection(s): "
                + logFailures.get(0).getMessage(), logFailures.get(0));
        }
        if (spooled == 0) {
            core.layout().refresh();
        }
        return summary();
    }

    /** The counts so far (final after {@link #finish()}). */
    public IngestSummary summary() {
        return new IngestSummary(ingested, duplicates, unchanged, rejected, spooled);
    }

    /** Abandons a run that was not finished (its queued documents are still sent); a no-op after finish. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            indexer.close();
        }
    }

    private void dispatch() throws IOException, InterruptedException {
        List<IngestInput> inputs = List.copyOf(pending);
        pending.clear();
        Map<DocumentId, String> stamps = stampsOrNone(inputs);
        List<Future<Step>> steps = new ArrayList<>(inputs.size());
        for (IngestInput in : inputs) {
            steps.add(core.workers().submit(() -> process(in, stamps)));
        }
        inFlight.add(new Batch(steps));
        // Two batches in flight: while this thread settles one, the workers process the next.
        if (inFlight.size() > 1) {
            settle(inFlight.poll());
        }
    }

    /** Read, skip if unchanged, extract and analyse: the part that runs on the workers. */
    private Step process(IngestInput input, Map<DocumentId, String> stamps) {
        DocumentId id = input.id();
        String uri = input.source().uri();
        RawDocument raw;
        try {
            raw = input.reader().read();
        } catch (IOException e) {
            return Step.rejected(id, uri, "read", "cannot read: " + e.getMessage());
        }
        String known = stamps.get(id);
        if (indexer.stamp(raw.contentHash()).equals(known)) {
            return Step.of(Kind.UNCHANGED, id, uri);
        }
        try {
            AnalysedDocument doc = core.pipeline().process(raw);
            return new Step(Kind.READY, id, uri, doc, TextFingerprint.of(doc.clean().text()), raw.fetchedAt(),
                known != null, null, null);
        } catch (RejectedException e) {
            return Step.rejected(id, uri, e.stage(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological input costs one document, not the run.
            return Step.rejected(id, uri, "analyse", "internal error: " + e);
        }
    }

    /**
     * Decides a batch in input order on this thread, after one multi-search has asked the index which of its
     * documents copy an indexed one.
     */
    private void settle(Batch b) throws IOException, InterruptedException {
        List<Step> steps = new ArrayList<>(b.steps().size());
        for (Future<Step> f : b.steps()) {
            try {
                steps.add(f.get());
            } catch (ExecutionException e) {
                throw new IOException("ingest worker failed: " + e.getCause(), e.getCause());
            }
        }
        Map<DocumentId, TextFingerprint> fingerprints = new LinkedHashMap<>();
        steps.stream().filter(s -> s.kind() == Kind.READY).forEach(s -> fingerprints.put(s.id(), s.fingerprint()));
        Map<DocumentId, Optional<DocumentId>> indexedCopies;
        try {
            indexedCopies = core.duplicates().findAll(fingerprints);
        } catch (IOException | RuntimeException e) {
            // The cluster is away: copies of indexed documents go unnoticed (this run's copies are still caught),
            // rather than documents being lost; they are sent, and spooled if the cluster stays away.
            indexedCopies = Map.of();
        }
        for (Step step : steps) {
            switch (step.kind()) {
                case UNCHANGED -> settle(IngestOutcome.of(step.id(), step.uri(), IngestOutcome.Kind.UNCHANGED));
                case REJECTED -> settle(IngestOutcome.rejected(step.id(), step.uri(), step.stage(), step.reason()));
                case READY -> send(step, indexedCopies.getOrDefault(step.id(), Optional.empty()));
            }
        }
        drain();
    }

    /** Folds a copy into the document it duplicates, or sends the document to the index. */
    private void send(Step step, Optional<DocumentId> indexedCopy) throws IOException {
        Optional<DocumentId> kept = indexedCopy.isPresent() ? indexedCopy : registry.claim(step.id(), step.fingerprint());
        if (kept.isEmpty()) {
            indexer.index(step.doc(), step.fingerprint(), step.fetchedAt()); // its outcome comes with the answer
            return;
        }
        if (step.mayBeIndexed()) {
            // It was a document of its own before its text became a copy: only the kept one stays.
            try {
                indexer.delete(step.id());
            } catch (IOException | RuntimeException e) {
                settle(IngestOutcome.rejected(step.id(), step.uri(), "index", "could not remove the earlier version "
                    + "of a copy: " + e.getMessage()));
                return;
            }
        }
        alsoAt.computeIfAbsent(kept.get(), k -> new TreeSet<>()).add(step.uri());
        toClear.add(step.id());
        settle(new IngestOutcome(step.id(), step.uri(), IngestOutcome.Kind.DUPLICATE, null, null, kept.get()));
    }

    /** The index's answers so far, settled here; then the rejections of inputs that succeeded are cleared. */
    private void drain() throws IOException {
        for (IngestOutcome o; (o = answers.poll()) != null; ) {
            if (o.kind() == IngestOutcome.Kind.INDEXED) {
                toClear.add(o.id());
            } else if (o.kind() == IngestOutcome.Kind.SPOOLED) {
                try {
                    // It may have been rejected before (unknown now: the cluster is away): cleared on replay.
                    core.rejections().clearOnReplay(o.id());
                } catch (IOException e) {
                    logFailures.add(e);
                }
            }
            settle(o);
        }
        if (!toClear.isEmpty()) {
            try {
                core.rejections().clear(toClear);
            } catch (IOException | RuntimeException e) {
                logFailures.add(e instanceof IOException io ? io : new IOException(e.getMessage(), e));
            }
            toClear.clear();
        }
    }

    /** Enters an outcome in the ledger: a rejection is recorded with its reason; the listener hears it. */
    private void settle(IngestOutcome o) throws IOException {
        switch (o.kind()) {
            case INDEXED -> ingested++;
            case DUPLICATE -> duplicates++;
            case UNCHANGED -> unchanged++;
            case SPOOLED -> spooled++;
            case REJECTED -> {
                rejected++;
                try {
                    core.rejections().record(new Rejection(o.id(), o.uri(), o.stage(), o.reason(), Instant.now()));
                } catch (IOException e) {
                    logFailures.add(e);
                }
            }
        }
        listener.settled(o);
    }

    /** What the index holds for a batch's ids; nothing when the cluster does not answer (all are processed). */
    private Map<DocumentId, String> stampsOrNone(List<IngestInput> inputs) {
        try {
            return indexer.stamps(inputs.stream().map(IngestInput::id).toList());
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Replays the spool, retrying with a doubling pause, for at most {@code wait}; returns the documents sent. */
    static long replayWithin(IngestCore core, Duration wait) throws InterruptedException {
        Spool spool = core.spool();
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 500;
        long replayed = 0;
        while (true) {
            try {
                replayed += spool.replay(core.es().client());
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
}
