package io.policylens.index;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the client sends to an external cluster, seen by a stand-in HTTP server on loopback. */
class EsConnectionTest {

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "none" : auth);
            byte[] body;
            int status;
            if (auth == null) {
                // As a secured cluster does: challenge first, so basic auth is sent on the retry.
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
                body = "{\"error\":\"unauthorized\"}".getBytes(StandardCharsets.UTF_8);
                status = 401;
            } else {
                // What a 9.x node answers to GET /_nodes/_local/http (recorded, version set to 9.1.0).
                try (var in = EsConnectionTest.class.getResourceAsStream("nodes-info.json")) {
                    body = in.readAllBytes();
                }
                status = 200;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
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
