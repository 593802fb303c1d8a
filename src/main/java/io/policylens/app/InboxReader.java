package io.policylens.app;

import io.policylens.document.RawDocument;
import io.policylens.source.FileSource;

import java.io.File;
import java.io.IOException;

/** The inbox route's first step: a dropped file read into a document, as {@code ingest} reads files. */
public final class InboxReader {

    private final FileSource files;

    public InboxReader(FileSource files) {
        this.files = files;
    }

    public RawDocument read(File file) throws IOException {
        return files.read(file.toPath());
    }
}
