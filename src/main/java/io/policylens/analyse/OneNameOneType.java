package io.policylens.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A document names one thing by one name: where the tagger gave one surface several types (阿里巴巴 a place here, a
 * person there), every mention takes the type most of them have, an organisation on a tie; and a company's short
 * form takes the full name the document also writes (星海科技 → 星海科技集团), so that facets count it once. A name
 * on the division map is a place on a tie, and never another's short form (杭州 of 杭州市科技局, 浙江 of 浙江大学).
 * Thread-safe.
 */
final class OneNameOneType {

    /** What a company's full name adds to its short form. */
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile("(集团|公司|集团公司|集团有限公司|股份有限公司|有限公司|控股集团|股份)");
    private static final List<EntityType> TIE_ORDER = List.of(EntityType.ORG, EntityType.PER, EntityType.LOC);

    private final PlaceResolver places;

    OneNameOneType(PlaceResolver places) {
        this.places = places;
    }

    List<Mention> apply(List<Mention> found) {
        Map<String, EnumMap<EntityType, Integer>> types = new HashMap<>();
        found.forEach(m -> types.computeIfAbsent(m.surface(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum));
        List<Mention> organisations = found.stream().filter(m -> m.type() == EntityType.ORG).toList();
        List<Mention> out = new ArrayList<>(found.size());
        Map<String, Boolean> mapped = new HashMap<>();
        for (Mention m : found) {
            boolean onTheMap = mapped.computeIfAbsent(m.surface(), this::onTheMap);
            String full = onTheMap ? null : organisations.stream().map(Mention::surface)
                .filter(o -> o.length() > m.surface().length() && o.startsWith(m.surface())
                    && CORPORATE_SUFFIX.matcher(o.substring(m.surface().length())).matches())
                .min(Comparator.comparingInt(String::length)).orElse(null);
            if (full != null && m.surface().length() >= 2) {
                out.add(new Mention(m.span(), m.surface(), EntityType.ORG, full));
                continue;
            }
            EnumMap<EntityType, Integer> counts = types.get(m.surface());
            List<EntityType> order = onTheMap ? List.of(EntityType.LOC, EntityType.ORG, EntityType.PER) : TIE_ORDER;
            EntityType type = counts.size() == 1 ? m.type() : order.stream()
                .max(Comparator.comparingInt((EntityType t) -> counts.getOrDefault(t, 0))
                    .thenComparing(t -> -order.indexOf(t))).orElseThrow();
            out.add(type == m.type() ? m : new Mention(m.span(), m.surface(), type, m.surface()));
        }
        return out;
    }

    private boolean onTheMap(String name) {
        return !places.resolve(List.of(name)).isEmpty();
    }
}
