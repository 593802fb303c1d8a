package io.policylens.index;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code es status} against a stand-in secured cluster whose user may see the cluster but not PolicyLens's indices:
 * a refusal is reported as one, never as an empty cluster ("no index yet").
 */
class ClusterStatusTest {

    private StandInCluster server;
    private volatile int indexStatus = 403;

    @BeforeEach
    void start() throws IOException {
        server = new StandInCluster(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/_nodes/_local")) {
                return StandInCluster.Answer.nodesInfo();
            }
            if (path.startsWith("/_cluster/health")) {
                return StandInCluster.Answer.json(200, "{\"cluster_name\":\"c\",\"status\":\"green\",\"timed_out\":false,"
                    + "\"number_of_nodes\":1,\"number_of_data_nodes\":1,\"active_primary_shards\":1,\"active_shards\":1,"
                    + "\"relocating_shards\":0,\"initializing_shards\":0,\"unassigned_shards\":0,\"unassigned_primary_shards\":0,"
                    + "\"delayed_unassigned_shards\":0,\"number_of_pending_tasks\":0,\"number_of_in_flight_fetch\":0,"
                    + "\"task_max_waiting_in_queue_millis\":0,\"active_shards_percent_as_number\":100.0}");
            }
            if (path.startsWith("/policylens-")) {
                int status = indexStatus;
                String reason = status == 404 ? "no such index [policylens-documents]"
                    : "action [indices:data/read/search] is unauthorized for user [analyst]";
                String type = status == 404 ? "index_not_found_exception" : "security_exception";
                return StandInCluster.Answer.json(status, "{\"error\":{\"root_cause\":[{\"type\":\"" + type + "\",\"reason\":\""
                    + reason + "\"}],\"type\":\"" + type + "\",\"reason\":\"" + reason + "\"},\"status\":" + status + "}");
            }
            return StandInCluster.Answer.json(200,
                "{\"_nodes\":{\"total\":1,\"successful\":1,\"failed\":0},\"cluster_name\":\"c\",\"nodes\":{}}");
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClusterStatus read() throws IOException {
        try (EsConnection c = EsConnection.open(EsSettings.of(server.url()))) {
            return ClusterStatus.read(c.client(), new IndexLayout(c.client(), ""));
        }
    }

    @Test
    void aForbiddenIndexIsARefusalNotAnEmptyCluster() {
        indexStatus = 403;
        assertThatThrownBy(this::read).isInstanceOf(IOException.class)
            .hasMessageContaining("HTTP 403").hasMessageContaining("unauthorized for user [analyst]");
        indexStatus = 401;
        assertThatThrownBy(this::read).isInstanceOf(IOException.class).hasMessageContaining("credentials (HTTP 401)");
    }

    @Test
    void aMissingIndexIsAnEmptyCluster() throws IOException {
        indexStatus = 404;
        ClusterStatus s = read();
        assertThat(s.documents()).isZero();
        assertThat(s.storeBytes()).isZero();
        assertThat(s.health()).isEqualTo("green");
    }
}
