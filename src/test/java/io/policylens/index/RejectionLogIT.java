package io.policylens.index;

import io.policylens.TestCluster;
import io.policylens.document.DocumentId;
import io.policylens.document.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of rejected inputs against the real node. */
class RejectionLogIT {

    @Test
    void aClearingSeesARejectionRecordedAMomentAgo() throws Exception {
        try (EsConnection es = TestCluster.connect()) {
            IndexLayout layout = new IndexLayout(es.client(), TestCluster.uniquePrefix("rejects"));
            layout.ensure();
            String alias = layout.alias(IndexLayout.REJECTS);
            TestCluster.fillRejections(es, layout, 1_000);
            RejectionLog log = new RejectionLog(es.client(), layout);
            DocumentId late = new DocumentId("late0000000000000001");
            log.record(new Rejection(late, "file:///new/late.html", "extract", "no article text found", Instant.now()));
            DocumentId never = new DocumentId("never000000000000001");

            // At once, before any refresh: the clearing must see a rejection recorded a moment ago.
            log.clear(List.of(late, never));
            layout.refresh();
            assertThat(log.count()).isEqualTo(1_000);
            assertThat(es.client().get(g -> g.index(alias).id(late.value()), Void.class).found()).isFalse();
            assertThat(es.client().get(g -> g.index(alias).id("old00000000000000000"), Void.class).found()).isTrue();
            layout.drop();
        }
    }
}
