package io.policylens.analyse;

import io.policylens.document.Span;
import io.policylens.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names written in one list are names of one kind. News and notices list companies by their short names, which
 * the tagger knows least (比亚迪、宁德时代、隆基绿能等龙头企业 — a person, a place and nothing), and bodies of one
 * kind side by side (工商银行、农业银行、中国银行): an item of a list closed by 等 and a word for organisations is
 * one where its words are not common words; an item ending with the body word (银行, 大学, 局) of an organisation
 * it is listed with is one too, and so is a place written with no place's word among organisations (数码港); and
 * an organisation the tagger ran across 与, 和 or 及 between two whole bodies
 * (经济部工业局与工业技术研究院), or across a verb that relates them (…产业发展局委托工研院), is two. Thread-safe.
 */
final class ListedNames {

    /** What a list of organisations is closed by: 等 + these (等龙头企业, 等杭州企业, 等一批电池和换电企业). */
    private static final Set<String> HEADS = Set.of("企业", "公司", "厂商", "厂家", "车企", "药企", "房企", "险企", "券商",
        "银行", "机构", "高校", "院校", "医院", "集团", "单位", "大厂", "巨头", "品牌商", "供应商", "运营商");
    /** Words between 等 and the head that make the items fields, places or products, not organisations. */
    private static final Pattern NOT_ORGANISATIONS = Pattern.compile("(地|地区|城市|省份|国家|领域|行业|产业|方面|类|方向|"
        + "产品|业务|赛道|板块|环节|品类|技术|场景|专业|学科)");
    private static final int MOST_MODIFIERS = 5;
    /** The longest item taken for a name. */
    private static final int LONGEST = 12;
    /** One-character words that are common words, not pieces of a name the segmenter did not know (新材料, 大模型). */
    private static final Pattern COMMON_CHARACTER_TAG = Pattern.compile("(a|d|c|p|u.*|f|m|q|w|r.*|y|e|o|t.*)");

