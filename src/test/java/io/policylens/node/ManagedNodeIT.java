package io.policylens.node;

import io.policylens.index.EsConnection;
import io.policylens.index.EsSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second managed node of its own (the build's test node is already the first): start is idempotent, stop is
 * clean, data outlives a restart, and as root the node runs as the service user.
 */
class ManagedNodeIT {

    @Test
    void lifecycle() throws Exception {
        Path home = Path.of("target/it-managed-node").toAbsolutePath();
        NodeSettings settings = NodeSettings.defaults(home).withPort(9261).withHeap("512m");
        List<String> log = new ArrayList<>();
        ManagedNode node = new ManagedNode(settings, log::add);
        try {
            String url = node.start(true);
            long pid = node.process().orElseThrow().pid();
            if (ManagedNode.isRoot()) {
                assertThat(node.process().orElseThrow().info().user()).hasValue(settings.serviceUser());
            }
            assertThat(node.start(false)).isEqualTo(url);
            assertThat(node.process().orElseThrow().pid()).as("start is idempotent").isEqualTo(pid);
            assertThat(log).anyMatch(l -> l.contains("already running"));

            try (EsConnection es = EsConnection.open(EsSettings.of(url))) {
                assertThat(es.ping()).isEqualTo("8.19.21");
                es.client().index(i -> i.index("kept").id("1").document(Map.of("t", "数据")).refresh(
                    co.elastic.clients.elasticsearch._types.Refresh.True));
            }
            assertThat(node.stop()).isTrue();
            assertThat(node.process()).isEmpty();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));

            node.start(false);
            try (EsConnection es = EsConnection.open(EsSettings.of(url))) {
                assertThat(es.client().count(c -> c.index("kept")).count()).as("data kept across restarts").isEqualTo(1);
            }
        } finally {
            node.stop();
        }
        assertThat(node.stop()).as("stopping a stopped node is a no-op").isFalse();
    }
}
