package io.policylens.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The metadata block of a government policy page, which analysts filter by: 索引号, 发文机关, 发文字号 (浙政发〔2024〕12号),
 * 成文日期, 发布日期, 主题分类, 有效性 — and the documents the policy cites. Fields are null when the page does not say.
 *
 * @param documentNumber the issuing number with its brackets made 〔〕 (浙政发〔2024〕12号), as the index and searches
 *                       compare it
 * @param cites          the documents the text cites: 《关于…的意见》(中发〔2016〕9号), in order of first mention
 */
public record PolicyHeader(String indexNumber, String issuer, String documentNumber, LocalDate written,
                           LocalDate published, String topic, String validity, List<Citation> cites) {

    /** A document cited: its title without 《》, and its number when the text gives it. */
    public record Citation(String title, String documentNumber) {
    }

    public static final PolicyHeader NONE = new PolicyHeader(null, null, null, null, null, null, null, List.of());

    public PolicyHeader {
        cites = cites == null ? List.of() : List.copyOf(cites);
    }

    /** Whether the page carried any of the header's fields (citations alone do not make a header). */
    public boolean isEmpty() {
        return indexNumber == null && issuer == null && documentNumber == null && written == null && published == null
            && topic == null && validity == null;
    }

    public PolicyHeader withCites(List<Citation> c) {
        return new PolicyHeader(indexNumber, issuer, documentNumber, written, published, topic, validity, c);
    }

    /** This header with each text field (and each citation's) passed through {@code f}: simplified for the index. */
    public PolicyHeader mapText(java.util.function.UnaryOperator<String> f) {
        java.util.function.UnaryOperator<String> g = s -> s == null ? null : f.apply(s);
        return new PolicyHeader(g.apply(indexNumber), g.apply(issuer), g.apply(documentNumber), written, published,
            g.apply(topic), g.apply(validity),
            cites.stream().map(c -> new Citation(g.apply(c.title()), g.apply(c.documentNumber()))).toList());
    }

    /** This header, its missing fields taken from another (what the text says when the header does not). */
    public PolicyHeader orElse(PolicyHeader other) {
        return new PolicyHeader(first(indexNumber, other.indexNumber), first(issuer, other.issuer),
            first(documentNumber, other.documentNumber), first(written, other.written), first(published, other.published),
            first(topic, other.topic), first(validity, other.validity), cites.isEmpty() ? other.cites : cites);
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