    List<Mention> apply(String text, List<Mention> found, List<Token> words) {
        List<Mention> out = apart(text, found, words);
        if (words.isEmpty()) {
            return out;
        }
        subsidiaries(text, words, out);
        // A thing listed with things is one wherever the text names it (巴旦木 listed after 核桃、红枣, and 加工巴旦木).
        Set<String> things = new java.util.HashSet<>();
        out.removeIf(m -> m.type() == EntityType.PER && listedAfterThings(text, m, words) && things.add(m.surface()));
        if (!things.isEmpty()) {
            out.removeIf(m -> m.type() == EntityType.PER && things.contains(m.surface()));
        }
        for (List<Span> list : lists(words)) {
            closedByOrganisations(text, list, words, out);
            withTheirSiblings(text, list, words, out);
            amongOrganisations(text, list, words, out);
            placesWithTheirSiblings(text, list, words, out);
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * 核桃、红枣、[巴旦木]: an item listed after two common nouns, each an item of its own, is a thing like them, not a
     * person the tagger took it for (a list of persons names persons, 王明、李华、张强).
     */
    private static boolean listedAfterThings(String text, Mention m, List<Token> words) {
        int b = m.span().begin();
        if (b < 6 || text.charAt(b - 1) != '、') {
            return false; // most persons are not listed after a comma: no look-up
        }
        int k = WordIndex.endingAt(words, b - 1);
        return k >= 2 && aThing(words.get(k)) && words.get(k - 1).text().equals("、") && aThing(words.get(k - 2))
            && (k - 3 < 0 || !words.get(k - 3).tag().startsWith("nr"));
    }

    /** A common noun of two characters or more: a thing, not a name. */
    private static boolean aThing(Token w) {
        return w.text().length() >= 2 && (w.tag().equals("n") || w.tag().equals("nf"));
    }

    /** What names a body's subsidiary after it (蚂蚁集团旗下网商银行, …下属…有限公司). */
    private static final Set<String> OWNING = Set.of("旗下", "下属");
    /** The words a subsidiary's name is made of: nouns, names the segmenter does not know, body words. */
    private static final Pattern SUBSIDIARY_WORD_TAG = Pattern.compile("(n|nz|nis|nt.*|ni.*|j|vn|b|ng|nx|gi|gm)");

    /**
     * [蚂蚁集团]旗下网商银行 → 网商银行: the words after an organisation and 旗下 or 下属, up to the last that ends them
     * as a body's name (银行, 公司, 研究院), are the subsidiary's name, where the tagger saw none there. Not a class
     * (旗下多只基金, 下属企业): a numeral, a pronoun or a bare body word opens no name.
     */
    private static void subsidiaries(String text, List<Token> words, List<Mention> out) {
        for (int k = 1; k + 1 < words.size(); k++) {
            Token owning = words.get(k);
            if (!OWNING.contains(owning.text())) {
                continue; // most words are neither: no look-up
            }
            int opens = owning.end();
            if (out.stream().noneMatch(m -> m.type() == EntityType.ORG && m.span().end() == owning.begin())) {
                continue;
            }
            int end = -1;
            for (int j = k + 1; j < words.size() && words.get(j).end() - opens <= LONGEST; j++) {
                Token w = words.get(j);
                if (w.begin() != words.get(j - 1).end() || !SUBSIDIARY_WORD_TAG.matcher(w.tag()).matches()) {
                    break;
                }
                if (j > k + 1 && EntityRules.endsLikeABody(text.substring(opens, w.end()))) {
                    end = w.end();
                }
            }
            if (end - opens >= 4 && !EntityRules.fragment(EntityRules.mention(text, opens, end, EntityType.ORG))) {
                Span s = new Span(opens, end);
                if (out.stream().noneMatch(m -> m.span().overlaps(s))) {
                    out.add(EntityRules.mention(text, opens, end, EntityType.ORG));
                }
            }
        }
    }

    /**
     * Verbs that relate one body to another (市产业发展局委托工研院, 省科技厅会同省财政厅): never inside a name, so a
     * name the tagger ran across one is two.
     */
    private static final Set<String> RELATING = Set.of("委托", "会同", "联合", "联同", "携手", "指导", "支持", "授权",
        "邀请", "协助", "资助", "牵头", "组织", "依托", "协同", "旗下", "下属");
    /** What the second body's name may end with when it is a short form (工研院, 创科署). */
    private static final Pattern SHORT_BODY_END = Pattern.compile("[院署局会所社委办]$");

    /**
     * 经济部工业局与工业技术研究院 → two bodies: the first ends with a body's word where 与, 和 or 及 or a verb that
     * relates two bodies follows as a word of its own; the rest is the second body when it ends as one.
     */
    private static List<Mention> apart(String text, List<Mention> found, List<Token> words) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Token join = null;
            if (m.type() == EntityType.ORG && !words.isEmpty()) {
                for (Token w : within(words, m.span())) {
                    if (w.begin() - m.span().begin() >= 3 && m.span().end() - w.end() >= 2 && join == null
                        && (isConjunction(w) || RELATING.contains(w.text()))
                        && EntityRules.endsLikeABody(text.substring(m.span().begin(), w.begin()))
                        && (RELATING.contains(w.text()) || EntityRules.endsLikeABody(m.surface()))) {
                        join = w;
                    }
                }
            }
            if (join == null) {
                out.add(m);
                continue;
            }
            out.add(EntityRules.mention(text, m.span().begin(), join.begin(), EntityType.ORG));
            Mention rest = EntityRules.mention(text, join.end(), m.span().end(), EntityType.ORG);
            if (SHORT_BODY_END.matcher(rest.surface()).find() || EntityRules.endsLikeABody(rest.surface())) {
                out.add(rest);
            }
        }
        return out;
    }

