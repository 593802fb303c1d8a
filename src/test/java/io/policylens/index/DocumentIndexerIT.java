package io.policylens.index;

import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.Analyser;
import io.policylens.analyse.TextFingerprint;
import io.policylens.document.DocumentId;
import io.policylens.document.SourceRef;
import io.policylens.extract.CleanDocument;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The bulk indexer against the real node. */
class DocumentIndexerIT {

    @Test
    void aListenerThatThrowsDoesNotLeaveFlushWaitingForever() throws Exception {
        try (EsConnection es = TestCluster.connect()) {
            IndexLayout layout = new IndexLayout(es.client(), TestCluster.uniquePrefix("indexer"));
            layout.ensure();
            AtomicInteger heard = new AtomicInteger();
            AnalysedDocument doc = new Analyser(TestCorpus.hanlp()).analyse(CleanDocument.ofText(
                new SourceRef("file:///t/throwing.txt", "t"), "科技局通知", "市科技局发布通知，支持企业开展研发活动。"));
            try (DocumentIndexer indexer = new DocumentIndexer(es.client(), layout, "test", new DocumentIndexer.Listener() {
                @Override
                public void indexed(DocumentId id, String uri) {
                    heard.incrementAndGet();
                    throw new IllegalStateException("a listener's bug");
                }

                @Override
                public void failed(DocumentId id, String uri, String reason) {
                }

                @Override
                public void spooled(DocumentId id, String uri, String reason) {
                }
            })) {
                indexer.index(doc, TextFingerprint.of(doc.clean().text()), Instant.now());
                assertTimeoutPreemptively(Duration.ofSeconds(20), indexer::flush);
            }
            assertThat(heard).hasValue(1);
            layout.refresh();
            assertThat(es.client().count(c -> c.index(layout.alias(IndexLayout.DOCUMENTS))).count()).isEqualTo(1);
            layout.drop();
        }
    }
}
