package io.policylens.contract;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.Division;
import io.policylens.analyse.Indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator as the contracts write it ({@code policylens.document/1} {@code indicators[]}, and the core of
 * {@code policylens.indicator/1}): flat, with the matched text and its offsets, values as exact decimals.
 */
@JsonPropertyOrder({"kind", "value", "value_max", "unit", "approx", "year", "subject", "span", "sentence", "begin", "end",
    "region", "organisation", "measure", "direction", "mentions"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorRecord(
    @JsonProperty("kind") String kind,
    @JsonProperty("value") BigDecimal value,
    @JsonProperty("value_max") BigDecimal valueMax,
    @JsonProperty("unit") String unit,
    @JsonProperty("approx") boolean approx,
    @JsonProperty("year") Integer year,
    @JsonProperty("subject") String subject,
    @JsonProperty("span") String span,
    @JsonProperty("sentence") String sentence,
    @JsonProperty("begin") int begin,
    @JsonProperty("end") int end,
    @JsonProperty("region") EntityRecord.DivisionRecord region,
    @JsonProperty("organisation") String organisation,
    @JsonProperty("measure") String measure,
    @JsonProperty("direction") String direction,
    @JsonProperty("mentions") List<Mention> mentions) {

    /** One place the text states the fact. */
    public record Mention(@JsonProperty("begin") int begin, @JsonProperty("end") int end,
                          @JsonProperty("span") String span) {
    }

    public static IndicatorRecord of(Indicator i, AnalysedDocument doc) {
        return of(i, doc, doc.attribution(i));
    }

    /** With the attribution already worked out by the caller. */
    public static IndicatorRecord of(Indicator i, AnalysedDocument doc, AnalysedDocument.Attribution a) {
        Division d = a.region();
        String text = doc.clean().text();
        return new IndicatorRecord(i.kind().label(), exact(i.value()), i.valueMax() == null ? null : exact(i.valueMax()),
            i.unit(), i.approx(), i.year(), i.subject(), i.span().of(text), i.sentence(), i.span().begin(),
            i.span().end(), d == null ? null : new EntityRecord.DivisionRecord(d.code(), d.name(), d.level(), d.path()),
            a.organisation(), i.measure().label(), i.direction() == null ? null : i.direction().label(),
            i.mentions().stream().map(s -> new Mention(s.begin(), s.end(), s.of(text))).toList());
    }

    /**
     * A value as the exact decimal it was computed as, without an exponent (4.23E9 → 4230000000): the double rounded
     * to 15 significant digits, all a double holds, so an old sum's 4.2299999999999995E9 reads 4230000000 too.
     */
    public static BigDecimal exact(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).round(new java.math.MathContext(15)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
