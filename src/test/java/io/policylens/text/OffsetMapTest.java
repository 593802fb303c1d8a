package io.policylens.text;

import io.policylens.document.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OffsetMapTest {

    @Test
    void identityMapsEverySpanToItself() {
        OffsetMap m = OffsetMap.identity(10);
        assertThat(m.isIdentity()).isTrue();
        assertThat(m.toOriginal(new Span(3, 7))).isEqualTo(new Span(3, 7));
        assertThat(m.toText(new Span(0, 10))).isEqualTo(new Span(0, 10));
        assertThat(m.segments()).hasSize(1);
    }

    @Test
    void aReplacedPieceMapsAsAWholeAndOffsetsAfterItShift() {
        // text "AB" + "xy" + "CD" stands for original "AB" + "xyz" + "CD": the middle piece changed length.
        OffsetMap m = new OffsetMap.Builder().same(2).replaced(2, 3).same(2).build();
        assertThat(m.textLength()).isEqualTo(6);
        assertThat(m.originalLength()).isEqualTo(7);
        assertThat(m.toOriginal(new Span(0, 2))).isEqualTo(new Span(0, 2));
        assertThat(m.toOriginal(new Span(2, 3))).isEqualTo(new Span(2, 5));
        assertThat(m.toOriginal(new Span(4, 6))).isEqualTo(new Span(5, 7));
        assertThat(m.toText(new Span(5, 7))).isEqualTo(new Span(4, 6));
        assertThat(m.toText(new Span(3, 4))).isEqualTo(new Span(2, 4));
    }

    @Test
    void storedSegmentsRebuildTheSameMap() {
        OffsetMap m = new OffsetMap.Builder().same(4).replaced(1, 3).same(5).build();
        OffsetMap back = OffsetMap.fromSegments(m.segments(), m.textLength(), m.originalLength());
        for (int b = 0; b < m.textLength(); b++) {
            for (int e = b; e <= m.textLength(); e++) {
                assertThat(back.toOriginal(new Span(b, e))).isEqualTo(m.toOriginal(new Span(b, e)));
            }
        }
    }

    @Test
    void sameLengthPiecesMergeIntoOneSegment() {
        OffsetMap m = new OffsetMap.Builder().same(3).replaced(4, 4).same(2).build();
        assertThat(m.isIdentity()).isTrue();
    }
}
