package io.policylens.source;

import io.policylens.document.RawDocument;
import io.policylens.document.SourceRef;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files and folders given on the command line or dropped in an inbox: lists them (recursively, in a stable
 * order) and reads each into a {@link RawDocument}. Hidden files and the gold files beside corpus documents
 * ({@code *.expected.json}) are not inputs. Thread-safe.
 */
public final class FileSource {

    /** The largest file read; larger ones are rejected before they take the memory. */
    private final long maxBytes;

    public FileSource(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Every input file under the given paths, sorted; a path that does not exist fails at once. */
    public List<Path> list(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new NoSuchFileException(root.toString(), null, "no such file or folder");
            }
            if (Files.isRegularFile(root)) {
                out.add(root);
                continue;
            }
            try (Stream<Path> files = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
                files.filter(Files::isRegularFile)
                    .filter(p -> isInput(root.relativize(p)))
                    .sorted()
                    .forEach(out::add);
            }
        }
        return out;
    }

    static boolean isInput(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return !relative.getFileName().toString().endsWith(".expected.json");
    }

    public SourceRef sourceOf(Path file) {
        return SourceRef.ofFile(file);
    }

    /** Reads one file; the media type is left to extraction, which sees the name and the bytes. */
    public RawDocument read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException("file of " + size + " bytes is larger than the limit of " + maxBytes);
        }
        return RawDocument.of(sourceOf(file), Instant.now(), null, null, Files.readAllBytes(file));
    }
}
