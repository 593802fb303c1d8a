package io.policylens.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.analyse.AnalysedDocument;
import io.policylens.contract.EntityRecord;
import io.policylens.contract.IndicatorRecord;
import io.policylens.extract.CleanDocument;

/**
 * Writes a document in the contract {@code policylens.document/1} (schemas/policylens.document-1.schema.json):
 * what {@code extract --json} prints and downstream tools read. Field order is fixed. Thread-safe.
 */
public final class DocumentJson {

    public static final String SCHEMA = "policylens.document/1";
    private final ObjectMapper mapper = io.policylens.contract.Json.mapper();

    public ObjectNode toJson(AnalysedDocument doc) {
        CleanDocument c = doc.clean();
        ObjectNode o = mapper.createObjectNode();
        o.put("schema", SCHEMA);
        o.put("id", c.id().value());
        ObjectNode source = o.putObject("source");
        source.put("uri", c.source().uri());
        source.put("site", c.source().site());
        o.put("title", c.title());
        o.put("title_original", c.titleOriginal());
        o.put("published", c.published() == null ? null : c.published().toString());
        o.put("language", doc.language());
        o.put("script", c.script().label());
        o.put("text", c.text());
        o.put("text_original", c.original());
        ArrayNode entities = o.putArray("entities");
        doc.entities().forEach(e -> entities.add(mapper.valueToTree(EntityRecord.of(e))));
        ArrayNode indicators = o.putArray("indicators");
        doc.indicators().forEach(i -> indicators.add(mapper.valueToTree(IndicatorRecord.of(i, doc))));
        ArrayNode passages = o.putArray("passages");
        doc.passages().forEach(p -> passages.addObject().put("language", p.language())
            .put("begin", p.span().begin()).put("end", p.span().end()));
        ArrayNode flags = o.putArray("flags");
        c.flags().stream().sorted().forEach(flags::add);
        o.set("policy", mapper.valueToTree(PolicyRecord.of(c.policy())));
        return o;
    }

    public String write(AnalysedDocument doc, boolean pretty) {
        try {
            return pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(doc))
                : mapper.writeValueAsString(toJson(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }
}
