package io.policylens.analyse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** An entity as the contract writes it: type, simplified text, count, and {@code [begin, end]} spans into text. */
@JsonPropertyOrder({"type", "text", "count", "spans"})
public record EntityRecord(
    @JsonProperty("type") String type,
    @JsonProperty("text") String text,
    @JsonProperty("count") int count,
    @JsonProperty("spans") List<int[]> spans) {

    public static EntityRecord of(EntitySummary e) {
        return new EntityRecord(e.type().name(), e.text(), e.count(),
            e.spans().stream().map(s -> new int[] {s.begin(), s.end()}).toList());
    }
}
