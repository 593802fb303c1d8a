package io.policylens.ingest;

import io.policylens.document.DocumentId;
import io.policylens.document.RawDocument;
import io.policylens.document.SourceRef;
import io.policylens.source.FileSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of an ingest run: where it comes from, and how to read its bytes. Reading happens on a worker, so that
 * a folder of large files is read side by side; a file that cannot be read is rejected (stage {@code read}).
 */
public record IngestInput(SourceRef source, Reader reader) {

    /** Reads the input's bytes; called once, on a worker thread. */
    @FunctionalInterface
    public interface Reader {
        RawDocument read() throws IOException;
    }

    public IngestInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reader, "reader");
    }

    /** Bytes already in memory (a fetched page). */
    public static IngestInput of(RawDocument raw) {
        return new IngestInput(raw.source(), () -> raw);
    }

    /** A file, read when its turn comes. */
    public static IngestInput ofFile(FileSource files, Path file) {
        return new IngestInput(files.sourceOf(file), () -> files.read(file));
    }

    public DocumentId id() {
        return DocumentId.of(source);
    }
}
