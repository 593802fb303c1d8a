package io.policylens.document;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a document came from: the URI it was read from and the site it belongs to
 * (a host for web pages, the folder name for files dropped in by hand).
 */
public record SourceRef(String uri, String site) {

    public SourceRef {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(site, "site");
    }

    /** A file on disk: its absolute, normalised path as a {@code file:} URI, its parent folder as the site. */
    public static SourceRef ofFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        String site = parent == null || parent.getFileName() == null ? "local" : parent.getFileName().toString();
        return new SourceRef(abs.toUri().toString(), site);
    }

    /** A fetched page: the URL as given, its host as the site. */
    public static SourceRef ofUrl(URI url) {
        String host = url.getHost();
        return new SourceRef(url.toString(), host == null ? "unknown" : host.toLowerCase(java.util.Locale.ROOT));
    }
}
