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

    /** The corpus's documents: its files but the gold beside them (and the hidden sources). */
    public static java.util.List<Path> documents() {
        try (java.util.stream.Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".expected.json")
                && !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
