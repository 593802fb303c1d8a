package io.policylens.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person reads in a corpus document ({@code <name>.expected.json}, schema {@code policylens.gold/1}).
 */
public record GoldDocument(String name, Path document, String title, String published, String script, String text,
                           List<Entity> entities, List<Value> indicators, Map<String, String> policy) {

    public record Entity(String type, String text) {
    }

    public record Value(String kind, double value, Double valueMax, String unit, boolean approx, Integer year,
                        String subject) {
    }

    /** The fields of a policy header a gold file may give, as the contract names them. */
    public static final List<String> POLICY_FIELDS = List.of("index_number", "issuer", "document_number", "written",
        "published", "topic", "validity");

    /** Reads {@code dir/<name>.expected.json}; the document is the file beside it with the same name. */
    public static GoldDocument read(Path gold) throws IOException {
        JsonNode g = new ObjectMapper().readTree(gold.toFile());
        String file = gold.getFileName().toString();
        String name = file.substring(0, file.length() - ".expected.json".length());
        Path document = null;
        try (var siblings = java.nio.file.Files.list(gold.getParent())) {
            for (Path p : siblings.toList()) {
                String n = p.getFileName().toString();
                if (!n.equals(file) && n.startsWith(name + ".") && !n.endsWith(".json")) {
                    document = p;
                }
            }
        }
        if (document == null) {
            throw new IOException("no document beside " + gold);
        }
        List<Entity> entities = new ArrayList<>();
        g.path("entities").forEach(e -> entities.add(new Entity(e.path("type").asText(), e.path("text").asText())));
        List<Value> values = new ArrayList<>();
        g.path("indicators").forEach(i -> values.add(new Value(i.path("kind").asText(), i.path("value").asDouble(),
            i.path("value_max").isNumber() ? i.path("value_max").asDouble() : null, i.path("unit").asText(),
            i.path("approx").asBoolean(), i.path("year").isInt() ? i.path("year").asInt() : null,
            i.path("subject").asText())));
        Map<String, String> policy = null;
        if (g.has("policy")) {
            // each header field as text, the citations as one line each: "title | number"
            policy = new LinkedHashMap<>();
            for (String f : POLICY_FIELDS) {
                JsonNode v = g.path("policy").path(f);
                policy.put(f, v.isNull() || v.isMissingNode() ? null : v.asText());
            }
            List<String> cites = new ArrayList<>();
            g.path("policy").path("cites").forEach(c -> cites.add(c.path("title").asText() + " | "
                + (c.path("document_number").isNull() ? "" : c.path("document_number").asText())));
            policy.put("cites", String.join("\n", cites));
        }
        return new GoldDocument(name, document, g.path("title").asText(), g.path("published").isNull() ? null
            : g.path("published").asText(), g.path("script").asText(), g.path("text").asText(), entities, values,
            policy);
    }
}
