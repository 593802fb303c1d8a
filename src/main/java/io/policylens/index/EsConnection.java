package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import java.io.IOException;

/**
 * An open connection to Elasticsearch through the official Java client. Close it to release its threads.
 * Thread-safe.
 */
public final class EsConnection implements AutoCloseable {

    private final RestClientTransport transport;
    private final ElasticsearchClient client;
    private final EsSettings settings;

    private EsConnection(EsSettings settings, RestClientTransport transport) {
        this.settings = settings;
        this.transport = transport;
        this.client = new ElasticsearchClient(transport);
    }

    public static EsConnection open(EsSettings settings) throws IOException {
        javax.net.ssl.SSLContext ssl = settings.caCertificate() == null ? null
            : TransportUtils.sslContextFromHttpCaCrt(settings.caCertificate().toFile());
        RestClientBuilder builder = RestClient.builder(settings.urls().stream().map(HttpHost::create)
            .toArray(HttpHost[]::new));
        if (settings.apiKey() != null) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        }
        builder.setHttpClientConfigCallback(http -> {
            if (settings.username() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY,
                    new UsernamePasswordCredentials(settings.username(), settings.password()));
                http.setDefaultCredentialsProvider(credentials);
            }
            if (ssl != null) {
                http.setSSLContext(ssl);
            }
            return http;
        });
        builder.setRequestConfigCallback(r -> r.setConnectTimeout(5_000).setSocketTimeout(120_000));
        ObjectMapper mapper = io.policylens.contract.Json.mapper().findAndRegisterModules();
        return new EsConnection(settings, new RestClientTransport(builder.build(), new JacksonJsonpMapper(mapper)));
    }

    public ElasticsearchClient client() {
        return client;
    }

    public EsSettings settings() {
        return settings;
    }

    /**
     * The cluster's Elasticsearch version; fails with a clear message when the cluster does not answer.
     * (Not {@code GET /}: minimal distributions leave out the module that serves it.)
     */
    public String ping() throws IOException {
        try {
            var info = client.nodes().info(n -> n.nodeId("_local").metric("http"));
            return info.nodes().values().stream().findFirst().map(n -> n.version()).orElse("unknown");
        } catch (IOException | RuntimeException e) {
            throw new IOException("Elasticsearch at " + settings.url() + " does not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
