package io.policylens.index;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the client sends to an external cluster, seen by a stand-in HTTP server on loopback. */
class EsConnectionTest {

    private StandInCluster server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new StandInCluster(exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "none" : auth);
            if (auth != null) {
                return StandInCluster.Answer.nodesInfo();
            }
            // As a secured cluster does: challenge first, so basic auth is sent on the retry.
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
            return StandInCluster.Answer.json(401, "{\"error\":\"unauthorized\"}");
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String url() {
        return server.url();
    }

    @Test
    void anApiKeyGoesInEveryRequest() throws IOException {
        try (EsConnection c = EsConnection.open(new EsSettings(url(), "a2V5OnNlY3JldA==", null, null, null))) {
            assertThat(c.ping()).isEqualTo("9.1.0");
        }
        assertThat(authorizations).containsExactly("ApiKey a2V5OnNlY3JldA==");
    }

    @Test
    void basicAuthAnswersTheChallenge() throws IOException {
        try (EsConnection c = EsConnection.open(new EsSettings(url(), null, "analyst", "pw", null))) {
            assertThat(c.ping()).isEqualTo("9.1.0");
        }
        assertThat(authorizations).contains("Basic " + Base64.getEncoder()
            .encodeToString("analyst:pw".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void noClusterIsAClearError() {
        assertThatThrownBy(() -> {
            try (EsConnection c = EsConnection.open(EsSettings.of("http://127.0.0.1:9"))) {
                c.ping();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("does not answer");
    }
}
