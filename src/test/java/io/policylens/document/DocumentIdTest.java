package io.policylens.document;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentIdTest {

    @Test
    void idDependsOnTheSourceOnlyAndIsStable() {
        SourceRef a = SourceRef.ofFile(Path.of("corpus/a.html"));
        SourceRef again = SourceRef.ofFile(Path.of("corpus/../corpus/a.html"));
        SourceRef b = SourceRef.ofFile(Path.of("corpus/b.html"));
        assertThat(DocumentId.of(a)).isEqualTo(DocumentId.of(again));
        assertThat(DocumentId.of(a)).isNotEqualTo(DocumentId.of(b));
        assertThat(DocumentId.of(a).value()).matches("[0-9a-f]{20}");
        assertThat(a.site()).isEqualTo("corpus");
    }

    @Test
    void rawDocumentKeepsItsOwnCopyAndHashesItsBytes() {
        byte[] bytes = "科技".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RawDocument raw = RawDocument.of(new SourceRef("file:///x", "x"), Instant.EPOCH, null, null, bytes);
        bytes[0] = 0;
        assertThat(raw.bytes()[0]).isNotEqualTo((byte) 0);
        assertThat(raw.contentHash()).isEqualTo(Hashes.sha256Hex("科技".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(raw.contentHash()).hasSize(64);
    }

    @Test
    void spansAreHalfOpenAndOrdered() {
        assertThat(new Span(2, 4).of("浙江杭州市")).isEqualTo("杭州");
        assertThat(new Span(0, 2).overlaps(new Span(2, 3))).isFalse();
        assertThat(new Span(0, 3).overlaps(new Span(2, 3))).isTrue();
        assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Span(0, 5).compareTo(new Span(0, 2))).isNegative();
    }
}
