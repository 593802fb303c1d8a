package io.policylens.index;

import java.nio.file.Path;

/**
 * How to reach Elasticsearch.
 *
 * @param url          e.g. http://127.0.0.1:9200 or https://search.example.org:9243; several nodes of one cluster
 *                     comma-separated (the client spreads requests over them and skips one that is down)
 * @param apiKey       an encoded API key (the "encoded" value Elasticsearch returns), or null
 * @param username     basic-auth user, or null
 * @param password     basic-auth password, or null
 * @param caCertificate a PEM CA certificate to trust for TLS, or null for the JVM's trust store
 */
public record EsSettings(String url, String apiKey, String username, String password, Path caCertificate) {

    public EsSettings {
        if (url == null || !url.matches("https?://[^,]+(,https?://[^,]+)*")) {
            throw new IllegalArgumentException("the Elasticsearch URL must start with http:// or https://, was " + url);
        }
        if (apiKey != null && username != null) {
            throw new IllegalArgumentException("give an API key or a user name, not both");
        }
        if (username != null && password == null) {
            throw new IllegalArgumentException("a user name needs a password (--es-password or POLICYLENS_ES_PASSWORD)");
        }
    }

    public static EsSettings of(String url) {
        return new EsSettings(url, null, null, null, null);
    }

    /** Each node's URL. */
    public java.util.List<String> urls() {
        return java.util.List.of(url.split(","));
    }

    @Override
    public String toString() {
        // Never print secrets.
        return "EsSettings[url=" + url + (apiKey != null ? ", apiKey=***" : "") + (username != null ? ", user=" + username : "")
            + (caCertificate != null ? ", ca=" + caCertificate : "") + "]";
    }
}
