package io.policylens.analyse;

import io.policylens.document.Span;

import java.util.Objects;

/**
 * A number the text states about something: "R&D投入强度达到3.95%" → percent 3.95 of R&D投入强度.
 *
 * @param value    the normalised number (money in units of its currency, percentages as written: 3.95 for 3.95 %)
 * @param valueMax the upper bound of a range, else null
 * @param unit     an ISO 4217 code for money, "percent", "percentage_point", "fraction", or the measure word
 * @param approx   the text qualifies the number (约, 超过, 余, 以上 …)
 * @param year     the year the number is for or due by, else null
 * @param subject  what is measured, in simplified characters, or "" when the text does not say
 * @param span     where the number and its unit stand in the normalised text
 * @param sentence the sentence around it, for evidence
 */
public record Indicator(IndicatorKind kind, double value, Double valueMax, String unit, boolean approx, Integer year,
                        String subject, Span span, String sentence) {

    public Indicator {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(span, "span");
        subject = subject == null ? "" : subject;
        sentence = sentence == null ? "" : sentence;
    }
}
