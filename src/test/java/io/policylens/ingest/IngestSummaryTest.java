package io.policylens.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestSummaryTest {

    @Test
    void theSummaryLineIsTheOnePromised() {
        IngestSummary s = new IngestSummary(12, 0, 3, 1);
        assertThat(s).hasToString("ingested 12, unchanged 3, rejected 1");
        assertThat(s.inputs()).isEqualTo(16);
        assertThat(new IngestSummary(12, 2, 3, 1)).hasToString("ingested 12, duplicates 2, unchanged 3, rejected 1");
    }
}
