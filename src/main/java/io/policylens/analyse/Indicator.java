package io.policylens.analyse;

import io.policylens.document.Span;

import java.util.List;
import java.util.Objects;

/**
 * A number the text states about something: "R&D投入强度达到3.95%" → percent 3.95 of R&D投入强度. One fact is one
 * indicator, however often the text repeats it.
 *
 * @param value     the normalised number (money in units of its currency, percentages as written: 3.95 for 3.95 %),
 *                  computed in decimal and exact as a double can hold it (42.3亿 is 4230000000)
 * @param valueMax  the upper bound of a range, else null
 * @param unit      an ISO 4217 code for money, "percent", "percentage_point", "fraction", "倍", or the measure word
 * @param approx    the text qualifies the number (约, 超过, 余, 以上 …)
 * @param year      the year the number is for or due by, else null
 * @param subject   what is measured, in simplified characters, or "" when the text does not say
 * @param span      where the number and its unit stand in the normalised text (the first mention)
 * @param sentence  the sentence around it, for evidence
 * @param measure   a level, a change or a target
 * @param direction which way a change goes, else null
 * @param mentions  every place the text states this fact (the first is {@code span}): a repetition, a restatement
 *                  in another currency (约合人民币 …)
 */
public record Indicator(IndicatorKind kind, double value, Double valueMax, String unit, boolean approx, Integer year,
                        String subject, Span span, String sentence, Measure measure, Measure.Direction direction,
                        List<Span> mentions) {

    public Indicator {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(span, "span");
        subject = subject == null ? "" : subject;
        sentence = sentence == null ? "" : sentence;
        measure = measure == null ? (kind == IndicatorKind.TARGET ? Measure.TARGET : Measure.LEVEL) : measure;
        mentions = mentions == null || mentions.isEmpty() ? List.of(span) : List.copyOf(mentions);
    }

    /** A level stated once. */
    public Indicator(IndicatorKind kind, double value, Double valueMax, String unit, boolean approx, Integer year,
                     String subject, Span span, String sentence) {
        this(kind, value, valueMax, unit, approx, year, subject, span, sentence, null, null, null);
    }

    /** This fact in another unit (the same number): a bare 元 read as the document's currency. */
    Indicator inUnit(String another) {
        return new Indicator(kind, value, valueMax, another, approx, year, subject, span, sentence, measure, direction,
            mentions);
    }

    /** This fact with one more place the text states it. */
    Indicator withMention(Span another) {
        List<Span> all = new java.util.ArrayList<>(mentions);
        all.add(another);
        return new Indicator(kind, value, valueMax, unit, approx, year, subject, span, sentence, measure, direction, all);
    }
}
