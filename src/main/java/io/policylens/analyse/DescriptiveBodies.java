package io.policylens.analyse;

import io.policylens.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bodies named by what they work on, outside quotation marks: a place on the map, a few words saying what the body
 * does, then a centre's, institute's or association's word (浙江省科技评估和成果转化中心,
 * 宁波先进材料与智能制造研究院). The tagger cuts such names after their place, or misses them; read by the segmenter's
 * words they are whole. Not where a verb phrase, a function word or only a generic word stands between the place
 * and the suffix (浙江省加快建设研发中心, 杭州市重点实验室). Thread-safe.
 */
final class DescriptiveBodies {

    /** The suffix word of such a body, as the segmenter cuts it (研发中心 and 中心 alike). */
    private static final List<String> SUFFIXES = List.of("中心", "研究院", "研究所", "实验室", "促进会", "协会", "学会",
        "联合会", "研究会", "基金会", "联盟", "合作社");
    /** Their last characters: most words end otherwise and are passed over at a glance. */
    private static final String SUFFIX_ENDS = "心院所室会盟社";
    /** Words that say what kind of body, not what it works on: a name needs more than these. */
    private static final Set<String> GENERIC = Set.of("重点", "市级", "省级", "国家", "国家级", "新型", "工程", "技术", "研发",
        "创新", "科技", "研究", "服务", "综合", "企业", "产业", "行业", "公共", "专业", "高端", "示范", "区域", "国际", "全球",
        "全国", "世界", "区域性", "综合性", "先进");
    private static final String JOINS = "和与及";
    /** What a government body's name ends with, whose named centres and institutes are written after it. */
    private static final java.util.regex.Pattern GOVERNMENT_BODY_END = java.util.regex.Pattern.compile("(总局|局|部|委|厅|署)$");
    /** Verbs that take a centre as their object (建设研发中心, 共建实验室, 入选…医学中心): the clause's, not the name's. */
    private static final Set<String> MAKING = EntityRules.union(Set.of("建设", "打造", "建立", "成立", "组建", "共建", "设立", "新建", "筹建",
        "创建", "引进", "支持", "认定", "推动", "加快", "布局", "培育", "申报", "落地", "入驻", "建成", "成为", "争创",
        "争取", "打造成", "建设成"), EntityRules.BEING_SELECTED);
    /** Words between the place and the suffix, and characters in all. */
    private static final int MOST_WORDS = 7;
    private static final int LONGEST = 22;

    private final PlaceResolver places;

    DescriptiveBodies(PlaceResolver places) {
        this.places = places;
    }

    List<Mention> apply(String text, List<Mention> found, List<Token> words) {
        List<Mention> out = new ArrayList<>(found);
        // Where the tagger found a place (天目湖), a word opens a place even when the division table has none.
        java.util.BitSet placesFound = new java.util.BitSet();
        found.stream().filter(m -> m.type() == EntityType.LOC).forEach(m -> placesFound.set(m.span().begin()));
        // A government body's named centre written after it (国家市场监管总局 + 认证认可技术研究中心) opens at the body.
        java.util.Map<Integer, Mention> bodiesEnding = new java.util.HashMap<>();
        found.stream().filter(m -> m.type() == EntityType.ORG && GOVERNMENT_BODY_END.matcher(m.surface()).find())
            .forEach(m -> bodiesEnding.put(m.span().end(), m));
        for (int j = 1; j < words.size(); j++) {
            Token suffix = words.get(j);
            if (!isSuffix(suffix.text())) {
                continue;
            }
            int head = headBefore(words, j, placesFound, bodiesEnding);
            if (head < 0) {
                continue;
            }
            Mention body = bodiesEnding.get(words.get(head).end());
            if (body != null && text.substring(body.span().end(), suffix.begin()).chars().anyMatch(c -> JOINS.indexOf(c) >= 0)) {
                continue; // 经济部产业发展署与工业技术研究院: two bodies
            }
            while (body == null && head > 0 && isPlace(words.get(head - 1)) && words.get(head - 1).end() == words.get(head).begin()) {
                head--; // 浙江省宁波市…: the higher division written before opens the name
            }
            if (head > 0 && MAKING.contains(words.get(head - 1).text())
                || j + 1 < words.size() && MAKING.contains(words.get(j + 1).text())) {
                continue; // 建设宁波国家区域…中心, …中心建设: what a place is to become, not a body
            }
            int begin = body != null ? body.span().begin() : words.get(head).begin();
            int end = suffix.end();
            if (end - begin > LONGEST) {
                continue;
            }
            io.policylens.document.Span span = new io.policylens.document.Span(begin, end);
            if (out.stream().anyMatch(m -> m.span().overlaps(span) && !span.contains(m.span()) || m.span().equals(span))) {
                continue; // a name the tagger or a rule found runs across it, or is it: theirs stands
            }
            out.removeIf(m -> span.contains(m.span()));
            out.add(EntityRules.mention(text, begin, end, EntityType.ORG));
        }
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * The index of the place word that opens a body ending with word {@code j}, or -1: walking back over what the
     * body works on (nouns, adjectives, a verb between nouns, 和/与/及 between nouns) to a division's name.
     */
    private int headBefore(List<Token> words, int j, java.util.BitSet placesFound, java.util.Map<Integer, Mention> bodiesEnding) {
        boolean specific = false;
        for (int k = j - 1; k >= 0 && j - k <= MOST_WORDS; k--) {
            Token w = words.get(k);
            if (w.end() != words.get(k + 1).begin()) {
                return -1;
            }
            if (isPlace(w) || w.tag().startsWith("ns") && placesFound.get(w.begin()) || bodiesEnding.containsKey(w.end())) {
                return specific && k < j - 1 ? k : -1;
            }
            if (MAKING.contains(w.text())) {
                return -1;
            }
            if (w.text().length() >= 2 && EntityRules.endsLikeABody(w.text())) {
                return -1; // 省社会科学院 + 经济研究所: a unit of a body, which the rules fold into it
            }
            boolean between = k > 0 && nounish(words.get(k - 1)) && (k + 1 == j || nounish(words.get(k + 1)));
            String tag = w.tag();
            if (nounish(w)) {
                specific |= !GENERIC.contains(w.text());
            } else if (!(tag.startsWith("v") && between || tag.startsWith("c") && w.text().length() == 1
                && JOINS.contains(w.text()) && between)) {
                return -1; // 加快建设, 将打造, 的: a clause, not a name
            }
        }
        return -1;
    }

    private static boolean isSuffix(String word) {
        if (SUFFIX_ENDS.indexOf(word.charAt(word.length() - 1)) < 0) {
            return false;
        }
        for (String s : SUFFIXES) {
            if (word.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlace(Token w) {
        return w.tag().startsWith("ns") && places.writesAPlace(w.text());
    }

    /** A noun, a verbal noun, an adjective or a distinguishing word: what a body's name is made of. */
    private static boolean nounish(Token w) {
        String t = w.tag();
        return (t.startsWith("n") && !t.startsWith("nr") && !t.equals("nnt")) || t.equals("vn") || t.equals("a")
            || t.equals("b") || t.equals("j") || t.equals("gi") || t.equals("gm");
    }
}
