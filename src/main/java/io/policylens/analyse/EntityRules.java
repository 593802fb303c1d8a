package io.policylens.analyse;

import io.policylens.document.Span;
import io.policylens.text.HanChars;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that mend what a character tagger gets wrong on policy text, with the division table as gazetteer:
 * a place cut before its suffix is completed (南山 → 南山区, 南太湖 → 南太湖新区); an organisation whose name joins
 * two parts with 和 or 及 is made whole (成都市人力资源和社会保障局); a body takes the place written before it
 * (诸暨 + 市科技局) and gives up an internal unit (省科技厅规划处 → 省科技厅); a company cut to its industry and legal
 * form takes back its trade name and place (北京一流科技有限公司); a place's government is one body (美国政府);
 * division names, national bodies (交通运输部, 证监会), bodies named by their level
 * (区发改局, 国家发改委), a brief's source label (【第一财经】) and names the segmenter's dictionaries know (腾讯, 新华社)
 * are added where the tagger missed them. Thread-safe.
 */
final class EntityRules {

    /** Verbs of being selected or approved (…医院入选…中心): what follows is what the body becomes, not its name. */
    static final Set<String> BEING_SELECTED = Set.of("入选", "获批", "获评", "荣获", "列入", "纳入");

    /** What zones, parks and planned regions end with (经开区 and 综保区 are how notices shorten 经济技术开发区 and 综合保税区). */
    static final String ZONE_WORDS = "新区|园区|开发区|高新区|经开区|科创区|自贸区|试验区|示范区|实验区|保税区|综保区|片区|产业园"
        + "|工业园|科技城|科学城|生态城|大学城|起步区|先行区|合作区|集聚区|商务区|度假区|自由贸易港|自贸港"
        + "|经济区|经济带|城市群|都市圈|经济圈";
    static final Pattern ZONE = Pattern.compile("(" + ZONE_WORDS + ")");
    /** The characters zones' words end with: where no such character stands, no zone's word ends. */
    private static final String ZONE_WORD_ENDS = lastCharacters(ZONE_WORDS);
    /** How far a place looks for its zone's suffix: 经济技术开发区 is seven characters. */
    private static final int LOOKAHEAD = 9;
    static final String BREAKS = "，。、；：！？“”《》（）()【】[]「」\n ,;:";

    private final Set<String> divisions;
    /** Aho-Corasick over full division names: one pass over the text finds them all. */
    private final AhoCorasickDoubleArrayTrie<String> divisionNames = new AhoCorasickDoubleArrayTrie<>();

    EntityRules(Set<String> divisionNames) {
        this.divisions = divisionNames;
        // Full names of three or more characters only: short ones (东城, 朝阳) are words too often.
        java.util.TreeMap<String, String> names = new java.util.TreeMap<>();
        divisionNames.stream().filter(n -> n.length() >= 3 && n.matches(".*[省市区县州盟旗]")).forEach(n -> names.put(n, n));
        // The regions of national plans share the scan: their value marks them.
        ECONOMIC_REGIONS.forEach(r -> names.putIfAbsent(r, REGION));
        this.divisionNames.build(names);
        java.util.TreeMap<String, String> bodies = new java.util.TreeMap<>();
        NATIONAL_BODIES.forEach(b -> bodies.put(b, b));
        HK_MACAO_TAIWAN_BODIES.forEach(b -> bodies.put(b, b));
        KNOWN_UNIVERSITIES.forEach(u -> bodies.put(u, u));
        INTERNATIONAL_ORGANISATIONS.forEach(o -> bodies.put(o, o));
        KNOWN_COMPANIES.forEach(c -> bodies.put(c, c));
        this.knownOrganisations.build(bodies);
    }

    /** economic-regions.txt: city clusters and economic regions (京津冀, 粤港澳大湾区), places that no division is. */
    private static final List<String> ECONOMIC_REGIONS = lines("economic-regions.txt");
    private static final String REGION = "\u0000region";

