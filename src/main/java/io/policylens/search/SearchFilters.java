package io.policylens.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What narrows a search, every value optional (null filters nothing): publication dates (inclusive), the site,
 * a province or city the document is about, an organisation or person it names, its script, a kind of indicator it
 * holds, whether it holds any, and the body that issued it (a policy header's 发文机关).
 */
public record SearchFilters(LocalDate from, LocalDate to, String site, String province, String city,
                            String organisation, String person, String script, String kind, Boolean hasIndicators,
                            String issuer) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null, null, null, null, null,
        null);
    static final Set<String> KINDS = Set.of("money", "percent", "count", "rank", "ratio", "target");
    static final Set<String> SCRIPTS = Set.of("simplified", "traditional", "mixed");

    public SearchFilters {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        if (kind != null && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of money, percent, count, rank, ratio, target; was " + kind);
        }
        if (script != null && !SCRIPTS.contains(script)) {
            throw new IllegalArgumentException("script must be simplified, traditional or mixed; was " + script);
        }
    }

    /** The filters' names, as the API's query parameters and a watch's stored filters spell them. */
    public static final List<String> PARAMS = List.of("from", "to", "site", "province", "city", "organisation", "person",
        "script", "kind", "has_indicators", "issuer");

    /**
     * Filters from named values (the API's parameters, a watch's stored filters); blank values filter nothing.
     *
     * @throws IllegalArgumentException naming the parameter whose value is malformed
     */
    public static SearchFilters of(java.util.function.Function<String, String> values) {
        java.util.function.Function<String, String> v = n -> {
            String s = values.apply(n);
            return s == null || s.isBlank() ? null : s.strip();
        };
        return new SearchFilters(date("from", v.apply("from")), date("to", v.apply("to")), v.apply("site"),
            v.apply("province"), v.apply("city"), v.apply("organisation"), v.apply("person"), v.apply("script"),
            v.apply("kind"), bool("has_indicators", v.apply("has_indicators")), v.apply("issuer"));
    }

    /** The values set, by parameter name, in {@link #PARAMS} order. */
    public java.util.Map<String, String> params() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        Object[] values = {from, to, site, province, city, organisation, person, script, kind, hasIndicators, issuer};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                m.put(PARAMS.get(i), values[i].toString());
            }
        }
        return m;
    }

    private static LocalDate date(String name, String v) {
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO date (2026-03-18); was '" + v + "'");
        }
    }

    public static Boolean bool(String name, String v) {
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false; was '" + v + "'");
        };
    }

    public SearchFilters withFrom(LocalDate d) {
        return new SearchFilters(d, to, site, province, city, organisation, person, script, kind, hasIndicators, issuer);
    }

    public SearchFilters withKind(String k) {
        return new SearchFilters(from, to, site, province, city, organisation, person, script, k, hasIndicators, issuer);
    }

    public SearchFilters withIssuer(String i) {
        return new SearchFilters(from, to, site, province, city, organisation, person, script, kind, hasIndicators, i);
    }

    /** The filter clauses these values make, for a bool query's {@code filter}. */
    List<Query> clauses() {
        List<Query> out = new ArrayList<>();
        if (from != null || to != null) {
            out.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("published");
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            }))));
        }
        term(out, "source.site", site);
        term(out, "places.province", province);
        term(out, "places.city", city);
        term(out, "entities.org", organisation);
        term(out, "entities.per", person);
        term(out, "script", script);
        term(out, "indicator_kinds", kind);
        term(out, "policy.issuer", issuer);
        if (hasIndicators != null) {
            Query exists = Query.of(q -> q.exists(e -> e.field("indicator_kinds")));
            out.add(hasIndicators ? exists : Query.of(q -> q.bool(b -> b.mustNot(exists))));
        }
        return out;
    }

    private static void term(List<Query> out, String field, String value) {
        if (value != null && !value.isBlank()) {
            out.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }
}
