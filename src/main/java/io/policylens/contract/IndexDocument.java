package io.policylens.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.analyse.AnalysedDocument;
import io.policylens.contract.EntityRecord;
import io.policylens.analyse.EntitySummary;
import io.policylens.analyse.Indicator;
import io.policylens.contract.IndicatorRecord;
import io.policylens.text.SegmentedText;
import io.policylens.analyse.TextFingerprint;
import io.policylens.extract.CleanDocument;

import java.time.Instant;
import java.util.Locale;
import java.util.TreeSet;

/** Builds the Elasticsearch source of a document, as {@code documents-v2.json} maps it. Thread-safe. */
public final class IndexDocument {

    private final ObjectMapper mapper = io.policylens.contract.Json.mapper();

    public ObjectNode toSource(AnalysedDocument doc, TextFingerprint fp, Instant fetchedAt, String pipelineVersion) {
        CleanDocument c = doc.clean();
        ObjectNode o = mapper.createObjectNode();
        o.put("id", c.id().value());
        ObjectNode source = o.putObject("source");
        source.put("uri", c.source().uri());
        source.put("site", c.source().site());
        o.put("title", c.title());
        o.put("title_seg", SegmentedText.of(doc.titleTokens()));
        o.put("title_original", c.titleOriginal());
        o.put("published", c.published() == null ? null : c.published().toString());
        o.put("fetched_at", fetchedAt.toString());
        o.put("indexed_at", Instant.now().toString());
        o.put("language", doc.language());
        o.put("script", c.script().label());
        o.put("text", c.text());
        o.put("text_seg", SegmentedText.of(doc.tokens()));
        o.put("text_original", c.original());
        o.put("text_length", c.text().length());
        ObjectNode offsetMap = o.putObject("offset_map");
        ArrayNode segments = offsetMap.putArray("segments");
        c.offsetMap().segments().forEach(s -> segments.addArray().add(s[0]).add(s[1]).add(s[2]));
        o.put("content_hash", c.contentHash());
        o.put("text_hash", fp.textHash());
        o.put("simhash", fp.simhashHex());
        ArrayNode bands = o.putArray("simhash_bands");
        fp.bands().forEach(bands::add);
        o.put("pipeline_version", pipelineVersion);
        ArrayNode flags = o.putArray("flags");
        c.flags().stream().sorted().forEach(flags::add);
        o.set("policy", mapper.valueToTree(PolicyRecord.of(c.policy())));
        ObjectNode entities = o.putObject("entities");
        ArrayNode mentions = o.putArray("entity_mentions");
        for (EntitySummary e : doc.entities()) {
            entities.withArray(e.type().name().toLowerCase(Locale.ROOT)).add(e.text());
            mentions.add(mapper.valueToTree(EntityRecord.of(e)));
        }
        ObjectNode places = o.putObject("places");
        TreeSet<String> provinces = new TreeSet<>();
        TreeSet<String> cities = new TreeSet<>();
        TreeSet<String> codes = new TreeSet<>();
        doc.places().values().forEach(d -> {
            provinces.add(d.province());
            if (d.city() != null) {
                cities.add(d.city());
            }
            codes.addAll(d.pathCodes());
        });
        provinces.forEach(places.putArray("province")::add);
        cities.forEach(places.putArray("city")::add);
        codes.forEach(places.putArray("code")::add);
        TreeSet<String> kinds = new TreeSet<>();
        ArrayNode indicators = o.putArray("indicators");
        for (Indicator i : doc.indicators()) {
            kinds.add(i.kind().label());
            AnalysedDocument.Attribution attribution = doc.attribution(i);
            ObjectNode in = mapper.valueToTree(IndicatorRecord.of(i, doc, attribution));
            // Flat keywords beside the region object, for filters and facets on nested indicators.
            var region = attribution.region();
            if (region != null) {
                in.put("province", region.province());
                in.put("city", region.city());
            }
            indicators.add(in);
        }
        ArrayNode kindArray = o.putArray("indicator_kinds");
        kinds.forEach(kindArray::add);
        return o;
    }
}
