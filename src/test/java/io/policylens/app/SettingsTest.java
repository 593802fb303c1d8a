package io.policylens.app;

import io.policylens.node.NodeSettings;

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
}
