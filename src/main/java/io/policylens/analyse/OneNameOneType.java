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
 * A body's short form by its level stands for the full name the document writes (市检察院 → 杭州市人民检察院).
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
        return apply(found, found);
    }

    /**
     * The mentions of a text, each with its one type and name; a short form by its level stands only for a full
     * name {@code written} in the text's own words (not only in a cited title, 《中共济南市委 济南市人民政府关于…》).
     */
    List<Mention> apply(List<Mention> found, List<Mention> written) {
        Map<String, EnumMap<EntityType, Integer>> types = new HashMap<>();
        found.forEach(m -> types.computeIfAbsent(m.surface(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum));
        List<Mention> organisations = found.stream().filter(m -> m.type() == EntityType.ORG).toList();
        List<Mention> out = new ArrayList<>(found.size());
        Map<String, Boolean> mapped = new HashMap<>();
        Map<String, String> fullForms = new HashMap<>();
        // Each organisation's name once: a body is named many times, and every name is tried against every short form.
        java.util.Set<String> writtenNames = new java.util.LinkedHashSet<>();
        written.stream().filter(m -> m.type() == EntityType.ORG).forEach(m -> writtenNames.add(m.surface()));
        for (Mention m : found) {
            String fullForm = m.type() == EntityType.ORG
                ? fullForms.computeIfAbsent(m.surface(), k -> fullFormByItsLevel(k, writtenNames)) : "";
            if (!fullForm.isEmpty()) {
                out.add(new Mention(m.span(), m.surface(), EntityType.ORG, fullForm));
                continue;
            }
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

    /** The level words a body's short form opens with, for the level of the place its full name opens with. */
    private static final String LEVELS = "省市区县州";

    /**
     * The full name a body's short form by its level stands for (市检察院 after 杭州市人民检察院 or 市人民检察院, 市中院
     * after 青岛市中级人民法院, 省科技厅 after 浙江省科学技术厅), or "" where the document names no such body or two:
     * the full name opens with a place of that level or the level word, and what follows is written shorter in the short form,
     * its characters in order, with its first and last (委 for 委员会, less a leading 人民).
     */
    private String fullFormByItsLevel(String shortForm, java.util.Set<String> organisations) {
        if (shortForm.length() < 3 || shortForm.length() > 8 || LEVELS.indexOf(shortForm.charAt(0)) < 0) {
            return "";
        }
        String full = "";
        for (String name : organisations) {
            if (name.length() <= shortForm.length() || !abbreviatedByItsLevel(shortForm, name)) {
                continue;
            }
            if (!full.isEmpty()) {
                return ""; // two bodies it may stand for
            }
            full = name;
        }
        return full;
    }

    private boolean abbreviatedByItsLevel(String shortForm, String name) {
        char level = shortForm.charAt(0);
        if (name.charAt(0) == level && abbreviates(shortForm.substring(1), name.substring(1))) {
            return true; // 市检察院 after 市人民检察院: the full name by its level too
        }
        for (int k = name.indexOf(level, 2); k >= 0; k = name.indexOf(level, k + 1)) {
            boolean placed = false;
            for (int j = Math.max(0, k - 8); j < k - 1 && !placed; j++) {
                placed = places.writesAPlace(name.substring(j, k + 1));
            }
            if (placed && abbreviates(shortForm.substring(1), name.substring(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** 检察院 of 人民检察院, 中院 of 中级人民法院, 科技局 of 科学技术局, 发改委 of 发展和改革委员会. */
    static boolean abbreviates(String shortTail, String fullTail) {
        String full = fullTail.startsWith("人民") ? fullTail.substring(2) : fullTail;
        if (shortTail.isEmpty() || full.isEmpty() || shortTail.length() > full.length() || shortTail.charAt(0) != full.charAt(0)) {
            return false;
        }
        char last = shortTail.charAt(shortTail.length() - 1);
        if (last != full.charAt(full.length() - 1) && !(last == '委' && full.endsWith("委员会"))) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < full.length() && at < shortTail.length(); i++) {
            if (full.charAt(i) == shortTail.charAt(at)) {
                at++;
            }
        }
        return at == shortTail.length();
    }

    private boolean onTheMap(String name) {
        return !places.resolve(List.of(name)).isEmpty();
    }
}