    /**
     * The enumerations of the text, each as its items' spans in order: runs of words between 、 (and a last 和, 及 or
     * 与); the first item reaches back over the words a name can hold, the last forward to 等 or the clause's end.
     */
    static List<List<Span>> lists(List<Token> words) {
        List<List<Span>> lists = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isComma(words.get(i))) {
                i++;
                continue;
            }
            List<Span> items = new ArrayList<>();
            int first = i;
            // The word before 、 may be a verb of the name (大疆/创新, 深度/求索); one further back opens the clause (支持…).
            while (first > 0 && (nameWord(words.get(first - 1), i - first) || first == i && !words.get(first - 1).tag().startsWith("w")
                && words.get(first - 1).tag().startsWith("v"))) {
                first--;
            }
            // A short clause opening with the list is the first item whole (；中/创/新航、…): no verb of the clause fits.
            int clause = i;
            while (clause > 0 && !words.get(clause - 1).tag().startsWith("w") && i - clause < 4) {
                clause--;
            }
            if (clause < first && (clause == 0 || words.get(clause - 1).tag().startsWith("w"))
                && words.get(i - 1).end() - words.get(clause).begin() <= 8 && !opensAClause(words.get(clause))
                && !(words.get(clause).text().length() == 1 && "pcurdv".indexOf(words.get(clause).tag().charAt(0)) >= 0)) {
                first = clause;
            }
            if (first < i) {
                items.add(new Span(words.get(first).begin(), words.get(i - 1).end()));
            }
            int k = i + 1;
            boolean last = false;
            while (k < words.size()) {
                int start = k;
                // Between two marks of the list (、, 等, the last 和) an item is whole, verbs and all (深度求索);
                // the last one otherwise ends where a name cannot go on.
                int run = k;
                while (run < words.size() && !isComma(words.get(run)) && !closes(words.get(run))
                    && !(isConjunction(words.get(run)) && !last) && !words.get(run).tag().startsWith("w")
                    && words.get(run).end() - words.get(start).begin() <= LONGEST) {
                    run++;
                }
                if (run < words.size() && (isComma(words.get(run)) || closes(words.get(run)) || isConjunction(words.get(run)) && !last)) {
                    k = run;
                } else {
                    while (k < words.size() && !isComma(words.get(k)) && !closes(words.get(k)) && nameWord(words.get(k), k - start)) {
                        k++;
                    }
                    // A zone's name may hold a verb (临/空港/经开区): the item reaches to a zone's word in its run,
                    // across no function word (宁波、台州的产业园区: 台州 is the item).
                    for (int z = k; z < run && "upcrw".indexOf(words.get(z).tag().charAt(0)) < 0; z++) {
                        if (ZONE_WORD.matcher(words.get(z).text()).matches()) {
                            k = z + 1;
                        }
                    }
                }
                if (k > start) {
                    items.add(new Span(words.get(start).begin(), words.get(k - 1).end()));
                }
                if (k < words.size() && isComma(words.get(k)) && !last) {
                    k++;
                } else if (k < words.size() && !last && isConjunction(words.get(k))) {
                    last = true;
                    k++;
                } else {
                    break;
                }
            }
            if (!items.isEmpty()) { // 菜鸟、京东物流等: an item the walk back could not take leaves the others
                lists.add(List.copyOf(items));
            }
            i = Math.max(k, i + 1);
        }
        return lists;
    }

    /** A word of two or more characters that opens a clause, not a name: a verb, a preposition, an adverb, a pronoun. */
    private static boolean opensAClause(Token w) {
        String t = w.tag();
        return w.text().length() > 1 && (t.startsWith("v") && !t.equals("vn") || t.startsWith("p") || t.startsWith("d")
            || t.startsWith("r") || t.startsWith("c") || t.startsWith("t"));
    }

    private static boolean isComma(Token w) {
        return w.text().equals("、");
    }

    private static boolean isConjunction(Token w) {
        return w.text().length() == 1 && "和及与".contains(w.text());
    }

    private static boolean closes(Token w) {
        return w.text().equals("等") || w.text().equals("等等") || w.text().equals("在内");
    }

    /** A word a name can hold: no punctuation, function word or verb (支持, 盖/有), at most 6 words. */
    private static boolean nameWord(Token w, int taken) {
        String t = w.tag();
        if (taken >= 6 || t.startsWith("w") || t.startsWith("p") || t.startsWith("c") || t.startsWith("u") || t.startsWith("r")
            || t.startsWith("d") && w.text().length() > 1 || t.startsWith("t") || t.startsWith("f") && w.text().length() > 1) {
            return false;
        }
        return !(t.startsWith("v") && !t.equals("vn"));
    }

    /** 比亚迪、宁德时代、隆基绿能等龙头企业 (…在内的多家企业): every item that is no common word is an organisation. */
    private static void closedByOrganisations(String text, List<Span> list, List<Token> words, List<Mention> out) {
        Span lastItem = list.get(list.size() - 1);
        int k = WordIndex.at(words, lastItem.end());
        if (k < 0 || !closes(words.get(k))) {
            return;
        }
        int h = k + 1;
        if (words.get(k).text().equals("在内") && h < words.size() && words.get(h).text().equals("的")) {
            h++; // 包括华为、荣耀在内的多家企业
        }
        int modifiers = 0;
        while (h < words.size() && modifiers <= MOST_MODIFIERS && !HEADS.contains(words.get(h).text())) {
            Token w = words.get(h);
            if (NOT_ORGANISATIONS.matcher(w.text()).find() || w.tag().startsWith("w") || w.tag().startsWith("u")
                || w.tag().startsWith("p")) {
                return;
            }
            modifiers++;
            h++;
        }
        if (h >= words.size() || !HEADS.contains(words.get(h).text())) {
            return;
        }
        // An item that looks like a name vouches for the others of two words or more, or of one proper noun
        // (中创新航、蜂巢能源、星源材质; 台积电、联发科、日月光): a field or a product alone among company names is rare;
        // an item of one common word (小米) stays out.
        List<Boolean> names = list.stream().map(item -> item.length() >= 2 && looksLikeAName(text, item, words, out)).toList();
        boolean vouched = names.contains(true);
        for (int i = 0; i < list.size(); i++) {
            Span item = list.get(i);
            List<Token> inside = within(words, item);
            if (item.length() >= 2 && item.length() <= LONGEST && (names.get(i)
                || vouched && (inside.size() >= 2 || properNoun(inside)) && !aPlace(item, inside, out))) {
                makeOrganisation(text, item, out);
            }
        }
    }

    /**
     * An item that is not written in common words: a word the dictionaries know as a name, a character the
     * segmenter left alone (大/疆/创新), Latin letters, a company's ending or short name (振华科技); not a place alone.
     */
    static boolean looksLikeAName(String text, Span item, List<Token> words, List<Mention> out) {
        List<Token> inside = within(words, item);
        if (aPlace(item, inside, out)) {
            return false; // 北京、上海等地企业 is excluded by its 地; 深圳、杭州等企业 by this
        }
        String surface = item.of(text);
        if (EntityRules.endsLikeABody(surface) || surface.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c))
            || CompanyShortNames.isShortName(text, item, words)) {
            return true;
        }
        return inside.stream().anyMatch(w -> w.tag().startsWith("nr") || w.tag().startsWith("nt")
            || w.tag().startsWith("ns") && inside.size() > 1
            || w.text().length() == 1 && Character.isIdeographic(w.text().charAt(0)) && !COMMON_CHARACTER_TAG.matcher(w.tag()).matches());
    }

    /** One word the segmenter calls a proper noun (台积电/nz, 联发科/nz). */
    private static boolean properNoun(List<Token> inside) {
        return inside.size() == 1 && inside.get(0).tag().equals("nz");
    }

    /** A place alone: the tagger's place, or one word the segmenter calls a place (items are whole words). */
    private static boolean aPlace(Span item, List<Token> inside, List<Mention> out) {
        return inside.size() == 1 && inside.get(0).tag().startsWith("ns")
            || out.stream().anyMatch(m -> m.type() == EntityType.LOC && m.span().equals(item));
    }

    /** 工商银行、农业银行、中国银行: an item ending with the body word of an organisation it is listed with is one. */
    private static void withTheirSiblings(String text, List<Span> list, List<Token> words, List<Mention> out) {
        for (Span item : list) {
            Token end = wordEndingAt(words, item.end());
            if (end == null || end.text().length() < 2 || !EntityRules.endsLikeABody(end.text()) || end.begin() == item.begin()
                || item.length() > LONGEST || out.stream().anyMatch(m -> m.type() == EntityType.ORG
                    && (m.span().contains(item) || m.span().end() == item.end()))) {
                // The tagger's name ending there stands: the item may have taken words of the clause before it.
                continue;
            }
            boolean sibling = list.stream().anyMatch(other -> other != item && out.stream().anyMatch(m -> m.type() == EntityType.ORG
                && m.span().equals(other) && m.surface().endsWith(end.text())));
            if (sibling) {
                makeOrganisation(text, item, out);
            }
        }
    }

    /** How the names of zones, towns and streets end, the places a notice lists side by side. */
    /** A word that ends as a zone's name does (经开区, 西咸新区). */
    private static final Pattern ZONE_WORD = Pattern.compile(".*(" + EntityRules.ZONE_WORDS + ")");
    private static final Pattern PLACE_END = Pattern.compile(".{2,}(" + EntityRules.ZONE_WORDS + "|新城|小镇|街道|镇|乡)");

    /**
     * 梦想小镇、云栖小镇、艺尚小镇, 临平新城、钱塘新区、大江东产业集聚区: an item written as a zone, a town or a street
     * is one where a place is listed beside it.
     */
    private static void placesWithTheirSiblings(String text, List<Span> list, List<Token> words, List<Mention> out) {
        boolean besideAPlace = list.stream().anyMatch(item -> out.stream().anyMatch(m -> m.type() == EntityType.LOC
            && m.span().equals(item)));
        if (!besideAPlace) {
            return;
        }
        for (Span item : list) {
            Span place = placeIn(text, item, words);
            // A place the tagger found ending where the item's does stands: what more the item took is its clause's
            // (深入 of 带队深入桥头镇、石排镇).
            if (place != null && out.stream().noneMatch(m -> m.span().equals(place) || m.type() == EntityType.LOC
                && m.span().end() == place.end() && place.contains(m.span()) && m.span().length() >= 3)) {
                EntityRules.replaceWhatItHolds(text, place, EntityType.LOC, out);
            }
        }
    }

    /**
     * The zone, town or street an item names: after the last verb the item took from its clause (重点支持/梦想小镇),
     * up to the last word that ends as such a place does (艺尚小镇/建设); null where there is none.
     */
    private static Span placeIn(String text, Span item, List<Token> words) {
        List<Token> inside = within(words, item);
        int from = 0;
        for (int k = 0; k < inside.size(); k++) {
            Token w = inside.get(k);
            if (w.text().length() > 1 && (w.tag().startsWith("v") && !w.tag().equals("vn") || w.tag().startsWith("d"))) {
                from = k + 1;
            }
        }
        for (int to = inside.size(); to > from; to--) {
            Span s = new Span(inside.get(from).begin(), inside.get(to - 1).end());
            if (s.length() <= LONGEST && PLACE_END.matcher(text).region(s.begin(), s.end()).matches()) {
                return s;
            }
        }
        return null;
    }

    /**
     * 数码港、香港科技园公司及香港生产力促进局: a place the tagger saw among two or more organisations, written with no
     * place's word (数码/港), is an organisation too; a city among companies (杭州/ns) stays a place.
     */
    private static void amongOrganisations(String text, List<Span> list, List<Token> words, List<Mention> out) {
        long organisations = list.stream().filter(item -> out.stream().anyMatch(m -> m.type() == EntityType.ORG
            && m.span().equals(item))).count();
        if (organisations < 2) {
            return;
        }
        for (Span item : list) {
            Mention place = out.stream().filter(m -> m.type() == EntityType.LOC && m.span().equals(item)).findFirst().orElse(null);
            if (place != null && within(words, item).stream().noneMatch(w -> w.tag().startsWith("ns"))) {
                out.remove(place);
                out.add(EntityRules.mention(text, item.begin(), item.end(), EntityType.ORG));
            }
        }
    }

    /** The item becomes an organisation where no name runs across its edges; the names inside it give way. */
    /** What a university's school or institute ends with, written after the university's name. */
    private static final Pattern SCHOOL_END = Pattern.compile("(" + EntityRules.UNIVERSITY_UNIT_WORDS + ")$");

    private static void makeOrganisation(String text, Span item, List<Mention> out) {
        // An organisation ending where the item ends stands: the item may have taken a word of the clause (由…). A
        // university opening the item stands for its school after it (武汉大学 of 武汉大学测绘学院), folded there.
        if (out.stream().noneMatch(m -> m.type() == EntityType.ORG && (m.span().end() == item.end()
            || m.span().begin() == item.begin() && m.span().end() < item.end() && standsForItsSchool(text, m, item)))) {
            EntityRules.replaceWhatItHolds(text, item, EntityType.ORG, out);
        }
    }

    /** Whether the university or academy that opens the item is followed in it by a school that folds into it. */
    private static boolean standsForItsSchool(String text, Mention parent, Span item) {
        String school = text.substring(parent.span().end(), item.end());
        return SCHOOL_END.matcher(school).find() && EntityRules.foldsIntoItsParent(parent.surface(), school);
    }
    private static Token wordEndingAt(List<Token> words, int end) {
        int i = WordIndex.endingAt(words, end);
        return i >= 0 ? words.get(i) : null;
    }

    /** The words inside a span, found by binary search (words are in text order and do not overlap). */
    private static List<Token> within(List<Token> words, Span span) {
        List<Token> out = new ArrayList<>();
        for (int i = WordIndex.firstFrom(words, span.begin()); i < words.size() && words.get(i).end() <= span.end(); i++) {
            out.add(words.get(i));
        }
        return out;
    }
}
