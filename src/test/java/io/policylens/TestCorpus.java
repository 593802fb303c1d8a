package io.policylens;

import io.policylens.document.RawDocument;
import io.policylens.document.SourceRef;
import io.policylens.text.HanLpRuntime;
import io.policylens.text.HanLpSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The project's own fixtures: corpus/ and src/test/resources. Tests never read ../shared. */
public final class TestCorpus {

    public static final Path CORPUS = Path.of("corpus");

    private TestCorpus() {
    }

    public static HanLpRuntime hanlp() {
        return HanLpRuntime.configure(HanLpSettings.defaults());
    }

    public static RawDocument raw(String corpusFile) {
        Path p = CORPUS.resolve(corpusFile);
        try {
            return RawDocument.of(SourceRef.ofFile(p), Instant.parse("2026-01-01T00:00:00Z"), null, null,
                Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RawDocument raw(String name, String contentType, byte[] bytes) {
        return RawDocument.of(new SourceRef("file:///test/" + name, "test"), Instant.parse("2026-01-01T00:00:00Z"),
            contentType, null, bytes);
    }
}
