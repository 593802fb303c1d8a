package io.policylens.app;

import io.policylens.index.EsSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void defaultsAreTheEmbeddedNodeOnLoopback() {
        Settings s = Settings.defaults(Path.of("/tmp/h"));
        assertThat(s.cluster()).isEmpty();
        assertThat(s.node().url()).isEqualTo("http://127.0.0.1:9200");
        assertThat(s.node().heap()).isEqualTo("2g");
        assertThat(s.node().version()).isEqualTo("8.19.21");
        assertThat(s.withCluster(EsSettings.of("https://es.example:9243")).cluster()).isPresent();
    }

    @Test
    void badValuesFailAtStartWithTheirName() {
        NodeSettings n = NodeSettings.defaults(Path.of("/tmp/h"));
        assertThatThrownBy(() -> n.withPort(80)).hasMessageContaining("es.port");
        assertThatThrownBy(() -> n.withHeap("lots")).hasMessageContaining("es.heap");
        assertThatThrownBy(() -> EsSettings.of("localhost:9200")).hasMessageContaining("http://");
        assertThatThrownBy(() -> new EsSettings("http://x", "key", "user", "pw", null)).hasMessageContaining("not both");
        assertThat(new EsSettings("http://x", "secret", null, null, null).toString()).doesNotContain("secret");
    }

    @Test
    void theSummaryLineIsTheOnePromised() {
        IngestSummary s = new IngestSummary(12, 0, 3, 1);
        assertThat(s).hasToString("ingested 12, unchanged 3, rejected 1");
        assertThat(s.inputs()).isEqualTo(16);
        assertThat(new IngestSummary(12, 2, 3, 1)).hasToString("ingested 12, duplicates 2, unchanged 3, rejected 1");
    }

    @Test
    void theDistributionIsFoundWhereMavenPutIt() throws Exception {
        Path zip = new ManagedNode(NodeSettings.defaults(Path.of("/tmp/h")), m -> { }).distribution();
        assertThat(zip.getFileName().toString()).isEqualTo("elasticsearch-8.19.21.zip");
    }
}
