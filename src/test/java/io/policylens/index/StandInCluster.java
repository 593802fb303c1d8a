package io.policylens.index;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP server on loopback that answers as an Elasticsearch cluster would, with what the test says: for
 * seeing what the client sends and how PolicyLens takes answers a real node seldom gives (401, 403).
 */
final class StandInCluster implements AutoCloseable {

    /** One answer: status and JSON body. */
    record Answer(int status, byte[] body) {
        static Answer json(int status, String body) {
            return new Answer(status, body.getBytes(StandardCharsets.UTF_8));
        }

        /** What a node answers to {@code GET /_nodes/_local/http} (recorded from a 9.x node, version 9.1.0). */
        static Answer nodesInfo() throws IOException {
            try (var in = StandInCluster.class.getResourceAsStream("nodes-info.json")) {
                return new Answer(200, in.readAllBytes());
            }
        }
    }

    /** Decides the answer to one request. */
    interface Responder {
        Answer answer(HttpExchange request) throws IOException;
    }

    private final HttpServer server;

    StandInCluster(Responder responder) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Answer a = responder.answer(exchange);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(a.status(), a.body().length);
            exchange.getResponseBody().write(a.body());
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