    /** A region a national plan names (京津冀, 粤港澳大湾区); a part the tagger found inside one (澳大湾) gives way. */
    private static void addEconomicRegions(String text, List<Span> hits, List<Mention> out) {
        hits.sort(Comparator.comparingInt(Span::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (Span hit : hits) {
            Span s = withItsClusterWord(text, hit);
            // A body the tagger opened inside the region (成渝地区[双城经济圈建设联合办公室]) is named after it whole.
            out.replaceAll(m -> m.type() == EntityType.ORG && m.span().begin() > s.begin() && m.span().begin() < s.end()
                && m.span().end() > s.end() && endsLikeABody(m.surface()) ? mention(text, s.begin(), m.span().end(), EntityType.ORG) : m);
            // A part the tagger found inside the region, a place or a person (哈长 of 哈长城市群), gives way; so does a
            // person on the region's own span (云贵川).
            out.removeIf(m -> m.type() != EntityType.ORG && s.contains(m.span())
                && (!m.span().equals(s) || m.type() == EntityType.PER)
                || m.type() == EntityType.ORG && m.span().overlaps(s) && !m.span().contains(s) && !endsLikeABody(m.surface()));
            // and an organisation the tagger ran from inside it over other words (陆海新通道海铁联运班列)
            addWhereFree(text, s, EntityType.LOC, out);
        }
    }

    /**
     * What names a region's cities as one (京津冀 + 城市群, 长株潭 + 都市圈), or the national zone over them (苏南 +
     * 国家自主创新示范区).
     */
    private static final Pattern CLUSTER_WORD = Pattern.compile("城市群|都市圈|经济圈|经济带|经济区|国家自主创新示范区|自主创新示范区");

    /** A region's name with the cluster word written after it: 京津冀城市群 is one place, not 京津冀 alone. */
    private static Span withItsClusterWord(String text, Span region) {
        Matcher c = CLUSTER_WORD.matcher(text).region(region.end(), Math.min(text.length(), region.end() + 9));
        boolean ends = CLUSTER_WORD.matcher(text.substring(region.begin(), region.end())).find();
        return !ends && c.lookingAt() ? new Span(region.begin(), c.end()) : region;
    }

    /** The dash that joins the cities naming a region (兰州—西宁城市群). */
    private static final String DASHES = "—–－-";

    /**
     * [兰州]—[西宁城市群] → 兰州—西宁城市群: a city cluster named by its cities joined by dashes is one place, where
     * the last city's name ends with, or is followed by, the cluster's word.
     */
    private static List<Mention> regionsNamedByTheirCities(String text, List<Mention> ms) {
        if (text.indexOf('—') < 0 && text.indexOf('-') < 0 && text.indexOf('－') < 0 && text.indexOf('–') < 0) {
            return ms;
        }
        return mergedPairs(ms, (first, next) -> {
            int dash = first.span().end();
            if (first.type() != EntityType.LOC || next.type() != EntityType.LOC || dash >= text.length()
                || DASHES.indexOf(text.charAt(dash)) < 0) {
                return null;
            }
            int gap = text.startsWith("——", dash) ? 2 : 1;
            if (next.span().begin() != dash + gap) {
                return null;
            }
            Span last = withItsClusterWord(text, next.span());
            return CLUSTER_WORD.matcher(text.substring(last.begin(), last.end())).find()
                ? mention(text, first.span().begin(), last.end(), EntityType.LOC) : null;
        });
    }

    /** national-bodies.txt: ministries, commissions, agencies and regulators by their full and short names. */
    private static final List<String> NATIONAL_BODIES = lines("national-bodies.txt");
    /** hk-macao-taiwan-bodies.txt: the bureaus, ministries, councils and public institutes of 港澳台. */
    private static final List<String> HK_MACAO_TAIWAN_BODIES = lines("hk-macao-taiwan-bodies.txt");
    /** international-organisations.txt: 世界知识产权组织, 国际货币基金组织, 经合组织 … */
    private static final List<String> INTERNATIONAL_ORGANISATIONS = lines("international-organisations.txt");
    /** known-universities.txt: universities by their short names (浙大, 港大, 台大). */
    private static final List<String> KNOWN_UNIVERSITIES = lines("known-universities.txt");
    private static final Set<String> KNOWN_UNIVERSITY_NAMES = Set.copyOf(KNOWN_UNIVERSITIES);
    /**
     * A school or a hospital named by a university's short name (同济医学院 of 华中科技大学, 清华附中, 湘雅医院): the
     * short name is part of that name there, not the university.
     */
    private static final Pattern SCHOOL_AFTER_A_SHORT_NAME = Pattern.compile("(医学院|学院|医院|附中|附小|附属|中学|小学|实验学校)");
    /** known-companies.txt: companies news names by short names the tagger does not know (宁德时代, 台积电). */
    private static final List<String> KNOWN_COMPANIES = lines("known-companies.txt");
    private static final Set<String> KNOWN_COMPANY_NAMES = Set.copyOf(KNOWN_COMPANIES);

    /** Whether the name is one of the companies news names by their short names (known-companies.txt). */
    static boolean aKnownCompany(String name) {
        return KNOWN_COMPANY_NAMES.contains(name);
    }
    /** The five lists in one scan. */
    private final AhoCorasickDoubleArrayTrie<String> knownOrganisations = new AhoCorasickDoubleArrayTrie<>();

    static List<String> lines(String resource) {
        try (var in = EntityRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * National bodies and known companies the tagger missed, cut or took for another kind (交通运输部, 证监会,
     * 国家自然科学基金委, 宁德时代, 药明康德), longest first: a part the tagger found inside one, or the same name as a
     * person or place, gives way to the organisation; a longer name the tagger found (中国证监会上海监管局,
     * 宁德时代新能源科技股份有限公司) is kept.
     */
    private void addKnownOrganisations(String text, List<io.policylens.text.Token> words, java.util.BitSet insideAWord,
                                       List<Mention> out) {
        List<Span> hits = new ArrayList<>();
        for (var h : knownOrganisations.parseText(text)) {
            if (!(h.end - h.begin <= 3 && KNOWN_UNIVERSITY_NAMES.contains(h.value)
                && SCHOOL_AFTER_A_SHORT_NAME.matcher(text).region(h.end, text.length()).lookingAt())) {
                hits.add(new Span(h.begin, h.end));
            }
        }
        // 科技部 of 区县科技部门: part of a common word, not the ministry
        // (澎湃新闻 + 记者, which the segmenter writes 澎湃/新闻记者, is the medium and its reporter).
        hits.removeIf(s -> insideAWord.get(s.begin()) || insideAWord.get(s.end()) && !text.startsWith("记者", s.end()));
        hits.sort(Comparator.comparingInt(Span::length).reversed().thenComparing(Comparator.naturalOrder()));
        if (hits.size() >= 2) {
            out.removeIf(m -> runsOverTwo(m, hits, words));
        }
        for (Span known : hits) {
            Span s = withItsOwnUnit(text, known, out);
            // A verb the tagger ran into the name (联合 + 国家自然科学基金委), or a function word it ran on into (安永 +
            // 则), is not part of it.
            out.removeIf(m -> m.span().end() == s.end() && m.span().begin() < s.begin()
                && oneWord(words, m.span().begin(), s.begin(), "vpcd")
                || m.span().begin() == s.begin() && m.span().end() > s.end() && oneWord(words, s.end(), m.span().end(), "pcdu"));
            // A mention inside the name, or run into it (联合国 of 联合国家自然科学基金委), gives way; one holding it stays.
            // A person opening with a known body's name is the body's product (华为Mate), not a person.
            out.removeIf(m -> m.span().overlaps(s) && !m.span().contains(s) && (s.length() >= 4 || s.contains(m.span()))
                || m.span().equals(s) && m.type() != EntityType.ORG
                || m.type() == EntityType.PER && m.span().begin() == s.begin() && s.length() >= 2);
            addWhereFree(text, s, EntityType.ORG, out);
        }
    }

    /**
     * [工业和][信息化部电子第五研究所] → 工业和信息化部电子第五研究所: where the tagger began a body inside a known
     * body's name and ran on to a body's word of its own, the two are one body of the known one (an institute or a
     * bureau under a ministry), not across a list, a verb or a function word.
     */
    private static Span withItsOwnUnit(String text, Span known, List<Mention> out) {
        for (Mention m : out) {
            Span t = m.span();
            if (m.type() != EntityType.ORG || t.begin() <= known.begin() || t.begin() >= known.end() || t.end() - known.end() < 3) {
                continue;
            }
            String own = text.substring(known.end(), t.end());
            if (endsLikeABody(m.surface()) && !BARE.contains(own) && own.chars().noneMatch(c -> "和与及、，的在是将对".indexOf(c) >= 0)) {
                return new Span(known.begin(), t.end());
            }
        }
        return known;
    }

    /** A team's word after the body or person it belongs to (成大研究团队, 中科大潘建伟团队). */
    private static final Pattern TEAM = Pattern.compile("(研究|科研|创新|技术|研发|攻关|专家|核心|学生|师生|青年|教师|医护|医疗)?团队$");

    /** A group a body sends or sets up (专家组, 医疗队, 工作组): the body's, where its name ends as a body's does. */
    private static final Pattern SENT_GROUP = Pattern.compile("(专家组|工作组|医疗队|调研组|督导组|检查组|巡视组)$");

    /** The titles a team's leader is named after (院士钟南山团队, 教授王明团队). */
    private static final Pattern LEADERS_TITLE = Pattern.compile("(院士|教授|研究员|博士|主任|医生|专家|工程师)$");

    /** Whether the name before 团队 is its leader's: a person's name of two or three characters after a title. */
    private boolean leadsTheTeam(String text, int begin, int end) {
        String name = text.substring(begin, end);
        return end - begin >= 2 && end - begin <= 3 && PersonsByTitle.opensWithFamilyName(name) && !endsLikeABody(name)
            && knownOrganisations.exactMatchSearch(name) < 0
            && LEADERS_TITLE.matcher(text).region(Math.max(0, begin - 3), begin).find();
    }

    /**
     * A team is its body's, or its leader's, not an organisation of its own: [成大研究团队] → 成大, [华为团队] → 华为,
     * [中科大潘建伟团队] → 中科大 and the person 潘建伟, where a known body or a body's word ends before a name that
     * opens with a family name.
     */
    private List<Mention> withoutTheirTeams(String text, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            char last = m.surface().charAt(m.surface().length() - 1);
            Matcher g = m.type() == EntityType.ORG && (last == '组' || last == '队') ? SENT_GROUP.matcher(m.surface()) : null;
            if (g != null && g.find() && g.start() >= 3 && endsLikeABody(m.surface().substring(0, g.start()))) {
                out.add(mention(text, m.span().begin(), m.span().begin() + g.start(), EntityType.ORG)); // …医学中心 + 专家组
                continue;
            }
            Matcher t = m.type() == EntityType.ORG && m.surface().endsWith("团队") ? TEAM.matcher(m.surface()) : null;
            if (t == null || !t.find() || t.start() < 2) {
                out.add(m);
                continue;
            }
            int begin = m.span().begin();
            int end = begin + t.start();
            if (leadsTheTeam(text, begin, end)) {
                out.add(mention(text, begin, end, EntityType.PER)); // 院士 + [钟南山团队]: the person's team
                continue;
            }
            Mention person = null;
            for (int n = 3; n >= 2 && person == null; n--) {
                if (end - n - begin < 2) {
                    continue;
                }
                String body = text.substring(begin, end - n);
                String name = text.substring(end - n, end);
                if (PersonsByTitle.opensWithFamilyName(name)
                    && (knownOrganisations.exactMatchSearch(body) >= 0 || endsLikeABody(body))) {
                    person = mention(text, end - n, end, EntityType.PER);
                    end -= n;
                }
            }
            out.add(withoutInternalUnit(text, mention(text, begin, end, EntityType.ORG))); // 医院骨科团队 → 医院
            if (person != null) {
                out.add(person);
            }
        }
        return out;
    }

    /** Whether one segmenter word runs from {@code begin} to {@code end}, of a part of speech opening with one of {@code tags}. */
    /** Verbs of building in a place (上海金山区 + 建设 + …工厂), which no body's name holds after its place alone. */
    private static final Set<String> PLACE_BUILDING = Set.of("建设", "新建", "建成", "投建", "兴建");

    /** Whether the words from {@code begin} to {@code end} are all place names (合肥市, 上海/金山区). */
    private static boolean allPlaces(List<io.policylens.text.Token> words, int begin, int end) {
        int k = WordIndex.at(words, begin);
        if (k < 0) {
            return false;
        }
        for (; k < words.size() && words.get(k).end() <= end; k++) {
            if (!words.get(k).tag().startsWith("ns")) {
                return false;
            }
            if (words.get(k).end() == end) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneWord(List<io.policylens.text.Token> words, int begin, int end, String tags) {
        int k = WordIndex.at(words, begin);
        return k >= 0 && words.get(k).end() == end && tags.indexOf(words.get(k).tag().charAt(0)) >= 0;
    }

    /**
     * A mention the tagger ran over two known names and a verb between them (花旗预计美联储): it is neither, and the
     * names stand for themselves.
     */
    private static boolean runsOverTwo(Mention m, List<Span> known, List<io.policylens.text.Token> words) {
        List<Span> inside = known.stream().filter(s -> m.span().contains(s) && !m.span().equals(s)).sorted().toList();
        for (int i = 1; i < inside.size(); i++) {
            Span a = inside.get(i - 1);
            Span b = inside.get(i);
            for (int k = WordIndex.firstFrom(words, a.end()); a.end() <= b.begin() && k < words.size()
                && words.get(k).end() <= b.begin(); k++) {
                if (words.get(k).tag().startsWith("v")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An airline's word after the country or city it is named by (阿联酋航空, 卢森堡货航, 卡塔尔航空公司). */
    private static final Pattern AIRLINE = Pattern.compile("^(航空公司|国际航空|航空|货航)");

    /**
     * [阿联酋][航空] → one organisation: an airline named by its country or city, where what follows the airline's
     * word ends the name (a function word, a verb, punctuation: 阿联酋航空的货机), so 郑州航空港 and 中国航空工业 are not
     * airlines.
     */
    private static List<Mention> withTheirAirline(String text, List<Mention> ms, List<io.policylens.text.Token> words) {
        if (words.isEmpty() || text.indexOf('航') < 0) {
            return ms;
        }
        List<Mention> out = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            int end = m.span().end();
            if (m.type() != EntityType.LOC || end >= text.length() || "航货国".indexOf(text.charAt(end)) < 0) {
                out.add(m);
                continue;
            }
            Matcher a = AIRLINE.matcher(text).region(end, text.length());
            // 中国航空 alone is the country's aviation; its airline is 中国国际航空.
            boolean named = !m.surface().equals("中国") && a.lookingAt();
            int next = named ? WordIndex.firstFrom(words, a.end()) : -1;
            boolean ends = next >= 0 && (next == words.size() || words.get(next).begin() == a.end()
                && "wucpvd".indexOf(words.get(next).tag().charAt(0)) >= 0);
            boolean free = ends && (i + 1 == ms.size() || ms.get(i + 1).span().begin() >= a.end());
            out.add(free ? mention(text, m.span().begin(), a.end(), EntityType.ORG) : m);
        }
        return out;
    }

    /**
     * A country's or a division's government, parliament or congress: [美国][政府] is one organisation, and so is
     * [台南][市政府], where the segmenter kept the level with the government.
     */
    private static final Pattern GOVERNMENT_AFTER_PLACE = Pattern.compile("^([省市县区]?(人民政府|政府)|议会|国会)");

    private static List<Mention> withTheirGovernment(String text, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        Set<Mention> folded = new java.util.HashSet<>();
        for (Mention m : ms) {
            if (folded.contains(m)) {
                continue;
            }
            Matcher g = GOVERNMENT_AFTER_PLACE.matcher(text).region(m.span().end(), text.length());
            if (m.type() == EntityType.LOC && g.lookingAt()) {
                Span government = new Span(m.span().end(), g.end());
                // The tagger's 人民政府 alone folds in; a name running past it (…人民政府办公室) keeps the place apart.
                List<Mention> over = ms.stream().filter(x -> x != m && x.span().begin() < government.end()
                    && x.span().end() > government.begin()).toList();
                if (over.stream().allMatch(x -> government.contains(x.span()))) {
                    folded.addAll(over);
                    out.removeAll(over);
                    out.add(mention(text, m.span().begin(), government.end(), EntityType.ORG));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    List<Mention> apply(String text, List<Mention> found) {
        return apply(text, found, List.of());
    }

    /**
     * Whether a mention begins between two letters or digits, or ends inside a word of letters or a code that a name
     * goes on after (长三角G|60科创走廊): not where a figure follows unspaced, as in a table of prices (深长城A|12.79).
     */
    private static boolean cutInsideAToken(String text, Mention m) {
        int b = m.span().begin();
        int e = m.span().end();
        if (b > 0 && latinOrDigit(text.charAt(b - 1)) && latinOrDigit(text.charAt(b))) {
            return true;
        }
        if (e == text.length() || !latinOrDigit(text.charAt(e - 1)) || !latinOrDigit(text.charAt(e))) {
            return false;
        }
        if (Character.isLetter(text.charAt(e - 1)) && Character.isLetter(text.charAt(e))) {
            return true;
        }
        int j = e;
        while (j < text.length() && latinOrDigit(text.charAt(j))) {
            j++;
        }
        return j < text.length() && HanChars.isHan(text.charAt(j));
    }

    private static boolean latinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** The tagger's mentions of a text mended, with the segmenter's words of the text (or none). */
    List<Mention> apply(String text, List<Mention> found, List<io.policylens.text.Token> words) {
        List<Mention> out = new ArrayList<>();
        java.util.BitSet insideAWord = insideWords(text, words);
        java.util.BitSet inPlaceWords = new java.util.BitSet(text.length());
        for (io.policylens.text.Token w : words) {
            if (w.tag().startsWith("ns") && !ZONE.matcher(w.text()).matches()) { // 开发区/ns is a suffix, no place
                inPlaceWords.set(w.begin(), w.end());
            }
        }
        // A name the tagger ran out of a bracket (十二月五日）率领…) is judged as the name after the bracket.
        List<Mention> outsideBrackets = new ArrayList<>(found.size());
        found.forEach(m -> outsideBrackets.addAll(BracketedNames.withinBrackets(text, m)));
        for (Mention m : splitAtAJointVerb(text, outsideBrackets, words)) {
            if (cutInsideAToken(text, m)) {
                continue; // 长三角G of 长三角G60科创走廊: a name does not end inside a code or a model number
            }
            if (m.type() == EntityType.LOC && m.span().end() < text.length() && text.charAt(m.span().end()) == '式'
                || m.type() == EntityType.PER && NAMED_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt()) {
                continue; // 中国式现代化, 图灵机模型: a manner or a thing named after one, not a place or a person
            }
            if (m.type() == EntityType.PER && (BODY_CHARACTER_END.matcher(m.surface()).find()
                || ANNOUNCES.matcher(text).region(m.span().end(), text.length()).lookingAt())) {
                m = mention(text, m.span().begin(), m.span().end(), EntityType.ORG); // 创科署, 伊戈尔公告称: a body
            }
            if (m.type() == EntityType.LOC && m.surface().length() == 2 && aPrepositionBeforeALevel(m.surface())) {
                continue; // 报县 + 人民政府, 经市: a preposition and a level word, no place
            }
            m = withoutItsLeadingVerb(text, m, words);
            m = withoutALeadingTime(text, m, words);
            if (opensWithABareWordAndAVerb(m, words)) {
                continue; // [中心实行理事会]领导下: a bare word and the verb of a clause, no name
            }
            m = fromItsWordsBeginning(text, m, words, insideAWord);
            m = withoutItsFloor(text, m);
            m = withoutTheWordItEndsIn(text, m, insideAWord);
            m = withoutTheActAfterIt(text, m, words);
            m = aPlaceForItsHeadquarters(text, m, words);
            m = withItsCompoundFamilyName(text, m, words, insideAWord);
            m = withItsUnitedNationsBody(text, m);
            m = withTheNameBeforeItsDot(text, m);
            m = withTheWholeNameAroundItsDot(text, m, words);
            m = withItsPort(text, m);
            if (namesACampaign(text, m)) {
                continue;
            }
            Mention whole = withItsFounder(text, withoutInternalUnit(text, withoutOrdinal(text, extend(text, m, insideAWord, inPlaceWords))));
            if (whole.type() == EntityType.ORG) {
                whole = mention(text, withItsPlace(text, whole.span().begin()), whole.span().end(), EntityType.ORG);
            }
            out.add(whole);
        }
        out = withTheirGovernment(text, out);
        out = withoutTheirTeams(text, out);
        out = withTheirAirline(text, out, words);
        out = mergeCoordinated(text, out, words);
        out = withTradeName(text, out, words);
        out = joinedToTheirBody(text, out);
        out = withTheirCommission(text, out);
        out = cooperativesOfTheirPlace(text, out, words);
        out = numberedSchools(text, out, words);
        out = nationalCentres(text, out);
        out = facilitiesWithTheirPlaces(text, out);
        out = countriesByTheirFullName(text, out);
        out = schoolsWithTheirUniversity(text, out);
        out = withTheirCampus(text, out);
        out = withBothFields(text, out, words);
        addDivisionsAndRegions(text, insideAWord, out);
        if (text.indexOf("走廊") >= 0) {
            withTheirCorridors(text, out, words);
            for (Matcher c = CODED_CORRIDOR.matcher(text); c.find(); ) {
                addWhereFree(text, new Span(c.start(), c.end()), EntityType.LOC, out); // G60科创走廊 named alone
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        out = regionsNamedByTheirCities(text, out);
        out = withTheirGovernment(text, out); // a division the tagger missed has its government too (钱塘区人民政府)
        addKnownOrganisations(text, words, insideAWord, out);
        out.sort(Comparator.comparing(Mention::span));
        out = joinedToTheirBody(text, out); // a known body before a body's name is part of it (深交所 + 创业板上市委员会)
        addPartnerships(text, words, out);
        addSourceLabels(text, out);
        addDatelineMedia(text, out);
        addBriefSubjects(text, words, out);
        addAnnouncers(text, out);
        addAgencies(text, words, out);
        addLevelBodies(text, words, insideAWord, out);
        addLevelGovernments(text, words, insideAWord, out);
        addKnownNames(words, out);
        out.replaceAll(m -> withoutCountedGovernments(text, m));
        out.replaceAll(m -> m.type() == EntityType.LOC && EXCHANGE.matcher(m.surface()).find()
            ? mention(text, m.span().begin(), m.span().end(), EntityType.ORG) : m);
        out.replaceAll(m -> asANaturalFeature(text, m));
        out.removeIf(m -> noName(m) || inADocumentNumber(text, m));
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** An exchange, which the tagger may take for a place (北京电力交易中心): a body that runs a market. */
    private static final Pattern EXCHANGE = Pattern.compile("..(交易中心|交易所|结算中心)$");


    /** The last characters of the names of waters, islands and mountains (茅尾海, 赤水河, 湄洲湾, 涠洲岛). */
    private static final String FEATURE_ENDS = "海湖江河湾岛山峡滩";
    /** Words that follow a water's or a mountain's name, never a person's. */
    private static final Pattern AROUND_A_FEATURE = Pattern.compile("(流域|沿岸|沿线|水域|海域|湖区|库区|岸线|湿地|水系|水质"
        + "|上游|中游|下游|两岸|周边|一带|保护区|国家公园|风景区|景区|生态|综合整治|综合治理|整治|治理|水环境|红树林)");
    /** Prepositions of place: 在茅尾海开展…; a person after them is followed by 的, 家 or 处 (在王海的帮助下). */
    private static final String TO_A_PLACE = "在赴到于至沿环";

    /**
     * 茅尾海, 赤水河: a water's, an island's or a mountain's name the tagger took for a person, where the words around
     * it are a place's: a basin's or a shore's word after it, or a preposition of place before it and no 的 after. The
     * tagger may stop before the water's own word (温瑞塘 + 河 + 沿线): the place takes it.
     */
    private static Mention asANaturalFeature(String text, Mention m) {
        String name = m.surface();
        int b = m.span().begin();
        int e = m.span().end();
        if (m.type() != EntityType.PER || name.length() < 2 || name.length() > 3) {
            return m;
        }
        if (e + 1 < text.length() && FEATURE_ENDS.indexOf(text.charAt(e)) >= 0
            && AROUND_A_FEATURE.matcher(text).region(e + 1, text.length()).lookingAt()) {
            return mention(text, b, e + 1, EntityType.LOC);
        }
        if (name.length() != 3 || FEATURE_ENDS.indexOf(name.charAt(2)) < 0) {
            return m;
        }
        boolean placed = AROUND_A_FEATURE.matcher(text).region(e, text.length()).lookingAt()
            || b > 0 && TO_A_PLACE.indexOf(text.charAt(b - 1)) >= 0 && e < text.length() && HanChars.isHan(text.charAt(e))
                && "的家处同先女等说表和与及、".indexOf(text.charAt(e)) < 0;
        return placed ? mention(text, b, e, EntityType.LOC) : m;
    }

    /**
     * Verbs of setting up, of acting together and of leading or visiting, of two characters; not 共建, 合建, 联建, which
     * name what a zone is for (中新共建…).
     */
    private static Set<String> clauseVerbs() {
        Set<String> verbs = new java.util.HashSet<>(BUILDING_VERBS);
        verbs.removeAll(Set.of("共建", "合建", "联建"));
        verbs.addAll(JOINT_VERBS);
        LEADING_VERBS.stream().filter(v -> v.length() == 2).forEach(verbs::add);
        return Set.copyOf(verbs);
    }

    private static boolean holdsAClauseVerb(String words) {
        for (String verb : CLAUSE_VERBS) {
            if (words.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that say two bodies act together (市纪委监委联合市审计局, 省科技厅会同省财政厅). */
    private static final Set<String> JOINT_VERBS = Set.of("联合", "会同", "联手", "携手", "联同");

    /**
     * [市纪委监委第三监督检查室联合市审计局] → two bodies: a name the tagger ran over a verb of acting together, with
     * a body's name after it, is the two bodies on either side.
     */
    private static List<Mention> splitAtAJointVerb(String text, List<Mention> found, List<io.policylens.text.Token> words) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            io.policylens.text.Token joint = null;
            boolean builds = false;
            if (m.type() == EntityType.ORG && m.surface().length() >= 6) {
                for (int k = WordIndex.firstFrom(words, m.span().begin() + 2); k < words.size()
                    && words.get(k).end() <= m.span().end() - 2; k++) {
                    io.policylens.text.Token w = words.get(k);
                    if (CONJUNCTIONS.contains(w.text()) && w.tag().startsWith("c") && bothBodies(text.substring(m.span().begin(),
                        w.begin()), text.substring(w.end(), m.span().end()))) {
                        joint = w; // [经济部产业发展署与工研院]: two bodies joined by 与
                        break;
                    }
                    if (!w.tag().startsWith("v")) {
                        continue;
                    }
                    String after = text.substring(w.end(), m.span().end());
                    // 农工商联合公司 is one
                    if (JOINT_VERBS.contains(w.text()) && endsLikeABody(after) && after.length() >= 3 && !BARE.contains(after)) {
                        joint = w;
                        break;
                    }
                    if (BUILDING_VERBS.contains(w.text()) || PLACE_BUILDING.contains(w.text())
                        && allPlaces(words, m.span().begin(), w.begin()) && !endsLikeABody(after)
                        && !(k + 1 < words.size() && words.get(k + 1).tag().startsWith("ni"))) {
                        // [上海金山区建设…工厂]: what a place is to get is a plan, no body yet (上海市建设交通委员会,
                        // 中国/建设/银行 are names)
                        joint = w;
                        builds = true;
                        break;
                    }
                }
            }
            if (joint == null) {
                out.add(m);
            } else {
                // 合肥市 + 签订 + 雷达产业园: a place's name before the verb stays a place
                boolean place = allPlaces(words, m.span().begin(), joint.begin());
                out.add(mention(text, m.span().begin(), joint.begin(), place ? EntityType.LOC : EntityType.ORG));
                if (!builds) {
                    out.add(mention(text, joint.end(), m.span().end(), EntityType.ORG));
                }
            }
        }
        return out;
    }

    /** Verbs of leading, meeting and visiting, which open a clause about a body, never the body's name. */
    private static final Set<String> LEADING_VERBS = Set.of("率领", "带领", "率", "会见", "会晤", "拜会", "接见", "看望", "慰问",
        "陪同", "邀请", "走访", "考察", "调研", "抵达", "前往", "访问", "出席", "参加", "召集", "约谈", "督导",
        "共建", "组建", "筹建", "创建", "设立", "成立", "打造");

    /**
     * [率领特区政府代表团] → 特区政府代表团, [由省教育厅] → 省教育厅: a body's name the tagger opened with the verb or the
     * preposition before it.
     */
    private static Mention withoutItsLeadingVerb(String text, Mention m, List<io.policylens.text.Token> words) {
        if (m.type() != EntityType.ORG || words.isEmpty()) {
            return m;
        }
        int k = WordIndex.firstFrom(words, m.span().begin());
        if (k >= words.size()) {
            return m;
        }
        io.policylens.text.Token first = words.get(k);
        boolean opensAClause = first.tag().startsWith("v") && LEADING_VERBS.contains(first.text())
            || first.tag().startsWith("p") && first.text().length() == 1; // 由省教育厅
        String name = m.surface();
        if (name.length() >= 5 && aPrepositionBeforeALevel(name)
            && !first.tag().startsWith("ns") && endsLikeABody(name)) {
            return mention(text, m.span().begin() + 1, m.span().end(), EntityType.ORG); // 经县/nz + 人民政府, 报/县/人民政府
        }
        return first.begin() == m.span().begin() && opensAClause && m.span().end() - first.end() >= 3
            ? mention(text, first.end(), m.span().end(), EntityType.ORG) : m;
    }

    /**
     * [近三年学院]学生团队 → 学院, [2025年浙江大学] → 浙江大学: a time the tagger opened a name with is no part of it. A
     * time ends with a word of time (年/qt, 今年/t); a number alone opens names (360集团, 三一重工).
     */
    private static Mention withoutALeadingTime(String text, Mention m, List<io.policylens.text.Token> words) {
        if (m.type() == EntityType.PER || words.isEmpty()) {
            return m;
        }
        int k = WordIndex.at(words, m.span().begin());
        int timeEnd = -1;
        boolean counted = false;
        for (; k >= 0 && k < words.size() && words.get(k).end() < m.span().end(); k++) {
            io.policylens.text.Token w = words.get(k);
            String tag = w.tag();
            if (tag.equals("t") && TIME_WORD.matcher(w.text()).matches() || tag.equals("qt") && counted) {
                timeEnd = w.end(); // 今年, 三/年: a unit of time counts only after a number (天融信 opens with 天/qt)
            } else if (tag.startsWith("m")) {
                counted = true;
            } else if (!(w.text().equals("近") || w.text().equals("过去"))) {
                break;
            }
        }
        return timeEnd > 0 && m.span().end() - timeEnd >= 2 ? mention(text, timeEnd, m.span().end(), m.type()) : m;
    }

    /** Words of time that never open a name (春秋航空 opens with 春秋/t). */
    private static final Pattern TIME_WORD = Pattern.compile(".*(年|月|日|季度)|近年来|目前|当前|近期|此前");

    /** [中心实行理事会]: an organisation opening with a bare suffix word and a verb after it is a clause. */
    private static boolean opensWithABareWordAndAVerb(Mention m, List<io.policylens.text.Token> words) {
        if (m.type() != EntityType.ORG || words.isEmpty()) {
            return false;
        }
        int k = WordIndex.at(words, m.span().begin());
        return k >= 0 && k + 1 < words.size() && words.get(k + 1).end() < m.span().end()
            && BARE.contains(words.get(k).text()) && words.get(k + 1).tag().equals("v");
    }

    /** Words that join two names (与, 和, 及, 同). */
    private static final Set<String> CONJUNCTIONS = Set.of("与", "和", "及", "同", "以及");

    /**
     * Whether both sides of a conjunction inside a name are bodies of their own: each ends as a body's name does and
     * is no bare suffix (国家发展和改革委员会 and 上海微系统与信息技术研究所 join a field's words, not two bodies).
     */
    private static boolean bothBodies(String before, String after) {
        return before.length() >= 3 && after.length() >= 3 && endsLikeABodyOrItsShortName(before)
            && endsLikeABodyOrItsShortName(after) && !BARE.contains(before) && !BARE.contains(after);
    }

    /** A body's name, a short one ending as short names do (工研院, 产业发展署, 市纪委), or a park's (天津软件园). */
    private static boolean endsLikeABodyOrItsShortName(String name) {
        return endsLikeABody(name) || lastIs(name, "署院所部委办") || name.endsWith("园");
    }

    /**
     * Verbs of setting a body up (阿里健康共建智慧医院…, …牵头组建创新联合体): a name the tagger ran over one is the
     * body before it; what is set up after it is a plan, not yet a name.
     */
    private static final Set<String> BUILDING_VERBS = Set.of("共建", "合建", "联建", "组建", "打造", "签约", "签署", "签订", "牵头");
    /** Two-character verbs no zone's or site's name holds: a clause about the name before them begins there. */
    private static final Set<String> CLAUSE_VERBS = clauseVerbs();

    /**
     * [司]马建国 → 司马建国: a person the tagger began one character late, where that character and the name's first
     * make a compound family name and the character opens no word with what comes before it (公司 + 马建国 stays)
     * and follows a verb, a function word or punctuation (免去 + 司马建国).
     */
    private static Mention withItsCompoundFamilyName(String text, Mention m, List<io.policylens.text.Token> words,
                                                     java.util.BitSet insideAWord) {
        int b = m.span().begin();
        if (m.type() != EntityType.PER || words.isEmpty() || b < 1 || m.surface().length() > 3 || insideAWord.get(b - 1)
            || !HanChars.isHan(text.charAt(b - 1)) || !PersonsByTitle.opensWithCompoundFamilyName(text.substring(b - 1, b + 1))) {
            return m;
        }
        // Only after a verb, a function word or punctuation: after a noun the character may end it (副校长 + 孙伟,
        // which the segmenter cuts 校/长孙/伟).
        int k = WordIndex.firstFrom(words, b - 1) - 1;
        String before = k < 0 ? "w" : words.get(k).tag();
        boolean opens = k < 0 || words.get(k).end() == b - 1 && (before.startsWith("v") || before.startsWith("p")
            || before.startsWith("c") || before.startsWith("u") || before.startsWith("w"));
        return opens ? mention(text, b - 1, m.span().end(), EntityType.PER) : m;
    }

    /**
     * [创业][板上市委员会] → 创业板上市委员会: a body the tagger opened inside a word opens where the word does (a
     * person's name may not: the segmenter cuts 校/长孙/伟).
     */
    private static Mention fromItsWordsBeginning(String text, Mention m, List<io.policylens.text.Token> words,
                                                 java.util.BitSet insideAWord) {
        if (m.type() != EntityType.ORG || !insideAWord.get(m.span().begin())) {
            return m;
        }
        int k = WordIndex.firstFrom(words, m.span().begin()) - 1;
        // Not over a preposition the segmenter joined to the body's place (由省/v + 教育厅).
        return k >= 0 && HanChars.isHan(text.charAt(words.get(k).begin()))
            && PREPOSITIONS.indexOf(text.charAt(words.get(k).begin())) < 0
            ? mention(text, words.get(k).begin(), m.span().end(), EntityType.ORG) : m;
    }

    /** The governments of divisions counted after a list of their names (南宁、北海、崇左6市人民政府). */
    private static final Pattern COUNTED_GOVERNMENTS = Pattern.compile(
        "([0-9０-９]+|[一二两三四五六七八九十]+)个?(省|市|县|区|县（市、区）|县市区)(人民政府|政府|党委|党委政府)$");

    /**
     * [崇左6市人民政府] → 崇左: the governments of divisions counted are no one body; the name before the count is the
     * list's last place.
     */
    private static Mention withoutCountedGovernments(String text, Mention m) {
        int count = m.type() == EntityType.ORG ? countedGovernmentsAt(m.surface()) : -1;
        if (count < 0) {
            return m;
        }
        // A place of one character, or none, is left as the counted bodies, a fragment dropped with the others.
        return count >= 2 ? mention(text, m.span().begin(), m.span().begin() + count, EntityType.LOC)
            : mention(text, m.span().begin() + count, m.span().end(), EntityType.ORG);
    }

    /** Governments counted, and nothing else (6市人民政府, 三县政府): no one body. */
    private static boolean countsGovernments(String name) {
        return countedGovernmentsAt(name) == 0;
    }

    /** Where the count of governments counted at a name's end begins (崇左|6市人民政府), or -1. */
    private static int countedGovernmentsAt(String name) {
        if (!name.endsWith("政府") && !name.endsWith("党委")) {
            return -1;
        }
        Matcher c = COUNTED_GOVERNMENTS.matcher(name);
        return c.find() ? c.start() : -1;
    }

    /** 经市, 报县: a preposition (or 报, submit to) the segmenter or the tagger joined to the level word after it. */
    private static boolean aPrepositionBeforeALevel(String name) {
        return (PREPOSITIONS + "报").indexOf(name.charAt(0)) >= 0 && "省市县区州".indexOf(name.charAt(1)) >= 0;
    }

    /** Prepositions that open a clause about a body (由省教育厅主办, 经市政府同意, 向市科技局申报). */
    private static final String PREPOSITIONS = "由经向在对从据被将把为";

    /**
     * [创新科技署联]同 → 创新科技署, [行政院院]会 → 行政院: a body the tagger ran into the first character of the word
     * after it (联同, 院会, 院长) ends with its body's word.
     */
    private static Mention withoutTheWordItEndsIn(String text, Mention m, java.util.BitSet insideAWord) {
        int b = m.span().begin();
        int e = m.span().end();
        if (m.type() != EntityType.ORG || e >= text.length() || e - b < 4) {
            return m;
        }
        if (text.charAt(e - 1) == text.charAt(e - 2) && "会长".indexOf(text.charAt(e)) >= 0
            && endsLikeABodyOrItsShortName(text.substring(b, e - 1))) {
            return mention(text, b, e - 1, EntityType.ORG);
        }
        if (!insideAWord.get(e)) {
            return m;
        }
        int word = e - 1;
        while (word > b && insideAWord.get(word)) {
            word--;
        }
        return word - b >= 3 && !endsLikeABodyOrItsShortName(m.surface()) && endsLikeABodyOrItsShortName(text.substring(b, word))
            ? mention(text, b, word, EntityType.ORG) : m;
    }


    /** Words of what a body does that the tagger runs a body's name into (…街道办事处 + 组织开展, …局 + 牵头). */
    private static final Set<String> ACTS_AFTER_A_BODY = Set.of("组织", "牵头", "联合", "主办", "承办", "协办", "会同", "联手",
        "携手", "召开", "举办", "印发", "出台", "发布", "指导", "部署");

    /**
     * Acts no body's name holds anywhere, so a name run over one and over what is acted on ends before it
     * ([中南大学湘雅医院派出医疗队] → …医院): sending people, holding a meeting, issuing a paper, acting through a means.
     */
    private static final Set<String> ACTS_INSIDE_NO_NAME = union(Set.of("派出", "选派", "派遣", "组派", "召开", "印发", "出台",
        "部署", "通过", "建立", "成立", "设立", "举办", "举行"), BEING_SELECTED);

    /** The words of both sets. */
    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * [温州市鹿城区五马街道办事处组织]开展 → …街道办事处: a body the tagger ran on into the segmenter's word of what it
     * does; the name ends with its body's word (世界卫生组织 ends with no act: 世界卫生 is no body).
     */
    private static Mention withoutTheActAfterIt(String text, Mention m, List<io.policylens.text.Token> words) {
        if (m.type() != EntityType.ORG || words.isEmpty() || m.surface().length() < 5) {
            return m;
        }
        int k = WordIndex.endingAt(words, m.span().end());
        for (int j = k - 1; k >= 0 && j >= 0 && words.get(j).begin() - m.span().begin() >= 3; j--) {
            if (ACTS_INSIDE_NO_NAME.contains(words.get(j).text())) {
                k = j;
                break;
            }
        }
        if (k < 0 || words.get(k).begin() - m.span().begin() < 3
            || !ACTS_AFTER_A_BODY.contains(words.get(k).text()) && !ACTS_INSIDE_NO_NAME.contains(words.get(k).text())) {
            return m;
        }
        String body = text.substring(m.span().begin(), words.get(k).begin());
        return endsLikeABodyOrItsShortName(body) && !BARE.contains(body)
            ? mention(text, m.span().begin(), words.get(k).begin(), EntityType.ORG) : m;
    }

    /**
     * [深圳总部] → 深圳: a headquarters named by its place alone is where a body sits, not a body; the place stays
     * (华为深圳总部, opened by the company, is the tagger's to judge).
     */
    private static Mention aPlaceForItsHeadquarters(String text, Mention m, List<io.policylens.text.Token> words) {
        if (m.type() != EntityType.ORG || !m.surface().endsWith("总部") || m.surface().length() < 4 || words.isEmpty()) {
            return m;
        }
        int k = WordIndex.at(words, m.span().begin());
        return k >= 0 && words.get(k).end() == m.span().end() - 2 && words.get(k).tag().startsWith("ns")
            ? mention(text, m.span().begin(), m.span().end() - 2, EntityType.LOC) : m;
    }

    /** What a floor or a room after a body's or a venue's name looks like (县政务服务中心二楼, 会展中心3层). */
    private static final Pattern FLOOR = Pattern.compile("([一二三四五六七八九十0-9０-９]{1,3}(楼|层)|[0-9０-９]{2,4}(室|房间))$");

    /** [县政务服务中心二楼] → 县政务服务中心: where a body is, on which floor, is no part of its name. */
    private static Mention withoutItsFloor(String text, Mention m) {
        if (m.type() == EntityType.PER) {
            return m;
        }
        Matcher f = FLOOR.matcher(m.surface()).region(Math.max(0, m.surface().length() - 6), m.surface().length());
        return f.find() && f.start() >= 3 ? mention(text, m.span().begin(), m.span().begin() + f.start(), m.type()) : m;
    }

    /** What a campaign's quoted name is followed by (“清朗·南粤”网络生态治理专项行动, “春风”行动, “XX”工程). */
    private static final Pattern CAMPAIGN = Pattern.compile("”(\\p{IsHan}{0,8}?(专项行动|专项整治|行动)|活动|工程|计划|大赛|比赛|系列活动)");

    /** A name that is the whole of a campaign's quoted name (“清朗·南粤”专项行动) names the campaign, not a place or body. */
    private static boolean namesACampaign(String text, Mention m) {
        int b = m.span().begin();
        return b > 0 && text.charAt(b - 1) == '“' && CAMPAIGN.matcher(text).region(m.span().end(), text.length()).lookingAt()
            || m.type() == EntityType.LOC && b >= 2 && m.surface().equals("中国") && NATIONAL_STRATEGY.contains(text.substring(b - 2, b));
    }

    /** The words that end an event's name (中国国际中小企业博览会, 中关村论坛, 世界人工智能大会). */
    private static final Set<String> EVENT_WORDS = Set.of("博览会", "交易会", "展览会", "洽谈会", "投洽会", "论坛", "峰会", "大会",
        "年会", "博鳌论坛", "进博会", "广交会", "高交会", "服贸会");

    private static boolean hasADash(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (DASHES.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Two names joined by a dash (中国—东盟, 中国-中亚). */
    private static final Pattern PARTNERS = Pattern.compile("\\p{IsHan}{2,6}[—–－-]\\p{IsHan}{2,6}");

    /** Meetings named by what they push or discuss, which the segmenter cuts (推进/会): …联合体建设推进会. */
    private static final Pattern MEETING = Pattern.compile("(推进会|座谈会|研讨会|发布会|对接会|交流会|现场会|推介会|工作会议)");

    /**
     * 中国 of [中国]国际中小企业博览会, 中关村 of 中关村论坛: a place that opens an event's name, with nothing but nouns
     * between, is the event's, not a place the text is about (an event is no entity). Judged on whole names, after
     * every stage (中国（绵阳）科技城 of …科技城国际科技博览会).
     */
    static boolean opensAnEventsName(String text, Mention m, List<io.policylens.text.Token> words) {
        // Two partners joined by a dash open an event's name as a place does ([中国—东盟]博览会, [中国-中亚]峰会).
        boolean partners = m.type() == EntityType.ORG && hasADash(m.surface()) && PARTNERS.matcher(m.surface()).matches();
        if (m.type() != EntityType.LOC && !partners || words.isEmpty()) {
            return false;
        }
        int k = WordIndex.firstFrom(words, m.span().end());
        for (int n = 0; k < words.size() && n < 6; k++, n++) {
            io.policylens.text.Token w = words.get(k);
            if (n == 0 && w.begin() != m.span().end() || w.end() - m.span().end() > 14) {
                return false;
            }
            if (EVENT_WORDS.contains(w.text()) || MEETING.matcher(text).region(w.begin(), text.length()).lookingAt()) {
                return true;
            }
            String t = w.tag();
            boolean noun = t.startsWith("n") || t.equals("vn") || t.startsWith("b") || t.equals("a") || t.startsWith("m");
            if (!noun || t.startsWith("nr") || t.startsWith("nis") || t.equals("w")) {
                return false;
            }
        }
        return false;
    }

    /** What names a national strategy with 中国 (数字中国, 美丽中国, 健康中国): the strategy, not the country. */
    private static final Set<String> NATIONAL_STRATEGY = Set.of("数字", "美丽", "健康", "平安", "法治", "书香", "智慧", "品质");

    /** What a listed company does and a person does not: 伊戈尔公告称, …晚间公告. */
    private static final String ANNOUNCING = "(晚间|日前|近日|今日)?(发布|披露)?公告";
    private static final Pattern ANNOUNCES = Pattern.compile(ANNOUNCING + "(称|显示|指出|表示|说)");
    /** The words that open a company's announcement after its name (not 表示 or 说, which a person's words take too). */
    private static final Pattern ANNOUNCEMENT = Pattern.compile(ANNOUNCING + "(称|显示|指出)");

    /** Who opens a clause and announces in such words (…，中国中期发布公告称) is a company, named as the clause opens. */
    private static void addAnnouncers(String text, List<Mention> out) {
        if (!text.contains("公告")) {
            return;
        }
        Matcher a = ANNOUNCEMENT.matcher(text);
        while (a.find()) {
            int start = a.start();
            while (start > 0 && a.start() - start < 7 && Character.isIdeographic(text.charAt(start - 1))) {
                start--;
            }
            int length = a.start() - start;
            if (length < 2 || length > 6 || start > 0 && BRIEF_OPENERS.indexOf(text.charAt(start - 1)) < 0
                || NOT_AN_ANNOUNCER.matcher(text).region(start, a.start()).lookingAt()) {
                continue;
            }
            // 中国 of 中国中期: the company's name holds it.
            replaceWhatItHolds(text, new Span(start, a.start()), EntityType.ORG, out);
        }
    }

    /** Clause openers that announce without a name: 公司公告称, 该公司, 上述两家公司, 其…. */
    private static final Pattern NOT_AN_ANNOUNCER = Pattern.compile("(该|本|上述|这|那|其|两|多|几|各|有|一|公司|同时|此外|另外"
        + "|随后|随即|此前|近日|日前|今日|昨日|今天|昨天|明天|今年|去年|当日|当天|当晚|上午|下午|晚上|记者|对此|据)|.*[也还均都已曾又则就再并]$");
    /** A body of the United Nations named by its field after 联合国 (贸易与发展会议, 贸发会议, 开发计划署). */
    private static final Pattern UN_BODY = Pattern.compile("[\\p{IsHan}&&[^的了是在将对从向被把，。、]]{1,8}?(会议|组织|计划署|规划署|署|委员会|理事会|基金会)");

    /** [联合国][贸易与发展会议] → 联合国贸易与发展会议: the tagger stops after 联合国, whose bodies are named by their field. */
    private static Mention withItsUnitedNationsBody(String text, Mention m) {
        if (m.type() != EntityType.ORG || !m.surface().equals("联合国")) {
            return m;
        }
        Matcher body = UN_BODY.matcher(text).region(m.span().end(), text.length());
        return body.lookingAt() ? mention(text, m.span().begin(), body.end(), EntityType.ORG) : m;
    }

    /** A person's name never ends so; a body's short form does (创科署, 经发局, 彭博社). */
    private static final Pattern BODY_CHARACTER_END = Pattern.compile("[署局厅]$|..社$");
    /** The words an agency's field is written with (投资/推广 + 署). */
    private static final Pattern FIELD_TAG = Pattern.compile("(n|vn|vi|nz|ng|b|j|gi)");

    /**
     * An agency named by its field and 署, which the segmenter leaves a word of its own (投资推广署, 知识产权署,
     * 创新科技署: Hong Kong's departments are written without a place); 签署 and 部署 are words and never match.
     */
    private static void addAgencies(String text, List<io.policylens.text.Token> words, List<Mention> out) {
        for (int j = 1; j < words.size(); j++) {
            if (!words.get(j).text().equals("署")) {
                continue;
            }
            int first = j;
            while (first > 0 && j - first < 3 && words.get(first - 1).end() == words.get(first).begin()
                && FIELD_TAG.matcher(words.get(first - 1).tag()).matches()) {
                first--;
            }
            int begin = words.get(first).begin();
            if (first < j && words.get(j).end() - begin >= 4) {
                addWhereFree(text, new Span(begin, words.get(j).end()), EntityType.ORG, out);
            }
        }
    }

    /** What a body's name ends with: a department, a bureau, a company, an institute. */
    private static final EndPattern BODY_SUFFIX = EndPattern.of("人民政府|政府|办公厅|办公室|办事处|委员会|管委会|管理委员会|"
        + "局|厅|研究院|研究所|实验室|中心|公司|集团|大学|学院|银行|支行|分行|分局|协会|商会|联合会|基金会|合作社|联合社|供销社|法院|检察院|海关|医院"
        + "|中学|小学|[一二三四五六七八九十]中");
    /** Words that open a class of sites, not one (重点园区, 省级产业园, 各类园区, 三地…集聚区, 企业园区; 两江新区 is one). */
    private static final Pattern A_CLASS_OF_SITES = Pattern.compile("([一二两三四五六七八九十几多数]+(个|家|地|大|类|处|座|片)|各|重点|相关|特色|省级|市级|国家级|县级|区级"
        + "|其他|所有|新建|企业|配套)");

    /** The distinct last characters of words written as alternatives (a|b|c). */
    static String lastCharacters(String alternatives) {
        return java.util.Arrays.stream(alternatives.split("\\|")).map(w -> w.substring(w.length() - 1)).distinct()
            .collect(java.util.stream.Collectors.joining());
    }

    /** Whether the words at {@code at} open a class of sites or zones rather than one's name. */
    static boolean opensAClassOfSites(String text, int at) {
        return A_CLASS_OF_SITES.matcher(text).region(at, text.length()).lookingAt();
    }

    /** A zone's name: 武汉经济技术开发区, 南昌高新区. */
    static boolean endsAsAZone(String name) {
        return ZONE_END.endOf(name);
    }

    private static final EndPattern ZONE_END = EndPattern.of(ZONE_WORDS);

    /** The name ends with a department's, a bureau's, a company's or an institute's word. */
    static boolean endsLikeABody(String name) {
        return BODY_SUFFIX.endOf(name);
    }

    /**
     * Alternatives anchored at a name's end ({@code (a|b|…)$}). Literal alternatives (and those that open with one
     * character class, {@code [省市]委}, written out) are compared by the name's last character and then its end;
     * only an alternative written with other regex syntax (a lookbehind) goes to the regex engine, tried from the
     * name's last positions, as many as that alternative has characters (its syntax too: more positions, never too
     * few; what it looks behind still sees the whole name). The answer is the regex {@code (a|b|…)$}'s.
     */
    static final class EndPattern {
        private final Map<Character, String[]> literalsByLastCharacter;
        private final Pattern syntax;
        private final String syntaxEnds;
        /** An alternative with syntax ends in a class or a group: its last character tells nothing. */
        private final boolean syntaxAtAnyEnd;
        private final int syntaxLongest;
        private final int longest;

        private EndPattern(Map<Character, String[]> literalsByLastCharacter, Pattern syntax, String syntaxEnds,
                           int syntaxLongest, int longest) {
            this.literalsByLastCharacter = literalsByLastCharacter;
            this.syntax = syntax;
            this.syntaxEnds = syntaxEnds;
            this.syntaxAtAnyEnd = syntaxEnds.indexOf('\0') >= 0;
            this.syntaxLongest = syntaxLongest;
            this.longest = longest;
        }

        /** The characters of the longest alternative as written. */
        int longest() {
            return longest;
        }

        static EndPattern of(String alternatives) {
            Map<Character, List<String>> literals = new java.util.HashMap<>();
            List<String> withSyntax = new ArrayList<>();
            List<String> all = topLevel(alternatives);
            for (String a : all) {
                List<String> written = writtenOut(a);
                if (written == null) {
                    withSyntax.add(a);
                } else {
                    written.forEach(w -> literals.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w));
                }
            }
            Map<Character, String[]> byLast = new java.util.HashMap<>();
            // Longest first, so that the first match is the longest end, as the regex's leftmost start is.
            literals.forEach((c, ws) -> byLast.put(c, ws.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new)));
            StringBuilder ends = new StringBuilder();
            for (String a : withSyntax) {
                char last = a.charAt(a.length() - 1);
                ends.append(Character.isIdeographic(last) || Character.isLetterOrDigit(last) ? last : '\0');
            }
            return new EndPattern(byLast, withSyntax.isEmpty() ? null
                : Pattern.compile("(" + String.join("|", withSyntax) + ")$"), ends.toString(),
                withSyntax.stream().mapToInt(String::length).max().orElse(0),
                all.stream().mapToInt(String::length).max().orElse(0));
        }

        /** The alternatives of {@code a|b|…}, split at the bars outside groups and classes ((?<!代表|联合国)大会 is one). */
        static List<String> topLevel(String alternatives) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int from = 0;
            for (int i = 0; i < alternatives.length(); i++) {
                char c = alternatives.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    out.add(alternatives.substring(from, i));
                    from = i + 1;
                }
            }
            out.add(alternatives.substring(from));
            return out;
        }

        private static final Pattern LITERAL = Pattern.compile("[\\p{IsHan}\\p{Alnum}]+");
        /** One character class, then literal characters: [省市区]委. */
        private static final Pattern CLASS_AND_LITERAL = Pattern.compile("\\[(\\p{IsHan}+)\\]([\\p{IsHan}]+)");

        /** An alternative as the literals it stands for, or null for one written with regex syntax. */
        private static List<String> writtenOut(String alternative) {
            if (LITERAL.matcher(alternative).matches()) {
                return List.of(alternative);
            }
            java.util.regex.Matcher c = CLASS_AND_LITERAL.matcher(alternative);
            return c.matches() ? c.group(1).chars().mapToObj(ch -> (char) ch + c.group(2)).toList() : null;
        }

        /** The length of the name's end the pattern matches (its longest), or -1 where it matches none. */
        int endLength(String name) {
            int found = -1;
            if (!name.isEmpty()) {
                String[] literals = literalsByLastCharacter.get(name.charAt(name.length() - 1));
                if (literals != null) {
                    for (String l : literals) {
                        if (name.endsWith(l)) {
                            found = l.length();
                            break;
                        }
                    }
                }
                if (syntax != null && (syntaxAtAnyEnd || syntaxEnds.indexOf(name.charAt(name.length() - 1)) >= 0)) {
                    Matcher m = syntax.matcher(name).region(Math.max(0, name.length() - syntaxLongest), name.length())
                        .useTransparentBounds(true);
                    if (m.find()) {
                        found = Math.max(found, name.length() - m.start());
                    }
                }
            }
            return found;
        }

        boolean endOf(String name) {
            return endLength(name) >= 0;
        }
    }

    /** A suffix word alone, or a party body without its place: a fragment, not a name. */
    /** A body's own board, party or staff body written after a bare suffix word (公司董事会, 集团党委): no name. */
    private static final Pattern BARE_BODYS_UNIT = Pattern.compile("(公司|集团|学校|医院|大学|学院|银行|企业|单位|协会)"
        + "(董事会|监事会|股东大会|党委|党组|党支部|工会|纪委|团委|管理层|领导班子|经营层)");

    /** A company's or a group's words alone (公司子公司, 该公司全资子公司, 集团公司): the class a sentence refers to, no name. */
    private static final Pattern COMPANY_WORDS_ALONE = Pattern.compile("((本|该|其|各|全资|控股|参股)?(子|母|分|总|集团)?(公司|集团))+");

    /** A body named by generic words alone (联合研究中心, 工程技术研究中心, 重点实验室, 急诊急救中心): a kind of body, no name. */
    private static final Pattern GENERIC_BODY = Pattern.compile("(联合|协同|创新|工程|技术|研究|研发|重点|国际|产业|综合|"
        + "共性|公共|服务|急诊|急救|胸痛|卒中|创伤|远程|医疗|诊疗|透析)+(研究中心|实验室|研究院|研究所|中心|平台)");

    private static final Set<String> BARE = Set.of("街道办事处", "乡镇人民政府", "公司", "集团", "研究院", "研究所", "中心", "团队", "委员会", "办公室",
        "实验室", "大学", "学院", "银行", "政府", "人民政府", "管委会", "工业局", "创新团队",
        "集团公司", "有限公司", "股份公司", "分公司", "子公司", "总公司", "联合实验室", "重点实验室", "全国重点实验室", "办公厅",
        "研究中心", "技术中心", "工程中心", "创新中心", "研发中心", "孵化器", "研究生院", "村委会", "居委会", "村民委员会",
        "居民委员会", "党支部", "村党支部", "党委", "党组", "合作社", "海关", "协会", "学会", "商会", "联合会", "促进会", "研究会",
        "基金会", "家庭农场", "专业合作社");

    /**
     * A department named by its function alone (财政局, 科技局, 市场监督管理局): every city has one, so without its
     * place or level (市财政局) it names none — 各区县科技局、财政局 addresses them all.
     */
    private static final Pattern BY_FUNCTION_ALONE = Pattern.compile("(科学技术|科技|财政|教育|公安|税务|卫生健康|卫健|卫生|"
        + "工商|商务|民政|人力资源和社会保障|人力社保|人社|自然资源和规划|规划和自然资源|自然资源|生态环境|环保|住房和城乡建设|"
        + "住建|交通运输|交通|水利|水务|农业农村|农业|文化和旅游|文化广电旅游|文旅|文化|审计|统计|市场监督管理|市场监管|"
        + "应急管理|发展和改革|发展改革|发改|工业和信息化|工信|经济和信息化|经信|司法|外事|体育|林业|粮食和物资储备|医疗保障|"
        + "医保|大数据|数据资源|地方金融监督管理|金融|国有资产监督管理|国资|城市管理|城管|退役军人事务|信访|机关事务管理|"
        + "知识产权|行政审批服务|政务服务|投资促进|海洋|能源)(局|厅)");

    /**
     * A party committee's department by its function alone (省委常委、宣传部部长: 宣传部): the committee's, named
     * before; with its committee (省委宣传部, 中央统战部) it is a body.
     */
    private static final Set<String> PARTY_DEPARTMENTS_ALONE = Set.of("宣传部", "组织部", "统战部", "统一战线工作部",
        "政法委", "网信办", "编办", "机构编制委员会办公室");

    /** Where a department named by its function alone that opens at {@code at} ends (科技局 of …（温州高新区）科技局), or -1. */
    static int functionBodyEnd(String text, int at) {
        Matcher b = BY_FUNCTION_ALONE.matcher(text).region(at, Math.min(text.length(), at + 16));
        return b.lookingAt() ? b.end() : -1;
    }

    /** 杭科高〔2021〕102号: a document number's issuer code is no name, whatever the tagger makes of it. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\p{IsHan}{0,4}[〔\\[［（(][0-9]{4}[〕\\]］）)][0-9]{1,4}号");

    static boolean inADocumentNumber(String text, Mention m) {
        int end = m.span().end();
        for (int i = end; i < Math.min(text.length(), end + 5); i++) { // the year's bracket, after four characters at most
            if ("〔[［（(".indexOf(text.charAt(i)) >= 0) {
                return DOCUMENT_NUMBER.matcher(text).region(end, text.length()).lookingAt();
            }
        }
        return false;
    }

    /** What a thing named after a person is: 图灵机模型, 摩尔定律 (an award or a doctrine keeps its person). */
    private static final Pattern NAMED_AFTER = Pattern.compile("(架构|定律|定理|方程|算法|效应|模型|式|体系结构)");
    /** 时代·未来城广场: a place or body written with a middle dot opens at the name before the dot. */
    private static final Pattern BEFORE_A_DOT = Pattern.compile("[\\p{IsHan}&&[^的和与及在是为对]]{2,6}[·•・]$");

    private static Mention withTheNameBeforeItsDot(String text, Mention m) {
        int begin = m.span().begin();
        if (m.type() == EntityType.PER || begin < 3 || "·•・".indexOf(text.charAt(begin - 1)) < 0) {
            return m;
        }
        Matcher d = BEFORE_A_DOT.matcher(text).region(Math.max(0, begin - 7), begin);
        return d.find() ? mention(text, d.start(), m.span().end(), m.type()) : m;
    }

    /**
     * [吐尔尕特]口岸 → 吐尔尕特口岸: a land port is a place named with its word, whatever the tagger made of the name
     * before it (a person, a place); a division's full name before 口岸 names the division's ports.
     */
    private static Mention withItsPort(String text, Mention m) {
        int end = m.span().end();
        return m.type() != EntityType.ORG && text.startsWith("口岸", end) && m.surface().length() >= 2
            && !lastIs(m.surface(), "省市区县州旗盟") // 瑞丽市口岸: the city's ports, not one named
            ? mention(text, m.span().begin(), end + 2, EntityType.LOC) : m;
    }

    /** The characters names of Uyghur, Kazakh and other origins are written with (阿不都热依木, 艾尔肯, 吐尼亚孜). */
    private static final String TRANSLITERATION = "阿艾爱安奥巴拜班包贝比别波伯布卜不才查达戴丹德迪丁都杜多厄恩尔法菲夫弗福"
        + "盖甘格古哈海罕汗赫胡吉加杰金卡凯坎克肯库拉莱兰勒雷力利丽列林龙鲁罗洛马玛迈麦曼梅米敏莫默姆木穆娜纳乃奈尼努诺帕佩皮"
        + "普齐乔钦萨塞赛桑沙尚舍什斯苏索塔泰坦特提铁图吐托瓦万维沃乌吾西希夏谢辛逊亚雅耶伊依尤扎孜卓祖热买合甫江";

    /** Characters of such names that are adverbs too (阿不都, 他们都): a name neither opens nor ends with one alone. */
    private static final String ADVERBS_OF_NAMES = "不都";

    /**
     * [阿不都]热依木·阿吉 → 阿不都热依木·阿吉, 买买提江·[阿]不都热依木 → 买买提江·阿不都热依木: a person written with a
     * middle dot whose name the tagger cut opens and ends where the name's characters do, over words of one character
     * (the segmenter cuts such names into them) or its own persons' words, six characters at most on either side.
     */
    private static Mention withTheWholeNameAroundItsDot(String text, Mention m, List<io.policylens.text.Token> words) {
        if (m.type() != EntityType.PER || m.surface().indexOf('·') < 0 || words.isEmpty()) {
            return m;
        }
        int begin = m.span().begin();
        int opens = begin;
        if (begin > 0 && TRANSLITERATION.indexOf(text.charAt(begin - 1)) >= 0) {
            for (int k = WordIndex.endingAt(words, begin); k >= 0 && begin - words.get(k).begin() <= 6; k--) {
                if (!ofATransliteratedName(words.get(k)) || k > 0 && words.get(k - 1).end() != words.get(k).begin()) {
                    break;
                }
                opens = words.get(k).begin();
            }
            while (opens < begin && ADVERBS_OF_NAMES.indexOf(text.charAt(opens)) >= 0) {
                opens++; // 阿不都 is a name's, but 他们都 + 艾尔肯·… is an adverb's
            }
        }
        int end = m.span().end();
        int ends = end;
        if (end < text.length() && TRANSLITERATION.indexOf(text.charAt(end)) >= 0) {
            int k = WordIndex.at(words, end);
            for (; k >= 0 && k < words.size() && words.get(k).end() - end <= 6; k++) {
                if (!ofATransliteratedName(words.get(k)) || words.get(k).begin() != (k > 0 ? words.get(k - 1).end() : 0)) {
                    break;
                }
                ends = words.get(k).end();
            }
            while (ends > end && ADVERBS_OF_NAMES.indexOf(text.charAt(ends - 1)) >= 0 && !text.startsWith("阿不都", ends - 3)) {
                ends--; // …·吐尔逊 + 都说: an adverb's, not the name's
            }
        }
        return opens < begin || ends > end ? mention(text, opens, ends, EntityType.PER) : m;
    }

    /** A word a transliterated name is cut into: one character, or a person's word, of the name's characters. */
    private static boolean ofATransliteratedName(io.policylens.text.Token w) {
        return (w.text().length() == 1 || w.tag().startsWith("nr")) && w.text().chars().allMatch(c -> TRANSLITERATION.indexOf(c) >= 0);
    }

    /**
     * A programme, a platform or a project is no body (星河平台, 启明工程), nor is an event (…产业发展大会, …论坛; a
     * congress of representatives and the UN's General Assembly are bodies); a team of a metaphor is none either,
     * and people who do something are none (创业者, which the segmenter's dictionary calls a company).
     */
    private static final EndPattern NO_BODY = EndPattern.of("者|平台|工程|计划|项目|行动|(?<!生产建设)兵团|国家队|(?<!代表|联合国|会员)大会|论坛|"
        + "峰会|博览会|展览会|交易会|洽谈会|研讨会|发布会|推介会|年会");
    /** Bodies named by their rank are a class of them, not one (省级企业研究院, 国家级孵化器). */
    private static final Pattern A_CLASS_OF_BODIES = Pattern.compile("(国家|省|市|县|区|部|厅)级");

    /** 省级…, 国家级…: tried only where 级 stands second or third. */
    private static boolean namedByItsRank(String name) {
        int rank = name.indexOf('级', 1);
        return (rank == 1 || rank == 2) && A_CLASS_OF_BODIES.matcher(name).lookingAt();
    }
    /** Bodies counted (多家银行, 20家企业, 两所高校): a number of them, not one. */
    private static final Pattern COUNTED = Pattern.compile("([0-9０-９]+|[一二两三四五六七八九十几多数]+)(家|所|批|组|支)");
    /** The characters {@link #COUNTED} can open with: the pattern runs only on names that open so. */
    private static final String COUNT_FIRST = "0123456789０１２３４５６７８９一二两三四五六七八九十几多数";
    /**
     * Bodies of the place the text is about (本港大学, 本市企业), all of a kind in it (全港中学, 全市高校; 全国人大 is
     * one), one named before (该局办公室), each of a kind (区各委), the writer's own (学校材料学院, 我校): no name.
     */
    private static final Pattern THIS_PLACES = Pattern.compile("[本全](港|市|省|区|县|镇|澳)|本(地|国)|(该|上述|这个|这家)\\p{IsHan}|[省市区县]?各"
        + "|学校|[我本][校院所]|辖区|当地");
    /** The characters {@link #THIS_PLACES} can open with: the pattern runs only on names that open so. */
    private static final String THIS_PLACES_FIRST = "本全该上这省市区县各学我辖当";
    /** Divisions counted (沿黄九省区, 三县): a number of them, not one. */
    private static final Pattern COUNTED_DIVISIONS = Pattern.compile("[一二两三四五六七八九十几多数](省区市|省区|省市|省|市|县|区)$");

    /** Whether a place's name ends counting divisions: tried only on names ending in a division's word, at their end. */
    private static boolean countsDivisions(String name) {
        return lastIs(name, "省区市县") && COUNTED_DIVISIONS.matcher(name)
            .region(Math.max(0, name.length() - 4), name.length()).useTransparentBounds(true).find();
    }

    /**
     * Whether a mention is no name ({@link #fragment}), but for a division the table names, whatever its name ends
     * with: 称多县, 治多县 and 二七区 end as a count of divisions does, and are one place each.
     */
    boolean noName(Mention m) {
        return fragment(m) && !(m.type() == EntityType.LOC && divisions.contains(m.surface()));
    }
    /** A direction or a side is no place (城市东北角, 东部). */
    private static final Pattern DIRECTION = Pattern.compile("[东南西北]{1,2}(角|部|侧|边|端)");
    /** A kind of division without its name (各区县（自治县）): no place. */
    private static final Set<String> BARE_DIVISION = Set.of("自治区", "自治州", "自治县", "自治旗", "直辖市", "地级市", "县级市",
        "特别行政区", "行政区");

    /** Characters that write foreign names by their sound (伊万诺夫, 撒切尔): such names open with no family name. */
    private static final String BY_SOUND = "阿埃艾爱安奥巴拜班邦贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁杜多厄恩尔法菲费芬弗福"
        + "盖甘戈格古哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康考柯科克肯库拉莱兰朗劳勒雷里利莉丽林琳隆卢鲁路伦罗洛马迈麦曼梅蒙米"
        + "密姆莫默穆纳娜奈内尼妮宁纽诺欧帕佩彭皮珀普齐奇乔切琼丘萨塞桑森沙莎尚舍什施斯松苏索塔泰坦汤特提托瓦威韦维温沃乌伍"
        + "西希锡谢辛休雅亚扬耶伊因英尤约泽扎詹朱卓兹佐夫顿";

    /**
     * A single character, a bare suffix word (公司, 研究院, 省委), a department by its function alone (财政局), a
     * programme or a direction: a fragment of a name, or no name. A person of three Chinese characters opens with a
     * family name or is written by sound; a product or a company run into the character before it is neither
     * (手机用上麒麟芯片 → 上麒麟).
     */
    static boolean fragment(Mention m) {
        return m.surface().length() < 2
            || m.type() == EntityType.ORG && (BARE.contains(m.surface()) || NO_BODY.endOf(m.surface())
                || lastIs(m.surface(), "会委组部层子")
                    && BARE_BODYS_UNIT.matcher(m.surface()).matches()
                || lastIs(m.surface(), "心室院所台")
                    && GENERIC_BODY.matcher(m.surface()).matches()
                || lastIs(m.surface(), "司团") && COMPANY_WORDS_ALONE.matcher(m.surface()).matches()
                || lastIs(m.surface(), "局厅")
                    && BY_FUNCTION_ALONE.matcher(m.surface()).matches()
                || PARTY_DEPARTMENTS_ALONE.contains(m.surface())
                || namedByItsRank(m.surface())
                || THIS_PLACES_FIRST.indexOf(m.surface().charAt(0)) >= 0 && THIS_PLACES.matcher(m.surface()).lookingAt()
                || COUNT_FIRST.indexOf(m.surface().charAt(0)) >= 0 && COUNTED.matcher(m.surface()).lookingAt()
                || countsGovernments(m.surface()))
            || m.type() == EntityType.LOC && (DIRECTION.matcher(m.surface()).matches() || BARE_DIVISION.contains(m.surface())
                || countsDivisions(m.surface()))
            || m.type() == EntityType.PER && neitherFamilyNameNorSound(m.surface());
    }

    private static boolean neitherFamilyNameNorSound(String name) {
        return name.length() == 3 && name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            && !PersonsByTitle.opensWithFamilyName(name) && name.chars().noneMatch(c -> BY_SOUND.indexOf(c) >= 0);
    }

    /** 第十届全国人民代表大会常务委员会 → 全国人民代表大会常务委员会: a body's term is not part of its name. */
    private static final Pattern ORDINAL = Pattern.compile("^第[一二三四五六七八九十百零〇两0-9]{1,4}[届次期]");

    private static Mention withoutOrdinal(String text, Mention m) {
        Matcher o = ORDINAL.matcher(m.surface());
        return m.type() == EntityType.ORG && o.find() && m.surface().length() - o.end() >= 2
            ? mention(text, m.span().begin() + o.end(), m.span().end(), EntityType.ORG) : m;
    }

    /**
     * [杭州市][科技局] → 杭州市科技局, [中国人民银行][常德市中心支行] → one body: a place or body written right before a
     * body is part of its name (a list would put 、 or 和 between them); so is a zone the body's name opened inside.
     */
    private static List<Mention> joinedToTheirBody(String text, List<Mention> ms) {
        return mergedPairs(ms, (before, body) -> {
            // A body the tagger opened inside the zone before it ([杭州未来[科技城]管委会]) is the zone's body too.
            boolean adjoins = before.span().end() == body.span().begin() || before.type() == EntityType.LOC
                && before.span().begin() < body.span().begin() && before.span().end() > body.span().begin()
                && before.span().end() < body.span().end();
            return body.type() == EntityType.ORG && before.type() != EntityType.PER && adjoins
                && endsLikeABody(body.surface())
                ? mention(text, before.span().begin(), body.span().end(), EntityType.ORG) : null;
        });
    }

    /** A party committee (中共浙江省委, 市委, 中央): its commissions and leading groups are named after it. */
    private static final EndPattern PARTY_COMMITTEE = EndPattern.of("中共中央|党中央|中央|[省市区县州旗盟]委|党委");
    /** A commission or a leading group named by its remit (全面深化改革委员会, 人才工作领导小组), and its office. */
    private static final Pattern COMMISSION = Pattern.compile(
        "(?![和与及])([\\p{IsHan}&&[^的是在为对由将从向被把了着与及]]{2,12}?)(?:委员会|领导小组)(?:办公室)?");
    /** What says the words before 委员会 are a sentence's, not a remit (省委召开…, 市委书记…). */
    private static final Pattern NO_REMIT = Pattern.compile(
        "召开|印发|审议|研究|部署|听取|举行|组织|成立|批准|决定|同意|任命|要求|关于|设立|调整|主持|出席|会议|下设|牵头|"
            + "领导|常委|书记|主任|发布|出台|通过|担任|兼任|政府|人大|政协|办公厅|宣传部|组织部");
    /** A committee or a leading group whose office may be written after it. */
    private static final EndPattern OFFICE_HOLDER = EndPattern.of("委员会|领导小组|[省市区县州]委");

    /**
     * [中共浙江省委]全面深化改革委员会办公室 → one body, [长江经济带发展领导小组]办公室 → one body: a party committee's
     * commission named by its remit, and a committee's or a leading group's office, are named whole after their
     * parent where the tagger stopped at the parent (its verbs, 深化改革, end the tagger's names).
     */
    private static List<Mention> withTheirCommission(String text, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        int covered = -1;
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.span().begin() < covered) {
                continue; // a part of the whole the tagger found on its own
            }
            int whole = commissionEnd(text, m);
            if (whole > m.span().end() && !crossedAt(ms, i + 1, whole)) {
                out.add(mention(text, m.span().begin(), whole, EntityType.ORG));
                covered = whole;
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** A national centre's field, between 国家 and the city that hosts it (国家超级计算 + 长沙 + 中心). */
    private static final Pattern NATIONAL_FIELD = Pattern.compile("国家([\\p{IsHan}&&[^的是在为对由将从向被把了着和与及]]{2,10})");
    /** What makes the words after 国家 a sentence's, not a centre's field (国家支持长沙…). */
    private static final Pattern NO_FIELD = Pattern.compile(
        "支持|鼓励|批复|批准|同意|要求|推动|建设|设立|布局|认定|授予|发布|出台|实施|加快|给予|投入|^级|层面|部委|战略");

    /**
     * [国家超级计算][长沙中心] → 国家超级计算长沙中心, 国家技术转移 + 苏南 + 中心: a national centre is named by its field
     * and the city or region that hosts it, and the tagger reads the place and the centre as a place.
     */
    private static List<Mention> nationalCentres(String text, List<Mention> ms) {
        if (!text.contains("国家")) {
            return ms;
        }
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 0; i < out.size(); i++) {
            Mention place = out.get(i);
            if (place.type() == EntityType.PER) {
                continue; // a place, or a centre the tagger named by its place alone ([西南中心])
            }
            int end = place.span().end();
            int centreEnd = place.surface().endsWith("中心") ? end
                : text.startsWith("中心", end) ? end + 2 : text.startsWith("分中心", end) ? end + 3 : -1;
            if (centreEnd < 0) {
                continue;
            }
            // 国家 two to ten characters before the place: searched there only, not back through the text.
            int b = place.span().begin();
            int at = text.substring(Math.max(0, b - 12), Math.max(0, b - 2)).lastIndexOf("国家");
            if (at < 0) {
                continue;
            }
            at += Math.max(0, b - 12);
            Matcher f = NATIONAL_FIELD.matcher(text).region(at, place.span().begin());
            if (!f.matches() || NO_FIELD.matcher(f.group(1)).find()) {
                continue;
            }
            if (replaceWhatItHolds(text, new Span(at, centreEnd), EntityType.ORG, out)) {
                out.sort(Comparator.comparing(Mention::span));
                i = -1;
            }
        }
        return out;
    }

    /** What a village's or a town's cooperative or association ends with. */
    private static final Set<String> COOPERATIVE_WORDS = Set.of("合作社", "联合社", "协会", "商会", "联合会", "促进会", "研究会",
        "家庭农场");
    /** A farm's or a cooperative's legal form: its name may hold its founder's name and run longer (卢伟农机专业合作社). */
    private static final Set<String> FARMS = Set.of("合作社", "联合社", "家庭农场");

    /**
     * [德清县][莫干山镇][劳岭村]股份经济合作社 → 劳岭村股份经济合作社…: a cooperative or an association named by its
     * place and field (nouns only, up to eight characters with its word) is a body with the places written right before
     * it, where the tagger found the places alone. A cooperative or a family farm may be named after its founder
     * ([梨树县][卢伟]农机农民专业合作社 is one body, up to twelve characters after the place).
     */
    private static List<Mention> cooperativesOfTheirPlace(String text, List<Mention> ms, List<io.policylens.text.Token> words) {
        if (words.isEmpty()) {
            return ms;
        }
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 0; i < out.size(); i++) {
            Mention place = out.get(i);
            int end = place.span().end();
            if (place.type() != EntityType.LOC || !aCooperativeWordAhead(text, end)) {
                continue;
            }
            int first = WordIndex.firstFrom(words, end);
            int bodyEnd = -1;
            boolean farm = false;
            boolean named = false; // a founder's name or a trade name's characters, which only a farm's name holds
            for (int k = first; k < words.size() && words.get(k).begin() < end + 12; k++) {
                io.policylens.text.Token w = words.get(k);
                if (k == first && w.begin() != end) {
                    break;
                }
                if (COOPERATIVE_WORDS.contains(w.text()) || w.text().equals("农场") && k > first
                    && words.get(k - 1).text().equals("家庭")) { // 家庭/农场, as the segmenter cuts it
                    bodyEnd = w.end();
                    farm = FARMS.contains(w.text()) || w.text().equals("农场");
                    break;
                }
                String tag = w.tag();
                if (tag.startsWith("nr") || tag.equals("ag") || tag.equals("nnt") || tag.equals("ng")
                    || insideAPerson(out, w)) { // 王/n 建军/vi: the tagger's person, however the segmenter cut it
                    named = true;
                } else if (!(tag.startsWith("n") || tag.equals("vn") || tag.startsWith("b"))) {
                    break;
                }
            }
            if (bodyEnd < 0 || bodyEnd - end > (farm ? 12 : 8) || named && !farm) {
                continue;
            }
            int last = bodyEnd;
            boolean founderAllowed = farm;
            // A name the tagger found right after the place stands, but for the founder a farm is named after.
            if (out.stream().anyMatch(m -> m.span().begin() >= end && m.span().begin() < last
                && !(founderAllowed && m.type() == EntityType.PER && m.span().end() <= last))) {
                continue;
            }
            int begin = place.span().begin();
            // The places written right before it open its name too (德清县 + 莫干山镇 + 劳岭村).
            for (int j = i - 1; j >= 0 && out.get(j).type() == EntityType.LOC && out.get(j).span().end() == begin; j--) {
                begin = out.get(j).span().begin();
            }
            if (replaceWhatItHolds(text, new Span(begin, bodyEnd), EntityType.ORG, out)) {
                out.sort(Comparator.comparing(Mention::span));
                i = -1;
            }
        }
        // A family farm or a cooperative the tagger took for a place is a body (鑫源家庭农场).
        out.replaceAll(m -> m.type() == EntityType.LOC && (m.surface().endsWith("家庭农场") || m.surface().endsWith("合作社"))
            ? mention(text, m.span().begin(), m.span().end(), EntityType.ORG) : m);
        return out;
    }

    /** A school's number (七, 二十, 101): a numeral the segmenter keeps as a word of its own. */
    private static final Pattern SCHOOL_NUMBER = Pattern.compile("[一二三四五六七八九十]{1,3}|[0-9]{1,3}");
    /** What follows a school's number: a secondary or a primary school, written whole or by one character. */
    private static final Set<String> NUMBERED_SCHOOLS = Set.of("中", "小", "中学", "小学", "附中", "附小");

    /**
     * [成都]七中, [北京]二中, [保定]一中分校: a school named by its city and number is a body (MSRA's annotators
     * agree), where the segmenter cuts the number and 中 or 小 as words of their own (二/中/队 of …二中队 is not: 中队 is
     * one word; nor is 三中全会).
     */
    private static List<Mention> numberedSchools(String text, List<Mention> ms, List<io.policylens.text.Token> words) {
        List<Mention> out = ms;
        for (Mention place : ms) {
            int end = place.span().end();
            if (place.type() != EntityType.LOC || end + 2 > text.length() || !isNumeralCharacter(text.charAt(end))) {
                continue; // most places are followed by no numeral: no look-up
            }
            int k = WordIndex.at(words, end);
            if (k < 0 || k + 1 >= words.size() || !SCHOOL_NUMBER.matcher(words.get(k).text()).matches()
                || words.get(k + 1).begin() != words.get(k).end() || !NUMBERED_SCHOOLS.contains(words.get(k + 1).text())) {
                continue;
            }
            if (out == ms) {
                out = new ArrayList<>(ms);
            }
            replaceWhatItHolds(text, new Span(place.span().begin(), words.get(k + 1).end()), EntityType.ORG, out);
        }
        if (out != ms) {
            out.sort(Comparator.comparing(Mention::span));
        }
        return out;
    }

    private static boolean isNumeralCharacter(char c) {
        return c >= '0' && c <= '9' || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean insideAPerson(List<Mention> ms, io.policylens.text.Token w) {
        for (Mention m : ms) {
            if (m.type() == EntityType.PER && m.span().begin() <= w.begin() && m.span().end() >= w.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether 社, 会 or 场 stands within twelve characters after {@code at}, before any punctuation: the cheap gate. */
    private static boolean aCooperativeWordAhead(String text, int at) {
        return ahead(text, at, 12, "社会场", BREAKS);
    }

    /**
     * Whether one of {@code wanted} stands after {@code at} and before {@code at + reach}, with none of {@code stops}
     * before it: the cheap gate of a rule whose pattern ends with a word ending in one of those characters.
     */
    static boolean ahead(String text, int at, int reach, String wanted, String stops) {
        for (int i = at + 1; i < Math.min(text.length(), at + reach); i++) {
            char c = text.charAt(i);
            if (wanted.indexOf(c) >= 0) {
                return true;
            }
            if (stops.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** Whether a mention from {@code from} on (sorted by start) runs across {@code end}. */
    private static boolean crossedAt(List<Mention> ms, int from, int end) {
        for (int k = from; k < ms.size() && ms.get(k).span().begin() < end; k++) {
            if (ms.get(k).span().end() > end) {
                return true;
            }
        }
        return false;
    }

    /** Where the commission or office named after a body ends, or the body's own end. */
    private static int commissionEnd(String text, Mention m) {
        int end = m.span().end();
        if (m.type() != EntityType.ORG || end >= text.length() || !HanChars.isHan(text.charAt(end))) {
            return end;
        }
        if (PARTY_COMMITTEE.endOf(m.surface()) || m.surface().startsWith("中共") && m.surface().endsWith("委员会")) {
            Matcher c = COMMISSION.matcher(text).region(end, Math.min(text.length(), end + 19));
            if (c.lookingAt() && !NO_REMIT.matcher(c.group(1)).find()) {
                return c.end();
            }
        }
        return OFFICE_HOLDER.endOf(m.surface()) && text.startsWith("办公室", end) ? end + 3 : end;
    }

    /**
     * Each mention and the one before it, merged where {@code merge} makes one of the pair (null: they stay apart);
     * a merged name is tried again with the one before it ([丽水市][松阳县][…机场]).
     */
    private static List<Mention> mergedPairs(List<Mention> ms, java.util.function.BinaryOperator<Mention> merge) {
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 1; i < out.size(); i++) {
            Mention merged = merge.apply(out.get(i - 1), out.get(i));
            if (merged != null) {
                out.set(i - 1, merged);
                out.remove(i);
                i = Math.max(i - 2, 0);
            }
        }
        return out;
    }

    /** A state's form of government, written after its short name in its full name (巴基斯坦 + 伊斯兰共和国). */
    private static final Pattern STATE_FORM = Pattern.compile("^\\p{IsHan}{0,5}(共和国|王国|合众国|联邦|大公国|酋长国|苏丹国)$");

    /**
     * [巴基斯坦][伊斯兰共和国] → 巴基斯坦伊斯兰共和国: a country's full name is one place, where the tagger cut its
     * form of government off as a place of its own.
     */
    private static List<Mention> countriesByTheirFullName(String text, List<Mention> ms) {
        return mergedPairs(ms, (country, form) -> form.type() == EntityType.LOC && country.type() == EntityType.LOC
            && country.span().end() == form.span().begin() && lastIs(form.surface(), "国邦")
            && STATE_FORM.matcher(form.surface()).matches() && !STATE_FORM.matcher(country.surface()).matches()
            ? mention(text, country.span().begin(), form.span().end(), EntityType.LOC) : null);
    }

    /** Whether the name ends with one of the characters: the cheap gate before a pattern that ends so. */
    private static boolean lastIs(String s, String characters) {
        return !s.isEmpty() && characters.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** What an airport's, a port's or a station's name ends with. */
    private static final Pattern FACILITY = Pattern.compile("(机场|港|码头|火车站|高铁站|口岸|大桥)$");

    /**
     * [杭州][萧山国际机场] → 杭州萧山国际机场, [丽水市][松阳县][…通用机场], [宁波][舟山港]: the places written right
     * before an airport, a port or a station are part of its name.
     */
    private List<Mention> facilitiesWithTheirPlaces(String text, List<Mention> ms) {
        return mergedPairs(ms, (before, facility) -> facility.type() == EntityType.LOC && before.type() == EntityType.LOC
            && before.span().end() == facility.span().begin() && FACILITY.matcher(facility.surface()).find()
            && facility.surface().length() > 2 && !aDivision(facility.surface())
            ? mention(text, before.span().begin(), facility.span().end(), EntityType.LOC) : null);
    }

    /** The field between a university and its school: characters of a name, 与/和/及 among them. */
    private static final Pattern FIELD_BETWEEN = Pattern.compile("(?!.*(学院|大学|研究院|研究所))[\\p{IsHan}&&[^的是在为对由将从向被把了着、]]{2,10}");

    /**
     * [南京大学][现代工程与][应用科学学院] → 南京大学: a school the tagger cut after the 与 of its field is the
     * university's where, written whole, it folds into it ({@link #withoutInternalUnit}).
     */
    private List<Mention> schoolsWithTheirUniversity(String text, List<Mention> ms) {
        return mergedPairs(ms, (university, school) -> {
            if (school.type() != EntityType.ORG || university.type() != EntityType.ORG
                || university.span().end() >= school.span().begin()
                || school.span().begin() - university.span().end() > 10 // the field's most: its look-ahead stays short
                || !FIELD_BETWEEN.matcher(text).region(university.span().end(), school.span().begin()).matches()) {
                return null;
            }
            Mention folded = withoutInternalUnit(text, mention(text, university.span().begin(), school.span().end(), EntityType.ORG));
            return folded.span().equals(university.span()) ? folded : null;
        });
    }

    /** A university's name and the campus's city after it in brackets: 香港科技大学（广州）, 哈尔滨工业大学(深圳). */
    private static final Pattern CAMPUS = Pattern.compile("[（(]\\p{IsHan}{2,4}[）)]");

    /**
     * [香港科技大学]（[广州]） → one university: a campus is named by its city in brackets after its university's name,
     * and the city is then part of the name, not a place of the text.
     */
    private static List<Mention> withTheirCampus(String text, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.type() != EntityType.ORG || !m.surface().endsWith("大学")) {
                continue;
            }
            Matcher c = CAMPUS.matcher(text).region(m.span().end(), text.length());
            if (!c.lookingAt()) {
                continue;
            }
            Span campus = new Span(m.span().end() + 1, c.end() - 1);
            boolean aPlace = out.stream().anyMatch(o -> o.type() == EntityType.LOC && o.span().equals(campus));
            if (aPlace) {
                out.removeIf(o -> o.span().equals(campus));
                out.set(out.indexOf(m), mention(text, m.span().begin(), c.end(), EntityType.ORG));
            }
        }
        return out;
    }

    /** A division by its full or its short name (连云港 is a city, not a port). */
    private boolean aDivision(String name) {
        return divisions.contains(name) || divisions.contains(name + "市") || divisions.contains(name + "县") || divisions.contains(name + "区");
    }

    /** A school and who founded it: 国立清华大学, 市立第一中学 (the tagger often leaves the founder out). */
    private static final Pattern FOUNDER = Pattern.compile("(国立|私立|省立|市立|县立|区立|公立)$");
    private static final Pattern SCHOOL = Pattern.compile("(大学|学院|中学|小学|医院|图书馆|博物馆)$");

    private static Mention withItsFounder(String text, Mention m) {
        int begin = m.span().begin();
        if (m.type() != EntityType.ORG || begin < 2 || !SCHOOL.matcher(m.surface()).find()
            || !FOUNDER.matcher(text).region(begin - 2, begin).find()) {
            return m;
        }
        return mention(text, begin - 2, m.span().end(), EntityType.ORG);
    }

    /** A bank's or a company's branch named by its place (上海市分行, 杭州分公司); 分行业 is "by industry". */
    private static final Pattern BRANCH = Pattern.compile("[省市]?(中心支行|分行|支行|分公司|营业管理部)(?!业)");

    /** The pattern's cheap gate: a branch's word opens at {@code at}, or after a level's character there. */
    private static boolean mayOpenABranch(String text, int at) {
        int i = at < text.length() && (text.charAt(at) == '省' || text.charAt(at) == '市') ? at + 1 : at;
        return i < text.length() && "分支中营".indexOf(text.charAt(i)) >= 0;
    }

    /** What a division's name ends with after its stem (喀什 + 地区, 锡林郭勒 + 盟 as well as 南山 + 区). */
    private static final String[] DIVISION_SUFFIXES = {"区", "市", "县", "省", "地区", "盟"};

    private Mention extend(String text, Mention m, java.util.BitSet insideAWord, java.util.BitSet inPlaceWords) {
        int end = m.span().end();
        // [中国银行股份有限公司][上海市]分行为… → a branch, the body's with it (joinedToTheirBody): not a place that the
        // words after it (分/行为/临港/新片区) would run on into a zone.
        Matcher branch = m.type() == EntityType.LOC && mayOpenABranch(text, end)
            ? BRANCH.matcher(text).region(end, Math.min(text.length(), end + 7)) : null;
        if (branch != null && branch.lookingAt()) {
            return mention(text, m.span().begin(), branch.end(), EntityType.ORG);
        }
        // 南山 + 区 is a division: the suffix belongs to the name, unless it opens a word of its own (市民, 县城).
        for (String suffix : DIVISION_SUFFIXES) {
            if (m.type() == EntityType.LOC && text.startsWith(suffix, end) && divisions.contains(m.surface() + suffix)
                && !insideAWord.get(end + suffix.length())) {
                return mention(text, m.span().begin(), end + suffix.length(), EntityType.LOC);
            }
        }
        if (m.type() == EntityType.LOC || m.type() == EntityType.ORG) {
            // A whole body runs into a zone's word right after it (岳麓山大学 + 科技城), not on into a zone further
            // on (…街道办事处联合杭州未来科技城): that is another name.
            int best = -1;
            for (int k = 0; k <= LOOKAHEAD && end + k <= text.length(); k++) {
                if (k > 0 && (BREAKS.indexOf(text.charAt(end + k - 1)) >= 0
                    || BEFORE_A_NAME.indexOf(text.charAt(end + k - 1)) >= 0 && !insideAWord.get(end + k - 1)
                        && !insideAWord.get(end + k))) {
                    break; // 厦门航空有限公司在片区: a zone's name holds no function word (由 of 自由贸易港 is none)
                }
                int at = end + k - 1;
                if (k > 1 && inPlaceWords.get(at) && !insideAWord.get(at) && inPlaceWords.nextClearBit(end) < at) {
                    break; // 中国总部落户合肥经开区: a place after other words opens a zone of its own (苏州相城… is one)
                }
                if (end + k == 0 || ZONE_WORD_ENDS.indexOf(text.charAt(end + k - 1)) < 0) {
                    continue; // every zone's suffix ends so: no candidate to try here
                }
                if (opensAClassOfSites(text, best > 0 ? best : end)) {
                    break; // 合肥高新区 + 企业园区, 北京经开区 + 三个产业园: sites of a kind in the zone, not one named
                }
                String candidate = text.substring(m.span().begin(), end + k);
                int zoneWord = ZONE_END.endLength(candidate);
                if (zoneWord >= 0 && candidate.length() > zoneWord + 1
                    && (m.type() == EntityType.LOC || ZONE.matcher(text.substring(end, end + k)).matches()
                        || !endsLikeABody(m.surface()))) {
                    if (holdsAClauseVerb(text.substring(end, end + k))) {
                        break; // 合肥市 + 签订 + 雷达产业园: a verb of agreeing, leading or acting together opens a clause
                    }
                    best = end + k;
                }
            }
            if (best > 0) {
                return mention(text, m.span().begin(), best, EntityType.LOC);
            }
        }
        return m;
    }

    /**
     * 江苏省先进材料与智能制造研究院, 量子信息与精密测量全国重点实验室: an institute, centre or laboratory named by two
     * fields joined by 与 (the tagger keeps the second field only, 智能制造研究院) takes the first field and the place
     * before it, where nothing but field words stand between 与 and a boundary. Not where the first part ends as a
     * body does (浙江大学与之江实验室: two bodies), nor where a place or a name stands between (…与杭州研究院).
     */
    private static List<Mention> withBothFields(String text, List<Mention> ms, List<io.policylens.text.Token> words) {
        if (words.isEmpty() || text.indexOf('与') < 0) {
            return ms;
        }
        List<Mention> out = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            out.add(m.type() == EntityType.ORG && RESEARCH_BODY.matcher(m.surface()).find() ? withBothFields(text, m, words, ms) : m);
        }
        return out;
    }

    private static final Pattern RESEARCH_BODY = Pattern.compile("(研究院|研究所|研究中心|创新中心|实验室|技术中心|工程中心)$");

    private static Mention withBothFields(String text, Mention m, List<io.policylens.text.Token> words, List<Mention> ms) {
        int k = WordIndex.at(words, m.span().begin());
        if (k < 0 || words.get(k).tag().startsWith("ns")) {
            return m; // …与杭州研究院: a body named by its own place
        }
        int j = k - 1;
        while (j >= 0 && k - j <= 3 && !words.get(j).text().equals("与") && fieldWord(words.get(j), true)) {
            j--;
        }
        if (j < 1 || !words.get(j).text().equals("与")) {
            return m;
        }
        int f = j - 1;
        while (f >= 0 && j - f <= 3 && fieldWord(words.get(f), false)) {
            f--;
        }
        if (f == j - 1) {
            return m; // no field before 与
        }
        int begin = words.get(f + 1).begin();
        String first = text.substring(begin, words.get(j).begin());
        if (first.length() > 8 || endsLikeABody(first)) {
            return m;
        }
        if (f >= 0 && words.get(f).tag().startsWith("ns")) {
            begin = words.get(f).begin(); // the place the body is named by
            f--;
        }
        int from = begin;
        boolean boundary = f < 0 || words.get(f).tag().startsWith("w") || words.get(f).tag().startsWith("p")
            || words.get(f).tag().startsWith("v") || words.get(f).tag().startsWith("u") || words.get(f).tag().startsWith("c");
        if (!boundary || ms.stream().anyMatch(o -> o != m && o.type() != EntityType.LOC && o.span().end() > from
            && o.span().begin() < m.span().begin())) {
            return m;
        }
        return mention(text, from, m.span().end(), EntityType.ORG);
    }

    /** A word of a field's name: a noun (no person's, place's or body's), a verb's noun, a distinguishing word, an adjective (先进). */
    private static boolean fieldWord(io.policylens.text.Token w, boolean verbs) {
        String t = w.tag();
        boolean noun = t.startsWith("n") && !t.startsWith("nr") && !t.startsWith("ns") && !t.startsWith("nt")
            && !t.startsWith("ni") && !t.equals("nnt");
        return noun || t.equals("vn") || t.equals("b") || t.equals("gi") || t.equals("a") && w.text().length() == 2
            || verbs && t.equals("v") && w.text().length() == 2;
    }
    /**
     * [成都市][人力资源]和[社会保障局] → one organisation: a place, a few characters, 和/及, an organisation; and a
     * department cut after its 及 at the opening of a clause ({@link #openingOfTwoFields}).
     */
    private static List<Mention> mergeCoordinated(String text, List<Mention> ms, List<io.policylens.text.Token> words) {
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 1; i < out.size(); i++) {
            Mention org = out.get(i);
            Mention before = out.get(i - 1);
            int join = org.span().begin() - 1;
            if (org.type() != EntityType.ORG || join <= before.span().end() || "和及".indexOf(text.charAt(join)) < 0) {
                continue;
            }
            String between = text.substring(before.span().end(), join);
            // A field's words stand between (浙江省 + 经济 + 和 + 信息化厅), not a body's or a park's name (杭州 + 软件园 + 和 …).
            if (before.type() == EntityType.LOC && between.length() >= 2 && between.length() <= 8
                && between.chars().noneMatch(c -> BREAKS.indexOf(c) >= 0) && !endsLikeABodyOrItsShortName(between)) {
                out.set(i - 1, mention(text, before.span().begin(), org.span().end(), EntityType.ORG));
                out.remove(i);
                i--;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Mention org = out.get(i);
            int previousEnd = i == 0 ? 0 : out.get(i - 1).span().end();
            int join = org.span().begin() - 1;
            int from = -1;
            if (org.type() == EntityType.ORG && join >= 0 && "和及".indexOf(text.charAt(join)) >= 0) {
                // The name before may be the bureau's government or place, when only field words stand between.
                int floor = i > 0 && out.get(i - 1).type() != EntityType.PER && onlyFieldWords(words, previousEnd, join)
                    ? previousEnd : -1;
                from = openingOfTwoFields(text, org, floor);
            }
            if (from >= previousEnd && from >= 0) {
                out.set(i, mention(text, from, org.span().end(), EntityType.ORG));
            } else if (from >= 0 && i > 0 && out.get(i - 1).type() == EntityType.ORG && org.span().begin() - 1 - previousEnd >= 2) {
                // [经济部][中小及][新创企业署]: the ministry written before the agency's two fields is its parent.
                out.set(i - 1, mention(text, out.get(i - 1).span().begin(), org.span().end(), EntityType.ORG));
                out.remove(i);
                i--;
            }
        }
        return out;
    }

    /** Whether the words from {@code begin} to {@code end} are all a field's (none where the text has no words). */
    private static boolean onlyFieldWords(List<io.policylens.text.Token> words, int begin, int end) {
        int k = WordIndex.at(words, begin);
        if (k < 0 || end <= begin) {
            return false;
        }
        for (; k < words.size() && words.get(k).begin() < end; k++) {
            if (words.get(k).end() > end || !(fieldWord(words.get(k), false) || words.get(k).tag().equals("vi"))) {
                return false;
            }
        }
        return true;
    }

    /** A department's word: what a bureau named by two fields ends with (创新科技及工业局, 商务及经济发展局). */
    private static final Pattern DEPARTMENT_END = Pattern.compile("(局|署|厅|委员会|办公室)$");
    /** A character a department's first field cannot end with: it would be a body of its own (市科技局和工业局). */
    private static final String ENDS_A_BODY = "局署厅委办部院所司会心室学校行";

    /**
     * [创新科技]及[工业局] → one bureau: a department the tagger cut after 及 or 和 takes the field before it, when that
     * field opens the clause (a break, a function word, or the text's start before it) or follows the name that
     * ends at {@code floor} (-1 for none: [香港特别行政区政府]创新科技及[工业局]), within eight characters. Returns
     * where the whole name begins, or -1.
     */
    private static int openingOfTwoFields(String text, Mention org, int floor) {
        int join = org.span().begin() - 1;
        if (join < 2 || "和及".indexOf(text.charAt(join)) < 0 || !DEPARTMENT_END.matcher(org.surface()).find()
            || ENDS_A_BODY.indexOf(text.charAt(join - 1)) >= 0) {
            return -1;
        }
        int from = join;
        while (from > 0 && from != floor && join - from < 8 && Character.isIdeographic(text.charAt(from - 1))
            && BREAKS.indexOf(text.charAt(from - 1)) < 0 && BEFORE_A_NAME.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        boolean opens = from == 0 || from == floor || !Character.isIdeographic(text.charAt(from - 1))
            || BREAKS.indexOf(text.charAt(from - 1)) >= 0 || BEFORE_A_NAME.indexOf(text.charAt(from - 1)) >= 0;
        return opens && join - from >= 2 ? from : -1;
    }

    /**
     * Positions inside a segmenter's word (not at its start): a name that ends there runs into a word (武汉市 of
     * 武汉/市民, 北京市 of 北京/市长).
     */
    private static java.util.BitSet insideWords(String text, List<io.policylens.text.Token> words) {
        java.util.BitSet inside = new java.util.BitSet(text.length() + 1);
        for (io.policylens.text.Token w : words) {
            if (w.end() - w.begin() > 1) {
                inside.set(w.begin() + 1, w.end());
            }
        }
        return inside;
    }

    private void addDivisionsAndRegions(String text, java.util.BitSet insideAWord, List<Mention> out) {
        List<Span> hits = new ArrayList<>();
        List<Span> regions = new ArrayList<>();
        for (var h : divisionNames.parseText(text)) {
            if (insideAWord.get(h.end)) {
                if (h.end - h.begin >= 3 && text.startsWith("市长", h.end - 1) && !REGION.equals(h.value)) {
                    // 新北市长: the city is named by its stem before the mayor's title (MSRA's annotators agree)
                    hits.add(new Span(h.begin, h.end - 1));
                }
                continue; // 武汉市民, 北京市长: the division's last character opens another word
            }
            (REGION.equals(h.value) ? regions : hits).add(new Span(h.begin, h.end));
        }
        addDivisions(text, hits, out);
        addEconomicRegions(text, regions, out);
    }

    private static void addDivisions(String text, List<Span> hits, List<Mention> out) {
        // Longest first, so that 杭州市西湖区 is not cut into what it contains.
        hits.sort(Comparator.comparingInt(Span::length).reversed().thenComparing(Comparator.naturalOrder()));
        // A division's name alone is a place, though the tagger took it for a body before a title (…自治区主席).
        Set<Span> names = new java.util.HashSet<>(hits);
        out.replaceAll(m -> m.type() == EntityType.ORG && names.contains(m.span())
            ? mention(text, m.span().begin(), m.span().end(), EntityType.LOC) : m);
        for (Span s : hits) {
            // [恩施][土家族苗族自治州], [临夏][回族自治州]: places the tagger cut a division's full name into are it.
            boolean overlapped = false;
            boolean placesInside = true;
            for (Mention m : out) { // one pass over the mentions: most hits overlap none
                if (m.span().overlaps(s)) {
                    overlapped = true;
                    placesInside &= m.type() == EntityType.LOC && s.contains(m.span());
                }
            }
            if (overlapped && placesInside) {
                out.removeIf(m -> s.contains(m.span()));
            }
            addWhereFree(text, s, EntityType.LOC, out);
        }
    }

    /**
     * Company names the dictionary knows that are everyday words too (现代产业学院, 大众创业, 长城脚下): the tagger, which
     * reads their context, decides those; the dictionary alone does not.
     */
    private static final Set<String> EVERYDAY_WORDS = Set.of("现代", "大众", "联想", "长城", "中华", "光明", "统一", "太平洋",
        "未来", "阳光", "东方", "方正", "希望", "和平", "红旗", "永久", "凤凰", "熊猫", "星星", "华夏", "神州", "长江", "黄河",
        "同仁", "天下", "世纪", "时代", "先锋", "前进", "胜利", "建设", "人民", "新华", "中国");

    /**
     * Words the segmenter's dictionaries tag as an organisation (nt: 新华社, 财政部; ntc: 腾讯, 谷歌) or a person (nr)
     * where the tagger found nothing: names a reader knows, which a tagger trained on one newspaper's years misses.
     */
    private static void addKnownNames(List<io.policylens.text.Token> words, List<Mention> out) {
        java.util.BitSet taken = new java.util.BitSet();
        out.forEach(m -> taken.set(m.span().begin(), m.span().end()));
        for (io.policylens.text.Token w : words) {
            EntityType type = w.tag().startsWith("nt") ? EntityType.ORG : w.tag().equals("nr") ? EntityType.PER : null;
            if (type == null || w.text().length() < 2 || BARE.contains(w.text()) || EVERYDAY_WORDS.contains(w.text())) {
                continue;
            }
            if (taken.get(w.begin(), w.end()).isEmpty()) {
                out.add(new Mention(new Span(w.begin(), w.end()), w.text(), type, w.text()));
            }
        }
    }
    /**
     * A government body written by its level and function, as policy text names a body of its own city or
     * province: 省科技厅, 市科技局, 区发改局, 国家发改委, 街道经济和科技促进局. The level word opens a word of the
     * segmenter's (市 of 城市 does not). 原 (the former: 中央和原国家科委) holds no name, but for 草原 (林业和草原局).
     */
    private static final Pattern LEVEL_BODY = Pattern.compile("(省|市|区|县|州|镇|乡|街道|国家|中央|自治区|地区)"
        + "((?:草原|[\\p{IsHan}&&[^的了是在与及、原]]){1,12}?)(委员会|办公室|办公厅|管委会|办事处|联合社|供销社|局|厅|委|办|署)(?![\\p{IsHan}&&[长员]])");

    private static final String ONE_CHARACTER_LEVELS = "省市区县州镇乡";

    /**
     * Whether 地区 at {@code at} is a prefecture's level (地区农业农村局, 喀什 + 地区林业和草原局): at the start of a clause or
     * after a function word or punctuation, or after the prefecture's own name; not after a word that makes it a kind of
     * region (各地区, 该地区, 贫困地区).
     */
    private boolean aPrefectureOpensAt(String text, int at, List<io.policylens.text.Token> words) {
        if (at == 0 || !HanChars.isHan(text.charAt(at - 1))) {
            return true;
        }
        int k = WordIndex.endingAt(words, at);
        if (k < 0) {
            return false;
        }
        io.policylens.text.Token before = words.get(k);
        return divisions.contains(before.text() + "地区") || before.text().length() == 1
            && "由与和及在从向对经据为将".indexOf(before.text().charAt(0)) >= 0;
    }

    /** Whether the character at {@code at} stands in a common word of two or more (签署, 布局; 科技局, 发改委 are nis). */
    private static boolean inACommonWord(List<io.policylens.text.Token> words, int at) {
        int k = WordIndex.holding(words, at);
        if (k < 0) {
            return false;
        }
        io.policylens.text.Token w = words.get(k);
        String tag = w.tag();
        return w.text().length() > 1 && !(tag.startsWith("nis") || tag.startsWith("nt") || tag.equals("j")
            || tag.equals("nz") || SUFFIX_WORDS.contains(w.text()));
    }

    /** Whether a division's name the segmenter kept whole (鹿城区/ns) ends at {@code end}. */
    private boolean endsADivision(List<io.policylens.text.Token> words, int end) {
        int k = WordIndex.endingAt(words, end);
        return k >= 0 && words.get(k).tag().startsWith("ns")
            && divisions.contains(words.get(k).text());
    }
    private static final String BODY_WORD_CHARACTERS = "会室厅处局委办署社";
    private static final String NOT_IN_A_LEVEL_BODY = "的了是在与及、原";

    /**
     * Whether {@link #LEVEL_BODY} may match at {@code at}: a level word opens there and a body's word follows within
     * the pattern's reach before a character its name cannot hold. The pattern's cheap gate: it is exact (every match
     * passes), and 市, 区, 中 and 国 are among the commonest characters of policy text.
     */
    private static boolean aLevelBodyMayOpen(String text, int at) {
        char c = text.charAt(at);
        if (ONE_CHARACTER_LEVELS.indexOf(c) < 0) {
            char next = at + 1 < text.length() ? text.charAt(at + 1) : 0;
            if (!(c == '街' && next == '道' || c == '国' && next == '家' || c == '中' && next == '央'
                || c == '自' && next == '治' || c == '地' && next == '区')) {
                return false;
            }
        }
        for (int i = at + 1; i < Math.min(text.length(), at + 18); i++) {
            char d = text.charAt(i);
            if (BODY_WORD_CHARACTERS.indexOf(d) >= 0) {
                return true;
            }
            if (NOT_IN_A_LEVEL_BODY.indexOf(d) >= 0 && !(d == '原' && text.charAt(i - 1) == '草') || !HanChars.isHan(d) && !Character.isSurrogate(d)
                && Character.UnicodeScript.of(d) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return false;
    }
    /** Suffixes the segmenter calls common nouns (办事处/n): ending in one is ending in a body's word. */
    private static final Set<String> SUFFIX_WORDS = Set.of("办事处", "委员会", "办公室", "办公厅", "管委会", "联合社", "供销社");

    private void addLevelBodies(String text, List<io.policylens.text.Token> words, java.util.BitSet insideAWord,
                                List<Mention> out) {
        // The pattern is tried only where a level word can begin: a scan for its first characters is far cheaper
        // than the regex engine's attempt at every position.
        Matcher m = LEVEL_BODY.matcher(text).useTransparentBounds(true);
        for (int i = 0; i < text.length(); i++) {
            if (!aLevelBodyMayOpen(text, i) || !m.region(i, Math.min(text.length(), i + 18)).lookingAt()) {
                continue;
            }
            // The level word opens a word, or ends a division's name the segmenter kept whole (鹿城区 + 人才办). Where it
            // does not, the scan goes on from the next character: 州 of 贵州省 is no level, 省 after it is.
            boolean opens = m.start() == 0 || !Character.isIdeographic(text.charAt(m.start() - 1))
                || words.isEmpty() || WordIndex.at(words, m.start()) >= 0 || endsADivision(words, m.start() + 1);
            if (!opens || inACommonWord(words, m.end() - 1)) {
                continue; // 四区签署, 国家布局: the suffix ends a common word
            }
            if (m.group(1).equals("地区") && !aPrefectureOpensAt(text, m.start(), words)) {
                continue; // 各地区发展改革委, 重点地区…局: regions of a kind, not a prefecture's body
            }
            int and = m.group(2).indexOf('和');
            if (and >= 1 && endsLikeABody(m.group(1) + m.group(2).substring(0, and))) {
                continue; // 街道办事处和经开区管委会: a whole body before 和 is one of two, not a field's word
            }
            if (insideAWord.get(m.end(1)) && inACommonWord(words, m.end(1))) {
                continue; // 市民当晚为稽查局, 区县科技局: the level word opens a common word, not a body's name
            }
            i = m.end() - 1;
            // …中级人民法院执行局: a court's own department is the court's
            Span whole = new Span(withItsPlace(text, m.start()), m.end());
            Span s = m.group(2).contains("法院") || m.group(2).contains("检察院")
                ? withoutInternalUnit(text, mention(text, whole.begin(), whole.end(), EntityType.ORG)).span() : whole;
            // The tagger's part of the name — the body without its level (科技促进局 of 街道经济和科技促进局), the party
            // committee of 省委人才办 — gives way to the whole name.
            out.removeIf(x -> x.type() == EntityType.ORG && s.contains(x.span()) && !x.span().equals(s)
                || x.type() == EntityType.LOC && s.contains(x.span()));
            addWhereFree(text, s, EntityType.ORG, out);
        }
    }

    /** A corridor's own name after the place or region it runs through: a code, a field, a direction (G60, 城西科创). */
    /** A corridor named by its road's code (G60科创走廊, G60 科创走廊 in a scrape). */
    private static final Pattern CODED_CORRIDOR = Pattern.compile("(?<![A-Za-z0-9])[A-Z][0-9]{1,4} ?(科创|科技|创新|产业|经济)?走廊");
    private static final Pattern CORRIDOR = Pattern.compile("[A-Za-z0-9\\p{IsHan}&&[^" + "的了是在将对从向被把和与及并已等为由或" + "]]{0,8}?走廊");

    /**
     * 长三角 + G60科创走廊, 杭州 + 城西科创大走廊: a corridor named after a place or a region is one place with it (the
     * dev pages' gold lists such corridors as places), over the names the tagger found inside it.
     */
    private static void withTheirCorridors(String text, List<Mention> out, List<io.policylens.text.Token> words) {
        Matcher c = CORRIDOR.matcher(text);
        for (Mention m : List.copyOf(out)) {
            c.region(m.span().end(), Math.min(text.length(), m.span().end() + 10));
            if (m.type() == EntityType.ORG && text.startsWith("走廊", m.span().end()) && !endsLikeABody(m.surface())) {
                replaceWhatItHolds(text, new Span(m.span().begin(), m.span().end() + 2), EntityType.LOC, out); // [宁波甬江科创]走廊
            } else if (m.type() == EntityType.LOC && out.contains(m) && c.lookingAt() && noVerb(words, m.span().end(), c.end())) {
                replaceWhatItHolds(text, new Span(m.span().begin(), c.end()), EntityType.LOC, out);
            }
        }
    }

    /** Whether no word from {@code begin} to {@code end} is a verb (杭州 + 打造/v + 科创走廊 is a clause). */
    private static boolean noVerb(List<io.policylens.text.Token> words, int begin, int end) {
        for (int k = WordIndex.firstFrom(words, begin); k < words.size() && words.get(k).begin() < end; k++) {
            String tag = words.get(k).tag();
            if (tag.startsWith("v") && !tag.equals("vn")) {
                return false;
            }
        }
        return true;
    }

    /** A party committee or a government named by its level alone (市委, 省政府, 县人民政府, 自治区党委). */
    private static final Pattern LEVEL_GOVERNMENT = Pattern.compile("(自治区|省|市|县|区)(人民政府|政府|党委|委)");
    /** Characters before a level that make it one of several (各市, 全省, 两区, 本市, 区县): a class, not a body. */
    private static final String BEFORE_A_CLASS = "各全本该每两三四五六七八九十多几数诸省市县区";

    /**
     * 市委, 省政府, 县人民政府: the document's own party committee or government, named by its level alone, is an
     * organisation (the dev pages' gold lists 市委 and 市政府), where the level opens a word of the segmenter's (or
     * follows a preposition it joined to it, 经市/政府) after no place's name (杭州/市委 is the tagger's, 中共杭州市委)
     * and no count or other level (各市政府, 两区政府, 区县人民政府: a class), and the name ends where a word does (市政府/采购 of 政府采购 is none)
     * or opens a post (市委书记).
     */
    private static void addLevelGovernments(String text, List<io.policylens.text.Token> words, java.util.BitSet insideAWord,
                                            List<Mention> out) {
        if (words.isEmpty()) {
            return;
        }
        Matcher g = LEVEL_GOVERNMENT.matcher(text);
        // Tried only where a level's character stands: a scan far cheaper than the regex engine's at every position.
        for (int at = 0; at < text.length(); at++) {
            if ("自省市县区".indexOf(text.charAt(at)) < 0 || !g.region(at, Math.min(text.length(), at + 7)).lookingAt()) {
                continue;
            }
            int b = g.start();
            int e = g.end();
            at = e - 1;
            int before = WordIndex.firstFrom(words, b) - 1;
            if (b > 0 && BEFORE_A_CLASS.indexOf(text.charAt(b - 1)) >= 0 || before >= 0 && words.get(before).end() == b
                && words.get(before).tag().startsWith("ns")) {
                continue;
            }
            int first = WordIndex.firstFrom(words, b + 1) - 1;
            boolean opens = !insideAWord.get(b) || first >= 0 && words.get(first).begin() == b - 1
                && words.get(first).end() == b + 1 && PREPOSITIONS.indexOf(text.charAt(b - 1)) >= 0;
            int last = WordIndex.firstFrom(words, e) - 1;
            boolean ends = !insideAWord.get(e) || last >= 0 && words.get(last).begin() == b
                && (words.get(last).text().endsWith("书记") || words.get(last).text().endsWith("常委"));
            int next = WordIndex.at(words, e);
            boolean opensABody = next >= 0 && (words.get(next).tag().startsWith("nis") || words.get(next).tag().startsWith("nt"));
            if (opens && ends && !opensABody) { // 市政府 + 采购中心/nis: a longer body the tagger did not find
                addWhereFree(text, new Span(b, e), EntityType.ORG, out);
            }
        }
    }

    /**
     * A company's registered name reads place, trade name, industry, legal form (北京一流科技有限公司); the tagger
     * often keeps only the last two (科技有限公司). Such a name takes the characters written right before it, up to a
     * break or a function word, and the place among them.
     */
    private static final Pattern INDUSTRY_AND_FORM = Pattern.compile("\\p{IsHan}{0,4}(股份有限公司|有限责任公司|有限公司|公司)");
    private static final String BEFORE_A_NAME = "的和与及、在由为是将对向从把被等及或";

    private static List<Mention> withTradeName(String text, List<Mention> ms, List<io.policylens.text.Token> words) {
        java.util.BitSet verbEnds = verbEnds(text, words);
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 0; i < out.size(); i++) {
            Mention org = out.get(i);
            if (org.type() != EntityType.ORG || !INDUSTRY_AND_FORM.matcher(org.surface()).matches()) {
                continue;
            }
            int begin = org.span().begin();
            // A verb or a function word before the name (确认中标海光储能公司, 也有…) is no part of it.
            while (begin > 0 && org.span().begin() - begin < 8 && Character.isIdeographic(text.charAt(begin - 1))
                && BEFORE_A_NAME.indexOf(text.charAt(begin - 1)) < 0 && !verbEnds.get(begin)) {
                begin--;
            }
            if (org.span().begin() - begin < 2) {
                continue;
            }
            int window = begin;
            List<Mention> inside = out.stream()
                .filter(m -> m != org && m.span().end() > window && m.span().begin() < org.span().begin()).toList();
            if (!inside.stream().allMatch(m -> m.type() == EntityType.LOC && m.span().begin() >= window)) {
                continue;
            }
            // A registered name opens with its place: a place among those characters is where it begins (包括 is not
            // part of 包括北京一流科技有限公司).
            int from = inside.isEmpty() ? window : inside.get(0).span().begin();
            out.removeIf(m -> m != org && new Span(from, org.span().begin()).contains(m.span()));
            int at = out.indexOf(org);
            out.set(at, mention(text, from, org.span().end(), EntityType.ORG));
            i = at;
        }
        return out;
    }

    /** Where a verb, a preposition or a one-character function word ends: no name opens before such a word. */
    private static java.util.BitSet verbEnds(String text, List<io.policylens.text.Token> words) {
        java.util.BitSet verbEnds = new java.util.BitSet(text.length() + 1);
        words.stream().filter(w -> w.text().length() >= 2 && (w.tag().equals("v") || w.tag().equals("vi") || w.tag().startsWith("p"))
            || w.text().length() == 1 && "dcpuy".indexOf(w.tag().charAt(0)) >= 0).forEach(w -> verbEnds.set(w.end()));
        return verbEnds;
    }

    /** The legal form a registered partnership's or a firm's name ends with. */
    private static final Pattern PARTNERSHIP_FORM = Pattern.compile("(合伙企业)?[（(](有限合伙|特殊普通合伙|普通合伙)[）)]");
    /** How far back from its form a partnership's name may open (杭州银湖创业投资合伙企业: ten characters). */
    private static final int PARTNERSHIP_NAME = 16;

    /**
     * 杭州银湖创业投资合伙企业（有限合伙）, 立信会计师事务所（特殊普通合伙）: a registered name ending in a partnership's
     * form is one organisation, from the first place or name the tagger found among the characters before it, or
     * from where a verb or a function word ends; the names inside it give way.
     */
    private static void addPartnerships(String text, List<io.policylens.text.Token> words, List<Mention> out) {
        if (text.indexOf("合伙）") < 0 && text.indexOf("合伙)") < 0) {
            return;
        }
        java.util.BitSet verbEnds = null;
        Matcher f = PARTNERSHIP_FORM.matcher(text);
        while (f.find()) {
            if (verbEnds == null) {
                verbEnds = verbEnds(text, words);
            }
            int formAt = f.start();
            int begin = formAt;
            while (begin > 0 && formAt - begin < PARTNERSHIP_NAME && Character.isIdeographic(text.charAt(begin - 1))
                && BEFORE_A_NAME.indexOf(text.charAt(begin - 1)) < 0 && !verbEnds.get(begin)) {
                begin--;
            }
            int window = begin;
            int from = out.stream().filter(m -> m.type() != EntityType.PER && m.span().begin() >= window
                && m.span().begin() < formAt).mapToInt(m -> m.span().begin()).min().orElse(window);
            if (f.group(1) == null && formAt - from < 4 || formAt - from < 2) {
                continue; // （有限合伙） after too short a name: a note, not a name's end
            }
            replaceWhatItHolds(text, new Span(from, f.end()), EntityType.ORG, out);
        }
    }

    /** 杭州创新研究院 of a university: a unit named by its place is a branch, not a department. */
    private boolean opensWithAPlace(String name) {
        for (int k = 2; k <= Math.min(3, name.length()); k++) {
            String stem = name.substring(0, k);
            if (divisions.contains(stem + "市") || divisions.contains(stem + "省") || divisions.contains(stem + "区")
                || divisions.contains(stem + "县")) {
                return true;
            }
        }
        return false;
    }

    /** 诸暨 + 市科技局: where the level word ends a division's name written before it, the name opens the body. */
    private int withItsPlace(String text, int levelAt) {
        boolean prefecture = text.startsWith("地区", levelAt); // 喀什 + 地区农业农村局
        if (!prefecture && "省市区县州".indexOf(text.charAt(levelAt)) < 0) {
            return levelAt;
        }
        int level = prefecture ? 2 : 1;
        for (int k = prefecture ? 4 : 3; k >= 2; k--) {
            if (levelAt - k >= 0 && divisions.contains(text.substring(levelAt - k, levelAt + level))
                && !text.substring(levelAt - k, levelAt).chars().anyMatch(c -> BREAKS.indexOf(c) >= 0)) {
                return levelAt - k;
            }
        }
        return levelAt;
    }

    /**
     * An internal unit named by its function, written with its parent (省科技厅规划处, 财政部预算司): the parent is the
     * organisation. Named units (腾讯玄武安全实验室, …中心支行) do not end a body's name this way.
     */
    private static final Pattern INTERNAL_UNIT = Pattern.compile(
        "^(.{2,}?(?:厅|局|部|委|办|院|署|会))[\\p{IsHan}]{1,6}(?:处|(?<!公)司|科|股|室|组)$");

    /**
     * A party or staff body of an institution or company (复旦大学党委, …股份有限公司董事会, as MSRA's annotators leave a
     * company's board out of its name), and a company's own research unit named by
     * its function (…股份有限公司技术研究院, …集团研发中心): the institution or company is the organisation.
     */
    private static final Pattern UNIT_OF_AN_INSTITUTION = Pattern.compile(
        "^(.{2,}?(?:大学|学院|公司|集团|医院|研究院|研究所))(?:党委|党组|纪委|团委|党支部|工会|董事会|监事会|"
            + "(?:技术|研发|研究|工程|开发|设计|创新){0,2}(?:研究院|研究所|中心|部|实验室))$");

    /** Offices and laboratories, bodies of their own inside their parent (…公司驻京办事处, …厅办公室). */
    private static final Pattern NAMED_OFFICE = Pattern.compile("(办公室|实验室|研究室|工作室|办事处)$");
    /** A company's department, office or section, whatever it is named by (…股份有限公司科技人才部, …集团总部). */
    private static final Pattern COMPANY_DEPARTMENT = Pattern.compile("^(.{2,}?(?:公司|集团))\\p{IsHan}{1,6}(?<!分)(?:部|处|室|科)$");

    /**
     * A court's or a procuratorate's own department (…中级人民法院执行局, …人民检察院第二检察部, …法院民事审判第一庭,
     * 市中院知识产权庭):
     * the court is the organisation. A tribunal named by its place (荷花法庭) or a circuit court (第一巡回法庭) is a body.
     */
    private static final Pattern UNIT_OF_A_COURT = Pattern.compile("^(.{2,}?(?:法院|检察院)|.+?中院)(?:执行局|立案庭|政治部|"
        + "(?:第[一二三四五六七八九十]{1,3})?检察部|(?:民事|刑事|行政|商事)?审判(?:第[一二三四五六七八九十]{1,3})?庭|[民刑商][一二三四五六七八九十]庭"
        + "|(?:知识产权|环境资源|金融|破产|涉外商事|少年家事)(?:审判)?庭)$");

    /**
     * A university's school, department or institute named by its field (中南大学计算机学院, …大学海洋发展研究院), or
     * an academy's school. An academy's institutes are bodies of their own, with their own directors and seals, and
     * keep their names (中国科学院医学所, 省农业科学院作物研究所).
     */
    static final String UNIVERSITY_UNIT_WORDS = "学院|系|研究院|研究所";
    private static final Pattern UNIVERSITY_UNIT = Pattern.compile("^(.{2,}?(?:大学|科学院))(\\p{IsHan}{1,10}?)("
        + UNIVERSITY_UNIT_WORDS + ")$");

    /** Whether a unit written after its university or academy (…学院, …研究所) folds into it: see UNIVERSITY_UNIT. */
    static boolean foldsIntoItsParent(String parent, String unit) {
        return parent.endsWith("大学") || parent.endsWith("科学院") && (unit.endsWith("学院") || unit.endsWith("系"));
    }

    private Mention withoutInternalUnit(String text, Mention m) {
        if (m.type() != EntityType.ORG) {
            return m;
        }
        // Each pattern is tried only where the name ends as it must for that pattern to match.
        char last = m.surface().charAt(m.surface().length() - 1);
        Matcher school = UNIVERSITY_UNIT.matcher(m.surface());
        if ("院系所".indexOf(last) >= 0 && school.matches() && !opensWithAPlace(school.group(2))
            && !school.group(2).endsWith("研究生") && foldsIntoItsParent(school.group(1), school.group(3))) {
            return mention(text, m.span().begin(), m.span().begin() + school.end(1), EntityType.ORG);
        }
        Matcher department = COMPANY_DEPARTMENT.matcher(m.surface());
        if ("部处室科".indexOf(last) >= 0 && department.matches() && !NAMED_OFFICE.matcher(m.surface()).find()) {
            return mention(text, m.span().begin(), m.span().begin() + department.end(1), EntityType.ORG);
        }
        Matcher i = UNIT_OF_AN_INSTITUTION.matcher(m.surface());
        if ("委组会部心院所室".indexOf(last) >= 0 && i.matches()
            && (m.surface().length() - i.end(1) <= 5 || i.group(1).endsWith("公司") || i.group(1).endsWith("集团"))) {
            return mention(text, m.span().begin(), m.span().begin() + i.end(1), EntityType.ORG);
        }
        if ("局庭部".indexOf(last) >= 0) {
            Matcher court = UNIT_OF_A_COURT.matcher(m.surface());
            if (court.matches()) {
                return mention(text, m.span().begin(), m.span().begin() + court.end(1), EntityType.ORG);
            }
        }
        Matcher u = INTERNAL_UNIT.matcher(m.surface());
        return "处司科股室组".indexOf(last) >= 0 && u.matches() && !NAMED_OFFICE.matcher(m.surface()).find() ? mention(text, m.span().begin(), m.span().begin() + u.end(1),
            EntityType.ORG) : m;
    }

    /**
     * A company brief's subject: a listed company's short name opening a sentence before a colon (当升科技：…竞得,
     * 运达股份：确定为…), where the name ends as company names end.
     */
    private static final Pattern BRIEF_SUBJECT = Pattern.compile("\\p{IsHan}{2,6}(" + String.join("|", CompanyShortNames.INDUSTRY) + ")");

    /** A short name written as companies' short names end (理想汽车, 蜂巢能源, 海辰储能). */
    static boolean endsAsACompany(String name) {
        return BRIEF_SUBJECT.matcher(name).matches();
    }
    private static final String BRIEF_OPENERS = "\n。！？；，";

    /**
     * What follows a company's short name in a brief and not a speaker's (伊戈尔：拟…收购, …：收到…决定书,
     * …：控股股东…): where one brief's subject is a company's name, such subjects are companies whatever their names.
     */
    private static final Pattern COMPANY_NEWS = Pattern.compile("(拟|获|收到|预计|预中标|中标|确定为|签署|签订|终止|回购"
        + "|增持|减持|(全资|控股)?子公司|控股股东|实控人|实际控制人|董事会|股东大会|与.{2,12}签)");

    private static void addBriefSubjects(String text, List<io.policylens.text.Token> words, List<Mention> out) {
        List<Span> named = new ArrayList<>();
        List<Span> others = new ArrayList<>();
        for (int colon = 0; colon < text.length(); colon++) {
            char c = text.charAt(colon);
            if (c != '：' && c != ':') {
                continue;
            }
            int start = colon;
            while (start > 0 && colon - start < 9 && Character.isIdeographic(text.charAt(start - 1))) {
                start--;
            }
            if (start > 0 && BRIEF_OPENERS.indexOf(text.charAt(start - 1)) < 0) {
                continue;
            }
            Matcher m = BRIEF_SUBJECT.matcher(text).region(start, colon);
            if (m.matches() && nameLike(words, start, m.start(1))) {
                named.add(new Span(start, colon));
            } else if (colon - start >= 2 && colon - start <= 6
                && COMPANY_NEWS.matcher(text).region(colon + 1, text.length()).lookingAt()) {
                others.add(new Span(start, colon));
            }
        }
        if (!named.isEmpty()) {
            named.addAll(others);
        }
        for (Span s : named) {
            // What the tagger cut from the name (运达 of 运达股份), or took for a person, gives way to the whole.
            out.removeIf(x -> s.contains(x.span()));
            addWhereFree(text, s, EntityType.ORG, out);
        }
    }

    /**
     * Whether the words from {@code begin} to {@code end} read as a name rather than a common word: a proper noun
     * the dictionary knows (运达, 金陵, 比亚迪), or characters it cannot join into words (当/升, 精/功). 人工智能, 金融科技
     * and 智能网联汽车 are common words.
     */
    private static boolean nameLike(List<io.policylens.text.Token> words, int begin, int end) {
        List<io.policylens.text.Token> part = words.stream().filter(w -> w.begin() >= begin && w.begin() < end).toList();
        if (part.isEmpty() || part.get(part.size() - 1).end() != end) {
            return false; // no words, or one word runs across the suffix (人工智能)
        }
        if (part.size() > 1) {
            return part.stream().allMatch(w -> w.text().length() == 1);
        }
        String tag = part.get(0).tag();
        return tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("ns") || tag.equals("j")
            || tag.equals("nz") && part.get(0).text().length() == 2;
    }

    /** A news brief's source label, 【上海证券报】 or 【第一财经】 opening a line or a sentence: a medium. */
    private static final Pattern SOURCE_LABEL = Pattern.compile(
        "[\\p{IsHan}\\w]{2,12}?(?:报|网|社|台|财经|报道|新闻|中国|周刊|日报|视点|观察)");

    private static void addSourceLabels(String text, List<Mention> out) {
        for (int open = text.indexOf('【'); open >= 0; open = text.indexOf('【', open + 1)) {
            int close = text.indexOf('】', open + 1);
            boolean opensASentence = open == 0 || "\n。！？ ".indexOf(text.charAt(open - 1)) >= 0;
            if (!opensASentence || close < 0 || close - open > 13 || close + 1 >= text.length()
                || Character.isWhitespace(text.charAt(close + 1)) || text.charAt(close + 1) == '】'
                || !SOURCE_LABEL.matcher(text).region(open + 1, close).matches()) {
                continue;
            }
            // What the tagger made of the label (a part of it, or a name run across its bracket) gives way.
            Span label = new Span(open, close + 1);
            out.removeIf(x -> x.span().overlaps(label));
            out.add(mention(text, open + 1, close, EntityType.ORG));
        }
    }

    /**
     * A dateline's medium (人民网成都12月1日电, 据中新网12月2日电, 新华社北京…电): the name before the place and the day the
     * report was filed, ending as a medium's name does. 本报, 本网 and 本台 are the page's own, no names.
     */
    private static final Pattern DATELINE = Pattern.compile("(?:^|(?<=[\\n。！？ 　（(“]))据?(?!本)"
        + "([\\p{IsHan}A-Za-z0-9]{1,10}?(?:新闻网|新闻社|日报社|客户端|日报|晚报|时报|之声|财经|新闻|网|社|报|台))\\p{IsHan}{0,4}?"
        + "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)(?![价费量力网厂站池器子动视脑话商源])");

    private static void addDatelineMedia(String text, List<Mention> out) {
        if (text.indexOf("日电") < 0 && text.indexOf("日讯") < 0) {
            return;
        }
        for (Matcher d = DATELINE.matcher(text); d.find(); ) {
            replaceWhatItHolds(text, new Span(d.start(1), d.end(1)), EntityType.ORG, out);
        }
    }

    /** Adds a mention of the span unless one found already overlaps it. */
    /**
     * A mention of the span in place of the mentions it holds (the tagger's pieces of the name), unless a mention
     * runs across its edge: then the span is no name of its own and nothing changes. Whether it was put in.
     */
    static boolean replaceWhatItHolds(String text, Span s, EntityType type, List<Mention> out) {
        if (out.stream().noneMatch(m -> m.span().overlaps(s) && !s.contains(m.span()))) {
            out.removeIf(m -> s.contains(m.span()));
            out.add(mention(text, s.begin(), s.end(), type));
            return true;
        }
        return false;
    }

    private static void addWhereFree(String text, Span s, EntityType type, List<Mention> out) {
        if (out.stream().noneMatch(m -> m.span().overlaps(s))) {
            out.add(mention(text, s.begin(), s.end(), type));
        }
    }

    static Mention mention(String text, int begin, int end, EntityType type) {
        String surface = text.substring(begin, end);
        return new Mention(new Span(begin, end), surface, type, surface);
    }
}
