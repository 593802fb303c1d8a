package io.policylens.app;

import io.policylens.document.RawDocument;
import io.policylens.index.DocumentIndexer;

import java.io.IOException;
import java.util.List;

/** The ingest route's first step: whether the index lacks these bytes from this pipeline version. Thread-safe. */
public final class ChangeGate {

    private final DocumentIndexer indexer;

    public ChangeGate(DocumentIndexer indexer) {
        this.indexer = indexer;
    }

    public boolean changed(RawDocument raw) throws IOException {
        String known = indexer.stamps(List.of(raw.id())).get(raw.id());
        return !indexer.stamp(raw.contentHash()).equals(known);
    }

}
