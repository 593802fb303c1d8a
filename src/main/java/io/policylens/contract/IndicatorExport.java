package io.policylens.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract {@code policylens.indicator/1} (schemas/policylens.indicator-1.schema.json): one indicator with the
 * document it comes from, as {@code policylens indicators} and {@code /api/indicators} stream it — as a JSON record,
 * or flat as a CSV row with the region as code and name. Built from an indexed document and one of its indicators.
 * Thread-safe.
 */
public final class IndicatorExport {

    public static final String SCHEMA = "policylens.indicator/1";

    /** The indicator's own fields, in record order (those of {@link IndicatorRecord}). */
    private static final List<String> INDICATOR_FIELDS = List.of("kind", "value", "value_max", "unit", "approx", "year",
        "subject", "span", "sentence", "begin", "end", "region", "organisation", "measure", "direction", "mentions");

    /** The CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("schema", "document_id", "url", "title", "published", "kind",
        "value", "value_max", "unit", "approx", "year", "subject", "span", "sentence", "begin", "end", "region_code",
        "region", "organisation", "measure", "direction", "mentions");

    private static final ObjectMapper MAPPER = Json.mapper();

    private IndicatorExport() {
    }

    /**
     * @param document  the indexed document's source (as {@link IndexDocument} wrote it)
     * @param indicator one element of its {@code indicators}
     */
    public static ObjectNode record(JsonNode document, JsonNode indicator) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", SCHEMA);
        o.put("document_id", document.path("id").asText());
        o.put("url", document.path("source").path("uri").asText());
        o.put("title", document.path("title").asText());
        o.set("published", document.path("published").isMissingNode() ? o.nullNode() : document.path("published"));
        for (String f : INDICATOR_FIELDS) {
            JsonNode v = indicator.has(f) ? indicator.get(f) : o.nullNode();
            if ((f.equals("value") || f.equals("value_max")) && v.isNumber()) {
                v = o.numberNode(IndicatorRecord.exact(v.doubleValue())); // 4230000000, not 4.23E9
            }
            if (f.equals("measure")) {
                v = o.textNode(measureOf(indicator));
            }
            if (f.equals("mentions") && v.isNull()) {
                v = o.arrayNode().add(o.objectNode().put("begin", indicator.path("begin").asInt())
                    .put("end", indicator.path("end").asInt()).put("span", indicator.path("span").asText()));
            }
            o.set(f, v);
        }
        return o;
    }

    /**
     * An indexed indicator's measure; one indexed before measures existed reads as a target when its kind is one,
     * else as a level.
     */
    public static String measureOf(JsonNode indicator) {
        String m = indicator.path("measure").asText(null);
        return m != null ? m : indicator.path("kind").asText().equals("target") ? "target" : "level";
    }

    /** A record flattened to the CSV columns: the region as its code and name, nulls as empty cells. */
    public static Map<String, Object> csvRow(JsonNode record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String c : CSV_COLUMNS) {
            switch (c) {
                case "region_code" -> row.put(c, record.path("region").path("code").asText(""));
                case "region" -> row.put(c, record.path("region").path("name").asText(""));
                case "mentions" -> row.put(c, record.path("mentions").size()); // how many times the text states it
                default -> row.put(c, record.path(c).isNull() || record.path(c).isMissingNode() ? ""
                    : record.path(c).asText());
            }
        }
        return row;
    }
}
