package io.policylens.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.document.Span;
import io.policylens.text.OffsetMap;
import io.policylens.index.IndexLayout;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One whole document as the analyst page shows it: text in both scripts, entities and indicators with their
 * offsets into {@code text} and, mapped through the offset map, into {@code text_original} (where the page
 * highlights them). Thread-safe.
 */
public final class DocumentReader {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{20}");
    private final ElasticsearchClient client;
    private final String alias;
    private final ObjectMapper mapper = io.policylens.contract.Json.mapper();

    public DocumentReader(ElasticsearchClient client, IndexLayout layout) {
        this.client = client;
        this.alias = layout.alias(IndexLayout.DOCUMENTS);
    }

    /** @throws IllegalArgumentException for something that cannot be a document id */
    public Optional<ObjectNode> read(String id) throws IOException {
        checkId(id);
        GetResponse<ObjectNode> r = client.get(g -> g.index(alias).id(id)
            .sourceExcludes("text_seg", "title_seg", "simhash_bands"), ObjectNode.class);
        if (!r.found() || r.source() == null) {
            return Optional.empty();
        }
        return Optional.of(view(r.source()));
    }

    /** @throws IllegalArgumentException for something that cannot be a document id (20 hexadecimal digits) */
    public static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a document id is 20 hexadecimal digits; was '" + id + "'");
        }
    }

    private ObjectNode view(ObjectNode src) {
        String text = src.path("text").asText();
        String original = src.path("text_original").asText();
        OffsetMap map = DocumentSearcher.offsetMap(src.path("offset_map"), text.length(), original.length());
        ObjectNode out = mapper.createObjectNode();
        for (String f : new String[] {"id", "title", "title_original", "source", "published", "fetched_at", "language",
            "script", "flags", "also_at", "places", "policy", "text", "text_original"}) {
            if (src.has(f)) {
                out.set(f, src.get(f));
            }
        }
        ArrayNode entities = out.putArray("entities");
        for (JsonNode e : src.path("entity_mentions")) {
            ObjectNode copy = e.deepCopy();
            ArrayNode originals = copy.putArray("original_spans");
            for (JsonNode span : e.path("spans")) {
                Span o = map.toOriginal(new Span(span.get(0).asInt(), span.get(1).asInt()));
                originals.addArray().add(o.begin()).add(o.end());
            }
            entities.add(copy);
        }
        ArrayNode indicators = out.putArray("indicators");
        for (JsonNode in : src.path("indicators")) {
            ObjectNode copy = in.deepCopy();
            if (in.has("begin") && in.has("end")) {
                Span o = map.toOriginal(new Span(in.get("begin").asInt(), in.get("end").asInt()));
                copy.put("original_begin", o.begin());
                copy.put("original_end", o.end());
            }
            indicators.add(copy);
        }
        return out;
    }
}
