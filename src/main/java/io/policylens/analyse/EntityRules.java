package io.policylens.analyse;

import io.policylens.document.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that mend what a character tagger gets wrong on policy text, with the division table as gazetteer:
 * a place cut before its suffix is completed (南山 → 南山区, 南太湖 → 南太湖新区); an organisation whose name joins
 * two parts with 和 or 及 is made whole (成都市人力资源和社会保障局); division names the tagger missed are added.
 * Thread-safe.
 */
final class EntityRules {

    /** What zones and parks end with. */
    private static final Pattern ZONE = Pattern.compile("(新区|园区|开发区|高新区|科创区|自贸区|试验区|示范区|产业园|科技城|科学城)");
    private static final int LOOKAHEAD = 6;
    private static final String BREAKS = "，。、；：！？“”《》（）()【】[]「」\n ,;:";

    private final Set<String> divisions;
    /** Aho-Corasick over full division names: one pass over the text finds them all. */
    private final AhoCorasickDoubleArrayTrie<String> divisionNames = new AhoCorasickDoubleArrayTrie<>();

    EntityRules(Set<String> divisionNames) {
        this.divisions = divisionNames;
        // Full names of three or more characters only: short ones (东城, 朝阳) are words too often.
        java.util.TreeMap<String, String> names = new java.util.TreeMap<>();
        divisionNames.stream().filter(n -> n.length() >= 3 && n.matches(".*[省市区县州盟旗]")).forEach(n -> names.put(n, n));
        this.divisionNames.build(names);
    }

    List<Mention> apply(String text, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            out.add(extend(text, m));
        }
        out = mergeCoordinated(text, out);
        out = joinedToTheirBody(text, out);
        addDivisions(text, out);
        out.removeIf(EntityRules::fragment);
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** What a body's name ends with: a department, a bureau, a company, an institute. */
    private static final Pattern BODY_SUFFIX = Pattern.compile("(人民政府|政府|办公厅|办公室|委员会|管委会|管理委员会|"
        + "局|厅|研究院|研究所|实验室|中心|公司|集团|大学|学院|银行|支行|分行|分局|协会|商会|联合会|基金会|法院|检察院)$");
    /** A suffix word alone, or a party body without its place: a fragment, not a name. */
    private static final Set<String> BARE = Set.of("公司", "集团", "研究院", "研究所", "中心", "团队", "委员会", "办公室",
        "实验室", "大学", "学院", "银行", "政府", "人民政府", "省委", "市委", "县委", "区委", "管委会", "工业局", "创新团队",
        "集团公司", "有限公司", "股份公司", "分公司", "子公司", "总公司");

    /** A single character, or a bare suffix word (公司, 研究院, 省委): a fragment of a name, not a name. */
    private static boolean fragment(Mention m) {
        return m.surface().length() < 2 || m.type() == EntityType.ORG && BARE.contains(m.surface());
    }

    /**
     * [杭州市][科技局] → 杭州市科技局, [中国人民银行][常德市中心支行] → one body: a place or body written right before a
     * body is part of its name (a list would put 、 or 和 between them).
     */
    private static List<Mention> joinedToTheirBody(String text, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 1; i < out.size(); i++) {
            Mention body = out.get(i);
            Mention before = out.get(i - 1);
            if (body.type() == EntityType.ORG && before.type() != EntityType.PER
                && before.span().end() == body.span().begin() && BODY_SUFFIX.matcher(body.surface()).find()) {
                out.set(i - 1, mention(text, before.span().begin(), body.span().end(), EntityType.ORG));
                out.remove(i);
                i--;
            }
        }
        return out;
    }

    private Mention extend(String text, Mention m) {
        int end = m.span().end();
        // 南山 + 区 is a division: the suffix belongs to the name.
        for (String suffix : new String[] {"区", "市", "县", "省"}) {
            if (m.type() == EntityType.LOC && text.startsWith(suffix, end) && divisions.contains(m.surface() + suffix)) {
                return mention(text, m.span().begin(), end + suffix.length(), EntityType.LOC);
            }
        }
        if (m.type() == EntityType.LOC || m.type() == EntityType.ORG) {
            int best = -1;
            for (int k = 0; k <= LOOKAHEAD && end + k <= text.length(); k++) {
                if (k > 0 && BREAKS.indexOf(text.charAt(end + k - 1)) >= 0) {
                    break;
                }
                String candidate = text.substring(m.span().begin(), end + k);
                Matcher z = ZONE.matcher(candidate);
                if (z.find() && z.end() == candidate.length() && candidate.length() > z.group().length() + 1) {
                    best = end + k;
                }
            }
            if (best > 0) {
                return mention(text, m.span().begin(), best, EntityType.LOC);
            }
        }
        return m;
    }

    /** [成都市][人力资源]和[社会保障局] → one organisation: a place, a few characters, 和/及, an organisation. */
    private static List<Mention> mergeCoordinated(String text, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 1; i < out.size(); i++) {
            Mention org = out.get(i);
            Mention before = out.get(i - 1);
            int join = org.span().begin() - 1;
            if (org.type() != EntityType.ORG || join <= before.span().end() || "和及".indexOf(text.charAt(join)) < 0) {
                continue;
            }
            String between = text.substring(before.span().end(), join);
            if (before.type() == EntityType.LOC && between.length() >= 2 && between.length() <= 8
                && between.chars().noneMatch(c -> BREAKS.indexOf(c) >= 0)) {
                out.set(i - 1, mention(text, before.span().begin(), org.span().end(), EntityType.ORG));
                out.remove(i);
                i--;
            }
        }
        return out;
    }

    private void addDivisions(String text, List<Mention> out) {
        List<Span> hits = new ArrayList<>();
        for (var h : divisionNames.parseText(text)) {
            hits.add(new Span(h.begin, h.end));
        }
        // Longest first, so that 杭州市西湖区 is not cut into what it contains.
        hits.sort(Comparator.comparingInt(Span::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (Span s : hits) {
            if (out.stream().noneMatch(m -> m.span().overlaps(s))) {
                out.add(mention(text, s.begin(), s.end(), EntityType.LOC));
            }
        }
    }

    private static Mention mention(String text, int begin, int end, EntityType type) {
        String surface = text.substring(begin, end);
        return new Mention(new Span(begin, end), surface, type, surface);
    }
}
