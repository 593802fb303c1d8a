package io.policylens.contract;

import io.policylens.analyse.Division;
import io.policylens.analyse.EntitySummary;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** An entity as the contract writes it: type, simplified text, count, and {@code [begin, end]} spans into text. */
@JsonPropertyOrder({"type", "text", "count", "spans", "division"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record EntityRecord(
    @JsonProperty("type") String type,
    @JsonProperty("text") String text,
    @JsonProperty("count") int count,
    @JsonProperty("spans") List<int[]> spans,
    @JsonProperty("division") DivisionRecord division) {

    /** Where a place is: {@code {"code": "330100", "name": "杭州市", "level": "city", "path": ["浙江省", "杭州市"]}}. */
    @JsonPropertyOrder({"code", "name", "level", "path"})
    public record DivisionRecord(@JsonProperty("code") String code, @JsonProperty("name") String name,
                                 @JsonProperty("level") String level, @JsonProperty("path") List<String> path) {
    }

    public static EntityRecord of(EntitySummary e) {
        Division d = e.division();
        return new EntityRecord(e.type().name(), e.text(), e.count(),
            e.spans().stream().map(s -> new int[] {s.begin(), s.end()}).toList(),
            d == null ? null : new DivisionRecord(d.code(), d.name(), d.level(), d.path()));
    }
}
