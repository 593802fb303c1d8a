package io.policylens.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.policylens.extract.PolicyHeader;

import java.util.List;

/**
 * A policy header as the contracts write it ({@code policylens.document/1} {@code policy}, and the indexed
 * document's): every field present, null when the page does not say.
 */
@JsonPropertyOrder({"index_number", "issuer", "document_number", "written", "published", "topic", "validity", "cites"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PolicyRecord(
    @JsonProperty("index_number") String indexNumber,
    @JsonProperty("issuer") String issuer,
    @JsonProperty("document_number") String documentNumber,
    @JsonProperty("written") String written,
    @JsonProperty("published") String published,
    @JsonProperty("topic") String topic,
    @JsonProperty("validity") String validity,
    @JsonProperty("cites") List<Citation> cites) {

    @JsonPropertyOrder({"title", "document_number"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Citation(@JsonProperty("title") String title, @JsonProperty("document_number") String documentNumber) {
    }

    public static PolicyRecord of(PolicyHeader h) {
        return new PolicyRecord(h.indexNumber(), h.issuer(), h.documentNumber(),
            h.written() == null ? null : h.written().toString(), h.published() == null ? null : h.published().toString(),
            h.topic(), h.validity(), h.cites().stream().map(c -> new Citation(c.title(), c.documentNumber())).toList());
    }
}
