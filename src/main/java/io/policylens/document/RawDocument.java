package io.policylens.document;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Bytes as fetched, before any interpretation.
 *
 * @param contentType the media type the source declared (HTTP header, file name), or null when unknown
 * @param charset     the charset the transport declared (HTTP {@code Content-Type}), or null; a hint for extraction
 * @param bytes       the content; the record keeps its own copy, so callers may reuse their array
 */
public record RawDocument(DocumentId id, SourceRef source, Instant fetchedAt, String contentType, String charset,
                          byte[] bytes) {

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    public static RawDocument of(SourceRef source, Instant fetchedAt, String contentType, String charset, byte[] bytes) {
        return new RawDocument(DocumentId.of(source), source, fetchedAt, contentType, charset, bytes);
    }

    /** The same bytes under another source (and so another id): a file read where it will be kept. */
    public RawDocument withSource(SourceRef other) {
        return new RawDocument(DocumentId.of(other), other, fetchedAt, contentType, charset, bytes);
    }

    /** The content, copied: a record is immutable. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** SHA-256 of the bytes: unchanged content means nothing to re-index. */
    public String contentHash() {
        return Hashes.sha256Hex(bytes);
    }

    public Optional<String> declaredCharset() {
        return Optional.ofNullable(charset);
    }

    /** Reads the bytes without copying them; the stream must not be used after the document is gone. */
    public java.io.InputStream openStream() {
        return new java.io.ByteArrayInputStream(bytes);
    }
}
