package io.policylens.analyse;

import io.policylens.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sites — industrial bases, parks, testing grounds — are places (the devset's convention): a place, or an
 * organisation ending in no body's word, that the tagger stopped short of its site word takes the words up to it
 * and becomes one (合肥智能网联 + 汽车测试基地, 常州 + 锂电新材料产业基地); so does a zone or place the site's own name
 * follows (长沙经开区 + 星沙产业基地). Not across a verb, a function word or punctuation; where a body's word follows
 * the site, the name is the body's (黄山 + 科技园区管委会). Thread-safe.
 */
final class NamedSites {

    private static final Pattern SITE = Pattern.compile("(基地|产业园|园区|科技园|示范区|测试场|试验场|小镇|孵化园)");
    private static final Pattern BODY_AFTER = Pattern.compile("(管委会|管理委员会|执委会|执行委员会|工作委员会|党工委|管理局|管理处|办公室"
        + "|服务中心|公司|集团)");
    /** Verbs the segmenter calls nouns (建设/vn) that say what is done at a place, never part of a site's name. */
    private static final java.util.Set<String> BUILDING = java.util.Set.of("建设", "打造", "创建", "建成", "推进", "布局",
        "发展", "规划", "培育", "新建", "扩建", "落地", "落户");

    /** Words between the name and its site word. */
    private static final int MOST_WORDS = 4;

    List<Mention> apply(String text, List<Mention> found, List<Token> words) {
        if (words.isEmpty()) {
            return found;
        }
        List<Mention> out = withTheirOperators(text, new ArrayList<>(found), words);
        for (Mention m : List.copyOf(out)) {
            if (m.type() == EntityType.PER || SITE.matcher(m.surface()).find() || EntityRules.endsLikeABody(m.surface())
                || EntityRules.endsAsAZone(m.surface())) {
                continue; // a whole body or zone stands: 晶科能源有限公司 + 上饶基地 is the company's site
            }
            int k = WordIndex.at(words, m.span().end());
            if (k < 0) {
                continue;
            }
            for (int n = 0; n <= MOST_WORDS && k + n < words.size(); n++) {
                Token w = words.get(k + n);
                if (n > 0 && w.begin() != words.get(k + n - 1).end()) {
                    break;
                }
                if (n > 0 && SITE.matcher(w.text()).matches()) {
                    boolean body = BODY_AFTER.matcher(text).region(w.end(), text.length()).lookingAt();
                    io.policylens.document.Span site = new io.policylens.document.Span(m.span().begin(), w.end());
                    if (!body) { // m itself is held: the site begins where it does
                        EntityRules.replaceWhatItHolds(text, site, EntityType.LOC, out);
                    }
                    break;
                }
                if (!nounish(w) || BUILDING.contains(w.text()) || w.tag().startsWith("ns") && k + n + 1 < words.size()
                    && PLANT.matcher(words.get(k + n + 1).text()).matches()) {
                    break; // a city on the way names a company's plant (宁德时代 + 武汉 + 基地): see withTheirOperators
                }
            }
        }
        withoutTheirStations(text, out);
        withTheSiteAfter(text, out, words);
        out.replaceAll(m -> siteInAZone(text, m) || aVenue(text, m)
            ? EntityRules.mention(text, m.span().begin(), m.span().end(), EntityType.LOC) : m);
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * What a site's own name ends with: a zone's words, and the parks, towns, ports and testing grounds inside zones
     * (星沙产业基地, 丝路软件城, 小铲滩码头). Only after a name of two or more characters of its own.
     */
    private static final String SITE_WORDS = EntityRules.ZONE_WORDS + "|基地|科技园|科学园|软件园|创新园|研创园|孵化园|产业城|软件城"
        + "|纳米城|新城|港区|码头|测试场|试验场|国家公园|小镇";
    private static final EntityRules.EndPattern SITE_END = EntityRules.EndPattern.of(SITE_WORDS);

    /** What a venue's name ends with: halls and grounds where things are held, not bodies that do them. */
    private static final EntityRules.EndPattern VENUE_END = EntityRules.EndPattern.of("会展中心|博览中心|会议中心|展览中心|体育中心"
        + "|奥体中心|体育馆|体育场|展览馆|大剧院");

    /** 武汉光谷科技会展中心, 滨江体育馆: a venue the tagger made a body of is a place (the devset's convention), unless a body's word follows. */
    private static boolean aVenue(String text, Mention m) {
        return m.type() == EntityType.ORG && VENUE_END.endOf(m.surface()) && m.surface().length() > 4
            && !BODY_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt();
    }

    /**
     * 杭州钱塘新区医药港小镇, 海南洋浦经济开发区小铲滩码头: a name the tagger made a body of that runs from a zone to a
     * site's word is a site in the zone. A park named on its own may be the company that runs it (香港科学园), so only
     * where a zone's word stands inside.
     */
    private static boolean siteInAZone(String text, Mention m) {
        if (m.type() != EntityType.ORG || EntityRules.endsLikeABody(m.surface())
            || BODY_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt()) {
            return false;
        }
        int siteWord = SITE_END.endLength(m.surface());
        if (siteWord < 0) {
            return false;
        }
        Matcher zone = EntityRules.ZONE.matcher(m.surface()).region(0, m.surface().length() - siteWord);
        return zone.find() && zone.start() >= 2;
    }

    /** A power station named after the company that runs it, and the unit of it the tagger ran on into. */
    private static final Pattern COMPANYS_STATION = Pattern.compile("(\\p{IsHan}{2,4}?(?:核电站|水电站|热电厂|发电厂|电厂|电站))"
        + "(?:[0-9一二三四五六七八九十]{1,2}号)?(?:机组)?$");

    /**
     * [中核集团田湾核电站] → 中核集团 and the site 田湾核电站, [三峡集团长江电力公司白鹤滩水电站] → the company and
     * 白鹤滩水电站: a station named after its company is a site of its own (a place, as the devset's sites are), and
     * the company is the organisation; a unit of it (二号机组) is neither.
     */
    private static void withoutTheirStations(String text, List<Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            char last = m.surface().charAt(m.surface().length() - 1);
            if (m.type() != EntityType.ORG || last != '站' && last != '厂' && last != '组') {
                continue;
            }
            for (int at = 2; at <= m.surface().length() - 4; at++) {
                String company = m.surface().substring(0, at);
                Matcher station = COMPANYS_STATION.matcher(m.surface()).region(at, m.surface().length());
                if ((company.endsWith("公司") || company.endsWith("集团") || EntityRules.aKnownCompany(company)) && station.matches()) {
                    int b = m.span().begin();
                    out.set(i, EntityRules.mention(text, b, b + at, EntityType.ORG));
                    out.add(EntityRules.mention(text, b + at, b + station.end(1), EntityType.LOC));
                    break;
                }
            }
        }
    }

    /** Characters no name of a site holds: function words. */
    private static final String FUNCTION_CHARACTERS = "的了是在将对从向被把和与及并已等为由或";
    /** Characters a site's own name takes at most, before its word. */
    private static final int SITE_NAME = 10;

    /** A site's own name after the place or zone it lies in: characters of a name, then the site's word. */
    private static final Pattern SITE_AFTER = Pattern.compile("[\\p{IsHan}&&[^" + FUNCTION_CHARACTERS + "各该其这本]]{2,"
        + SITE_NAME + "}?(" + SITE_WORDS + ")");
    /** Verbs that name what a site is for (军民融合创新示范区): part of a name, where other verbs end it (新落户). */
    private static final java.util.Set<String> NAME_VERBS = java.util.Set.of("创新", "融合", "合作", "改革", "开放", "示范", "发展", "一体化",
        "综合", "协同", "共建", "引领", "制造", "创业");
    /** 中国声谷, 中国光谷: a site named as the country's valley of a trade. */
    private static final Pattern VALLEY = Pattern.compile("\\p{IsHan}{1,3}(谷)");
    /** A site named by its place alone, right after it (中关村软件园, 天津软件园, 临港科技城): its word is its name. */
    private static final Pattern NAMED_BY_ITS_PLACE = Pattern.compile("()(软件园|科技园|科学园|工业园|创新园|软件城|科技城|科学城|大学城)");

    /**
     * 长沙经开区 + 星沙产业基地, 贵阳 + 大数据安全产业示范区, 中国 + 声谷: a site whose own name the tagger missed,
     * written right after the zone or place it lies in (or after a zone the tagger ran on and made a body of:
     * 武汉经开区智能网联 + 汽车测试场), is one place with it. A company's plant (理想汽车 + 常州基地) stays the company's,
     * and a site the tagger found on its own (宁波前湾新区 | 吉利汽车产业基地) stays on its own. The name runs over no function word,
     * no verb but those that say what a site is for, and ends where a word does; with a body's word after it, it
     * names the body (长三角 + 生态绿色一体化发展示范区执委会).
     */
    private static void withTheSiteAfter(String text, List<Mention> out, List<Token> words) {
        for (Mention m : List.copyOf(out)) {
            int end = m.span().end();
            if (m.type() == EntityType.PER || !aSiteWordAhead(text, end)
                || m.type() == EntityType.ORG && !EntityRules.ZONE.matcher(m.surface()).find() || !out.contains(m)) {
                continue;
            }
            Matcher named = (m.surface().equals("中国") ? VALLEY : SITE_AFTER).matcher(text).region(end, text.length());
            Matcher site = named.lookingAt() || m.type() != EntityType.LOC ? named
                : NAMED_BY_ITS_PLACE.matcher(text).region(end, text.length()); // 中关村 + 软件园
            if (!site.lookingAt() || EntityRules.opensAClassOfSites(text, end)
                || out.stream().anyMatch(o -> o.span().begin() >= end && o.span().begin() < site.end())
                || !aName(words, end, site.start(1), site.end())) {
                continue;
            }
            Matcher body = BODY_AFTER.matcher(text).region(site.end(), text.length());
            EntityRules.replaceWhatItHolds(text, body.lookingAt()
                ? new io.policylens.document.Span(m.span().begin(), body.end())
                : new io.policylens.document.Span(m.span().begin(), site.end()), body.lookingAt() ? EntityType.ORG : EntityType.LOC, out);
        }
    }

    /** The characters every site's word ends with (谷 of 中国声谷 too). */
    private static final String SITE_WORD_ENDS = EntityRules.lastCharacters(SITE_WORDS) + "谷";
    /** Characters no site's name holds: punctuation and function words. */
    private static final String NO_SITE_NAME = EntityRules.BREAKS + FUNCTION_CHARACTERS;
    /** Characters a site's name and word take at most after the place it lies in. */
    private static final int SITE_REACH = SITE_NAME + SITE_END.longest();

    /** Whether a site's word may end within reach of {@code at} before any punctuation: the patterns' cheap gate. */
    private static boolean aSiteWordAhead(String text, int at) {
        return EntityRules.ahead(text, at, SITE_REACH, SITE_WORD_ENDS, NO_SITE_NAME);
    }

    /**
     * The words from {@code begin} to {@code end} are a name's: they begin and end there, and no word of two or more
     * characters before the site's word (测试/vn of 测试场) is a verb or a function word.
     */
    private static boolean aName(List<Token> words, int begin, int siteWord, int end) {
        int k = WordIndex.at(words, begin);
        if (k < 0) {
            return false;
        }
        for (; k < words.size() && words.get(k).end() <= end; k++) {
            Token w = words.get(k);
            String t = w.tag();
            if (w.end() == end) {
                return true;
            }
            if (w.text().length() == 1 || w.begin() >= siteWord) {
                continue; // a name the segmenter does not know falls apart into characters of any tag (声/qv 谷/ng)
            }
            if (t.startsWith("v") && !NAME_VERBS.contains(w.text()) || t.startsWith("p") || t.startsWith("c") || t.startsWith("u") || t.startsWith("d") || t.startsWith("r")
                || t.startsWith("f") || t.startsWith("m") || t.startsWith("q") || t.startsWith("t") || t.startsWith("w")) {
                return false;
            }
        }
        return false;
    }

    /** What a company's plant or base named by its city ends with (宁德时代 + 武汉 + 基地). */
    private static final Pattern PLANT = Pattern.compile("(基地|工厂|生产基地|制造基地|超级工厂)");
    /** Words a company's name may hold, walking back from its plant. */
    private static final int MOST_OPERATOR_WORDS = 3;

    /**
     * 宁德时代武汉基地, 小鹏汽车武汉基地, 晶科能源有限公司上饶基地: a company's plant named by its city is the company's,
     * not a place of its own — the company is the name (an organisation, whatever the tagger made of it) and the
     * plant is dropped (the tagger makes it a place or a body). The company is the name written right before the
     * city, or words a name is written with or that end as companies' short names do (理想汽车).
     */
    private static List<Mention> withTheirOperators(String text, List<Mention> out, List<Token> words) {
        for (Mention site : List.copyOf(out)) {
            Mention whole = withTheCompanyItHolds(text, site, words, out);
            if (whole != site) {
                out.remove(site);
                out.add(whole);
                continue;
            }
            int k = WordIndex.at(words, site.span().begin());
            if (site.type() == EntityType.PER || k < 1 || k + 1 >= words.size() || !words.get(k).tag().startsWith("ns")
                || !PLANT.matcher(words.get(k + 1).text()).matches() || words.get(k + 1).end() != site.span().end()) {
                continue;
            }
            int at = site.span().begin();
            Mention named = out.stream().filter(m -> m.span().end() == at && m != site).findFirst().orElse(null);
            io.policylens.document.Span operator = null;
            if (named != null && named.type() != EntityType.PER) {
                operator = named.span();
            } else if (named == null) {
                int first = k;
                while (first > 0 && k - first < MOST_OPERATOR_WORDS && operatorWord(words.get(first - 1))
                    && words.get(first - 1).end() == words.get(first).begin()) {
                    first--;
                }
                io.policylens.document.Span candidate = new io.policylens.document.Span(words.get(first).begin(), at);
                if (first < k && candidate.length() >= 2 && (ListedNames.looksLikeAName(text, candidate, words, out)
                    || EntityRules.endsAsACompany(candidate.of(text)))) {
                    operator = candidate;
                }
            }
            if (operator != null) {
                io.policylens.document.Span company = operator;
                out.remove(site);
                out.removeIf(m -> company.contains(m.span()));
                out.add(EntityRules.mention(text, company.begin(), company.end(), EntityType.ORG));
            }
        }
        return out;
    }

    /**
     * [比亚迪合肥基地] → 比亚迪: a name the tagger ran over a company, its city and its plant is the company, where
     * the words before the city are written as a name.
     */
    private static Mention withTheCompanyItHolds(String text, Mention m, List<Token> words, List<Mention> out) {
        int plant = WordIndex.firstFrom(words, m.span().begin());
        while (plant < words.size() && words.get(plant).end() < m.span().end()) {
            plant++;
        }
        if (m.type() == EntityType.PER || plant >= words.size() || plant < 2 || words.get(plant).end() != m.span().end()
            || !PLANT.matcher(words.get(plant).text()).matches() || !words.get(plant - 1).tag().startsWith("ns")
            || words.get(plant - 1).begin() <= m.span().begin()) {
            return m;
        }
        io.policylens.document.Span company = new io.policylens.document.Span(m.span().begin(), words.get(plant - 1).begin());
        return company.length() >= 2 && (ListedNames.looksLikeAName(text, company, words, out)
            || EntityRules.endsAsACompany(company.of(text)))
            ? EntityRules.mention(text, company.begin(), company.end(), EntityType.ORG) : m;
    }

    private static boolean operatorWord(Token w) {
        String t = w.tag();
        return t.startsWith("n") && !t.equals("nnt") || t.equals("ag") || t.equals("b") || t.equals("nx") || t.equals("vn")
            || t.equals("a") && w.text().length() == 1;
    }
    private static boolean nounish(Token w) {
        String t = w.tag();
        return t.startsWith("n") && !t.startsWith("nr") || t.equals("vn") || t.equals("b") || t.equals("gi");
    }
}
