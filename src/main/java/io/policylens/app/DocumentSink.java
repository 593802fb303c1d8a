package io.policylens.app;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.TextFingerprint;
import io.policylens.document.DocumentId;
import io.policylens.index.DocumentIndexer;
import io.policylens.index.DuplicateFinder;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last step of ingest: a document whose text is already kept (in the index, or earlier in this run) is folded
 * into that one's {@code also_at}; any other is sent to the indexer. Shared by the ingest command and the Camel
 * ingest route. Thread-safe; the caller decides the order in which copies are seen (the first one is kept).
 */
public final class DocumentSink {

    /** What became of a document: sent to the index, or folded into the document it copies. */
    public record Outcome(DocumentId id, String uri, DocumentId keptAs) {
        public boolean duplicate() {
            return keptAs != null;
        }
    }

    private final DocumentIndexer indexer;
    private final DuplicateFinder finder;
    private final RunRegistry registry = new RunRegistry();
    private final Map<DocumentId, Set<String>> alsoAt = new ConcurrentHashMap<>();

    public DocumentSink(DocumentIndexer indexer, DuplicateFinder finder) {
        this.indexer = indexer;
        this.finder = finder;
    }

    /** The Camel route's step: the document as fetched now, perhaps indexed before. */
    public Outcome send(AnalysedDocument doc) throws IOException {
        return write(doc, Instant.now(), true);
    }

    /**
     * Folds or sends one document.
     *
     * @param mayBeIndexed whether the index may hold this id already (then a copy's own entry is removed)
     */
    public Outcome write(AnalysedDocument doc, Instant fetchedAt, boolean mayBeIndexed) throws IOException {
        TextFingerprint fingerprint = TextFingerprint.of(doc.clean().text());
        return write(doc, fingerprint, finder.find(fingerprint, doc.clean().id()), fetchedAt, mayBeIndexed);
    }

    /**
     * Folds or sends one document whose index lookup was made already (a batch's, by
     * {@link DuplicateFinder#findAll}).
     *
     * @param indexedCopy the indexed document this one duplicates, if any
     */
    public Outcome write(AnalysedDocument doc, TextFingerprint fingerprint, Optional<DocumentId> indexedCopy,
                         Instant fetchedAt, boolean mayBeIndexed) throws IOException {
        DocumentId id = doc.clean().id();
        String uri = doc.clean().source().uri();
        Optional<DocumentId> kept = indexedCopy;
        if (kept.isEmpty()) {
            kept = registry.claim(id, fingerprint);
        }
        if (kept.isPresent()) {
            alsoAt.computeIfAbsent(kept.get(), k -> ConcurrentHashMap.newKeySet()).add(uri);
            if (mayBeIndexed) {
                // It was a document of its own before its text became a copy: only the kept one stays.
                indexer.delete(id);
            }
            return new Outcome(id, uri, kept.get());
        }
        indexer.index(doc, fingerprint, fetchedAt);
        return new Outcome(id, uri, null);
    }


    /**
     * Waits until everything sent has been answered by the index, then folds the copies found so far: what a
     * route calls when a unit of work (a crawl pass, an inbox file) must be in the index before it is settled.
     */
    public void flush() throws IOException, InterruptedException {
        indexer.flush();
        foldDuplicates();
    }

    /**
     * Writes the copies found so far into their kept documents' {@code also_at}. Call it once those are in the
     * index (after the indexer's flush or close).
     */
    public void foldDuplicates() throws IOException {
        for (DocumentId kept : Set.copyOf(alsoAt.keySet())) {
            Set<String> uris = alsoAt.remove(kept);
            if (uris != null) {
                indexer.addAlsoAt(kept, uris);
            }
        }
    }
}
