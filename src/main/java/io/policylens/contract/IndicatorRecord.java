package io.policylens.contract;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.Division;
import io.policylens.analyse.Indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An indicator as the contracts write it ({@code policylens.document/1} {@code indicators[]}, and the core of
 * {@code policylens.indicator/1}): flat, with the matched text and its offsets.
 */
@JsonPropertyOrder({"kind", "value", "value_max", "unit", "approx", "year", "subject", "span", "sentence", "begin", "end",
    "region", "organisation"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorRecord(
    @JsonProperty("kind") String kind,
    @JsonProperty("value") double value,
    @JsonProperty("value_max") Double valueMax,
    @JsonProperty("unit") String unit,
    @JsonProperty("approx") boolean approx,
    @JsonProperty("year") Integer year,
    @JsonProperty("subject") String subject,
    @JsonProperty("span") String span,
    @JsonProperty("sentence") String sentence,
    @JsonProperty("begin") int begin,
    @JsonProperty("end") int end,
    @JsonProperty("region") EntityRecord.DivisionRecord region,
    @JsonProperty("organisation") String organisation) {

    public static IndicatorRecord of(Indicator i, AnalysedDocument doc) {
        return of(i, doc, doc.attribution(i));
    }

    /** With the attribution already worked out by the caller. */
    public static IndicatorRecord of(Indicator i, AnalysedDocument doc, AnalysedDocument.Attribution a) {
        Division d = a.region();
        return new IndicatorRecord(i.kind().label(), i.value(), i.valueMax(), i.unit(), i.approx(), i.year(),
            i.subject(), i.span().of(doc.clean().text()), i.sentence(), i.span().begin(), i.span().end(),
            d == null ? null : new EntityRecord.DivisionRecord(d.code(), d.name(), d.level(), d.path()),
            a.organisation());
    }
}
