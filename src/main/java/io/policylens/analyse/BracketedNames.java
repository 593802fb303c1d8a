package io.policylens.analyse;

import io.policylens.document.Span;
import io.policylens.text.HanChars;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and punctuation marks: a name never runs across a quotation mark or a list comma (推进“研究院 is no
 * name; 海洋大学、海洋研究所 are two); a body whose
 * name holds a place in brackets is one name (宁波高新区(江北)科技局, 中国(上海)自由贸易试验区); a centre or
 * institute named in quotation marks or brackets is a body (共建“智能装备检测中心”, “甬转中心”(宁波技术转移中心)).
 * Thread-safe.
 */
final class BracketedNames {

    private static final String QUOTES = "“”\"「」『』《》";
    /** A list comma or a sentence mark inside a mention parts two names. */
    private static final String SEPARATORS = "、，。；：";
    /** (江北) in a body's name: a place of two to six characters in brackets. */
    private static final Pattern BRACKETED_PLACE = Pattern.compile("[(（]\\p{IsHan}{2,6}[)）]");
    /** A centre, institute or laboratory written whole between quotation marks or brackets. */
    private static final Pattern QUOTED_BODY = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{2,18}"
        + "(中心|研究院|研究所|实验室|学院|协会|联盟|基金会|促进会)(?=[”)）」])");

    List<Mention> apply(String text, List<Mention> found, List<io.policylens.text.Token> words) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            int from = 0;
            for (int i = 0; i <= m.surface().length(); i++) {
                if (i == m.surface().length() || SEPARATORS.indexOf(m.surface().charAt(i)) >= 0) {
                    Mention part = i - from == m.surface().length() ? m : EntityRules.mention(text,
                        m.span().begin() + from, m.span().begin() + i, m.type());
                    Mention inside = part.surface().length() < 2 ? null : withinQuotes(text, part);
                    if (inside != null) {
                        // Again here: the rules' own names (extended, merged) may run out of a bracket too.
                        out.addAll(withinBrackets(text, inside));
                    }
                    from = i + 1;
                }
            }
        }
        if (text.indexOf('(') >= 0 || text.indexOf('（') >= 0 || text.indexOf('“') >= 0 || text.indexOf('「') >= 0) {
            out = acrossBracketedPlace(text, out, words);
            addQuotedBodies(text, out, words);
            addNationalZones(text, out);
            withoutShortNames(text, out);
        }
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    /** The longest part of a mention between quotation marks, or the mention itself when it holds none. */
    private static Mention withinQuotes(String text, Mention m) {
        String s = m.surface();
        if (balanced(s)) {
            return m; // “幸福工程”组委会, 《集邮》杂志: a name may quote a name
        }
        int best = -1;
        int bestLength = 0;
        for (int from = 0, i = 0; i <= s.length(); i++) {
            if (i == s.length() || QUOTES.indexOf(s.charAt(i)) >= 0) {
                if (i - from > bestLength) {
                    best = from;
                    bestLength = i - from;
                }
                from = i + 1;
            }
        }
        if (bestLength == s.length()) {
            return m;
        }
        return bestLength < 2 ? null : EntityRules.mention(text, m.span().begin() + best,
            m.span().begin() + best + bestLength, m.type());
    }

    /** What a short name in brackets after a body's full name ends with (（赛迪研究院）, （国家信息中心）). */
    private static final Pattern ALIAS = Pattern.compile(
        "\\p{IsHan}{1,10}(院|所|会|局|厅|署|委|办|部|中心|公司|集团|大学|学院|银行|协会|联盟|社|报|台)$");

    /**
     * A mention that leaves a bracket open or closes one it did not open: the part outside the bracket, as the tagger
     * ran a full name into its short name ([中国电子信息产业发展研究院（赛迪研究院]） → 中国电子信息产业发展研究院: one
     * body, named in its fullest form), or the short name where nothing stands before the bracket; a bracket closed
     * inside the name (香港科技大学（广州）) is the name's.
     */
    static List<Mention> withinBrackets(String text, Mention m) {
        String s = m.surface();
        int open = -1;
        int unopened = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                open = open < 0 ? i : open;
            } else if (c == '）' || c == ')') {
                if (open >= 0) {
                    open = -1;
                } else if (unopened < 0) {
                    unopened = i;
                }
            }
        }
        if (open < 0 && unopened < 0) {
            return List.of(m);
        }
        List<Mention> out = new ArrayList<>(2);
        int b = m.span().begin();
        if (unopened >= 0) {
            // 广州）创新中心: the mention began inside a bracket; what follows the bracket is the name.
            if (s.length() - unopened - 1 >= 2 && open < 0) {
                out.add(EntityRules.mention(text, b + unopened + 1, m.span().end(), m.type()));
            }
            return out;
        }
        String inside = s.substring(open + 1);
        int end = m.span().end();
        if (end < text.length() && "）)".indexOf(text.charAt(end)) >= 0 && s.substring(0, open).endsWith("大学")
            && inside.length() >= 2 && inside.length() <= 4 && inside.chars().allMatch(c -> HanChars.isHan((char) c))) {
            return List.of(EntityRules.mention(text, b, end + 1, m.type())); // 香港科技大学（广州: its campus
        }
        if (open >= 2) {
            out.add(EntityRules.mention(text, b, b + open, m.type()));
        } else if (m.type() == EntityType.ORG && inside.length() >= 2 && ALIAS.matcher(inside).matches()) {
            out.add(EntityRules.mention(text, b + open + 1, m.span().end(), m.type()));
        }
        return out;
    }

    /** A body's short name in brackets right after its full name: （北部湾港集团）, （以下简称“市投控”）. */
    private static final Pattern SHORT_NAME = Pattern.compile(
        "[（(](?:以下)?(?:简称|下称)?[：:]?[“「\"]?([\\p{IsHan}A-Za-z0-9]{2,12})[”」\"]?[）)]");

    /**
     * 广西北部湾国际港务集团有限公司（北部湾港集团）…北部湾港集团: one body, named by its full name; its short name,
     * in the brackets and wherever the text uses it after, is no second organisation. So is a second name of the same
     * length and place, the other plate one bureau hangs out: 市市场监管局（市知识产权局）; a second name of other words
     * names what is known as a body of its own too, 齐鲁工业大学（山东省科学院）.
     */
    private static void withoutShortNames(String text, List<Mention> out) {
        Set<String> shortNames = new java.util.HashSet<>();
        Matcher s = SHORT_NAME.matcher(text);
        for (Mention full : out) {
            int end = full.span().end();
            if (full.type() == EntityType.ORG && end < text.length() && (text.charAt(end) == '（' || text.charAt(end) == '(')
                && s.region(end, Math.min(text.length(), end + 24)).lookingAt() && (s.group(1).length() < full.surface().length()
                    || s.group(1).length() == full.surface().length() && s.group(1).charAt(0) == full.surface().charAt(0))) {
                shortNames.add(s.group(1));
            }
        }
        if (!shortNames.isEmpty()) {
            out.removeIf(m -> m.type() == EntityType.ORG && shortNames.contains(m.surface()));
        }
    }

    /** Whether every quotation mark in a name is closed inside it, and none opens at its end. */
    private static boolean balanced(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '《' || c == '「' || c == '『') {
                open++;
            } else if (c == '”' || c == '》' || c == '」' || c == '』') {
                if (--open < 0) {
                    return false;
                }
            } else if (c == '"') {
                return false;
            }
        }
        // “甬转中心” quoted whole is the name inside the marks; “幸福工程”组委会 names a body after a quoted name.
        return open == 0 && QUOTES.indexOf(s.charAt(s.length() - 1)) < 0;
    }

    /** [宁波高新区](江北)[科技局] or [宁波高新区][(江北)科技局] → one body. */
    private static List<Mention> acrossBracketedPlace(String text, List<Mention> ms, List<io.policylens.text.Token> words) {
        List<Mention> out = new ArrayList<>(ms);
        Matcher b = BRACKETED_PLACE.matcher(text);
        // Tried only where a bracket opens: far cheaper than the regex engine's attempt at every position.
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c != '(' && c != '（' || !b.region(at, Math.min(text.length(), at + 8)).lookingAt()) {
                continue;
            }
            int open = b.start();
            int close = b.end();
            Mention before = out.stream().filter(m -> m.span().end() == open && m.type() != EntityType.PER)
                .findFirst().orElse(null);
            Mention after = out.stream().filter(m -> m.type() != EntityType.PER && m.span().end() > close
                && m.span().begin() >= open && m.span().begin() <= close).findFirst().orElse(null);
            int department = after == null && before != null && before.type() == EntityType.LOC
                ? EntityRules.functionBodyEnd(text, close) : -1;
            if (after == null && department < 0 && before != null && EntityRules.endsAsAZone(before.surface())) {
                department = zonesCommitteeEnd(text, close); // [杭州市高新区]（滨江）管委会: the zone's own committee
            }
            if (department > 0) {
                // [龙湾区](温州高新区)科技局: a department named by its function alone is the bracketed place's.
                after = EntityRules.mention(text, close, department, EntityType.ORG);
            }
            if (after == null && before != null && before.type() == EntityType.ORG && COMPANY.matcher(before.surface()).find()
                && out.stream().anyMatch(m -> m.type() == EntityType.LOC && m.span().begin() == open + 1 && m.span().end() == close - 1)) {
                // [大众汽车集团]（[中国]）: a group's company for a country or a city is named with its place
                Span whole = new Span(before.span().begin(), close);
                out.removeIf(m -> whole.contains(m.span()));
                out.add(EntityRules.mention(text, whole.begin(), whole.end(), EntityType.ORG));
                continue;
            }
            if (after == null) {
                continue;
            }
            int begin = before != null ? before.span().begin()
                : COMPANY.matcher(after.surface()).find() ? tradeNameBefore(open, words) : -1;
            if (begin < 0) {
                continue;
            }
            // The places written right before it open its name too ([山东省][青岛市][黄岛区](西海岸新区)工业和信息化局).
            for (Mention place = placeEndingAt(out, begin); place != null; place = placeEndingAt(out, begin)) {
                begin = place.span().begin();
            }
            Span whole = new Span(begin, after.span().end());
            out.removeIf(m -> whole.contains(m.span()));
            out.add(EntityRules.mention(text, whole.begin(), whole.end(), after.type()));
        }
        return out;
    }

    /** What a zone's administrative committee is called after the zone's name. */
    private static final String[] ZONE_COMMITTEES = {"管理委员会", "管委会", "党工委"};

    /** Where a zone's committee written at {@code at} ends, or -1. */
    private static int zonesCommitteeEnd(String text, int at) {
        for (String c : ZONE_COMMITTEES) {
            if (text.startsWith(c, at)) {
                return at + c.length();
            }
        }
        return -1;
    }

    private static Mention placeEndingAt(List<Mention> ms, int end) {
        return ms.stream().filter(m -> m.type() == EntityType.LOC && m.span().end() == end).findFirst().orElse(null);
    }

    /**
     * A national pilot zone named by its province or city in brackets (中国（广东）自由贸易试验区, 中国(杭州)跨境电子商务
     * 综合试验区), and the section of it written after it (南沙片区, 临港新片区).
     */
    private static final Pattern NATIONAL_ZONE = Pattern.compile(PlaceResolver.NATIONAL_OPENING
        + "[\\p{IsHan}&&[^的和与及、在是为对]]{0,10}?(试验区|示范区|自由贸易港|自贸港)");
    private static final Pattern ZONE_SECTION = Pattern.compile("[\\p{IsHan}&&[^的和与及、在是为对]]{2,6}?新?片区");

    /**
     * 中国（广东）自由贸易试验区 is one zone, a place, where the tagger reads 中国 and 广东 and stops at the bracket; its
     * section's committee (…南沙片区管理委员会), which the tagger finds without the zone, is one body with it.
     */
    private static void addNationalZones(String text, List<Mention> out) {
        // The patterns are bounded: each match is tried from its start to the text's end.
        Matcher z = NATIONAL_ZONE.matcher(text);
        Matcher section = ZONE_SECTION.matcher(text);
        for (int at = text.indexOf("中国"); at >= 0; at = text.indexOf("中国", at + 1)) {
            if (!z.region(at, text.length()).lookingAt()) {
                continue;
            }
            int zoneEnd = z.end();
            int sectionEnd = section.region(zoneEnd, text.length()).lookingAt() ? section.end() : zoneEnd;
            Mention body = out.stream().filter(m -> m.type() == EntityType.ORG && m.span().end() > sectionEnd
                && (m.span().begin() == zoneEnd || m.span().begin() == sectionEnd)).findFirst().orElse(null);
            Span whole = new Span(at, body != null ? body.span().end() : sectionEnd);
            if (out.stream().anyMatch(m -> m.span().overlaps(whole) && !whole.contains(m.span()))) {
                continue; // the tagger's own name runs across it: it stands
            }
            out.removeIf(m -> whole.contains(m.span()));
            out.add(EntityRules.mention(text, whole.begin(), whole.end(), body != null ? EntityType.ORG : EntityType.LOC));
            at = whole.end() - 1;
        }
    }

    /** A company's legal form. */
    private static final Pattern COMPANY = Pattern.compile("(公司|集团)$");

    /**
     * Where a company's trade name the tagger missed begins before its bracketed place (蔚来汽车科技（安徽）有限公司):
     * the words back from the bracket up to a function word, a verb, punctuation or a number; -1 for fewer than two
     * characters.
     */
    private static int tradeNameBefore(int open, List<io.policylens.text.Token> words) {
        int begin = open;
        for (int k = words.size() - 1; k >= 0; k--) {
            io.policylens.text.Token w = words.get(k);
            if (w.end() > begin) {
                continue;
            }
            if (w.end() < begin || "pcudrwmqft".indexOf(w.tag().charAt(0)) >= 0
                || w.tag().startsWith("v") && w.text().length() > 1 || open - w.begin() > 12) {
                break;
            }
            begin = w.begin();
        }
        return open - begin >= 2 ? begin : -1;
    }

    private static void addQuotedBodies(String text, List<Mention> out, List<io.policylens.text.Token> words) {
        Matcher q = QUOTED_BODY.matcher(text);
        for (int at = 1; at < text.length(); at++) {
            if ("“(（「".indexOf(text.charAt(at - 1)) < 0 || !q.region(at, Math.min(text.length(), at + 40)).lookingAt()) {
                continue;
            }
            Span s = new Span(q.start(), q.end());
            boolean slogan = words.stream().anyMatch(w -> w.begin() == s.begin() && "vdp".indexOf(w.tag().charAt(0)) >= 0);
            if (slogan) {
                continue; // “建设科技创新中心” is a task, not a body
            }
            // What the tagger made of a part of the name (长三角中心 of 联盟长三角中心) gives way to the whole.
            if (out.stream().allMatch(m -> !m.span().overlaps(s) || s.contains(m.span()))) {
                out.removeIf(m -> s.contains(m.span()));
                out.add(EntityRules.mention(text, s.begin(), s.end(), EntityType.ORG));
            }
        }
    }
}
