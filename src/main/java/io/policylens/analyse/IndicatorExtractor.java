package io.policylens.analyse;

import io.policylens.document.Span;
import io.policylens.text.HanChars;
import io.policylens.text.Script;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers policy text states — money, percentages, counts, ranks, ratios, targets — with their
 * normalised value, unit, year, subject, and whether each is a level, a change or a target; one fact once, with
 * every place the text states it. Reads normalised text. Thread-safe.
 */
public final class IndicatorExtractor {

    private static final String CN = "[" + ChineseNumber.CHINESE_CHARS + "]+";
    private static final String AR = "\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?";
    /** A number: Arabic with an optional 万/亿 suffix, or Chinese numerals (两个亿 included). */
    private static final String NUM = "(?:" + AR + "[ \\u00A0]?(?:万亿|亿|万|千)?|" + CN + "(?:个亿)?)";
    /** Qualifiers before a number; a match is tried before a number only where one of them can begin. */
    private static final List<String> QUALIFIERS = List.of("约", "近", "将近", "接近", "超过", "超", "逾", "突破", "不到", "不足");
    private static final String PRE = "(?<pre>" + String.join("|", QUALIFIERS) + ")?";
    private static final String MORE = "(?<more>余|多)?";
    private static final String POST = "(?<post>以上|左右|以下|之多|上下)?";
    /**
     * Measure words a count ends with (股 of shares, not of 股份 or 股东; 例 of cases treated, not of 例如; 份 of records or copies); physical
     * units count too (W, IPS, 点 of an index).
     */
    private static final String MEASURE = "家|项|个|位|名|所|台|件|座|套|条|次|篇|户|款|种|辆|艘|架|批|场|支|部|株|块|只|头|股(?![份东权票价市民])|"
        + "例(?!如)|份|"
        + "人次|人|亩|公顷|平方公里|平方米|立方米|公里|千米|吨|千瓦时|千瓦|兆瓦|吉瓦时|吉瓦|标准箱|标箱|架次|航次|班列|列(?![入为车举出明表])|"
        + "IPS/W|IPS|TOPS|kWh|kW|MW|GW|W";
    /** The measure words a number of fewer than ten in Chinese numerals may count with: people, firms, models. */
    private static final Pattern SMALL_COUNT_UNITS = Pattern.compile("人|名|家|款|位|辆|艘|架|台|所|座|只");
    /** What follows a small count that makes it a list's structure, not a fact: 三大, 两个方面, 五类. */
    private static final Pattern LIST_WORDS = Pattern.compile("方面|领域|环节|层面|阶段|方向|板块|体系|任务|重点|类|种|大");

    private static final Pattern PERCENT = Pattern.compile(PRE + "(?:(?<num>" + AR + ")(?:%?(?:至|到|-|－|~|～)(?<max>"
        + AR + "))?(?<unit>%|个百分点|百分点)|百分之(?<cnum>" + CN + "|" + AR + "))" + POST);
    /**
     * A rank with its measure word (第5位, 第二名), or a bare ordinal after the words of a ranking (全国第4, 位居第二);
     * not a label that names a rank (第二名：…, 是第二名的3.3倍).
     */
    private static final Pattern RANK = Pattern.compile("(?:第(?<num>" + AR + "|" + CN + ")(?<unit>位|名)"
        + "|(?<=全国|全省|全市|全球|世界|全区|全县|位居|位列|排名|排在|排|居)第(?<bare>" + AR + "|[一二三四五六七八九十]+)(?!位|名|"
        + "[\\d一二三四五六七八九十]))(?![：:的])");
    private static final Pattern RATIO = Pattern.compile(PRE + "(?:(?<cn>[一二三四五六七八九])成(?![功为立果员本])"
        + "|(?<den>" + CN + ")分之(?<nom>" + CN + ")|(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,3})(?![\\d/A-Za-z.])"
        + "|(?<bei>" + AR + "|" + CN + ")倍(?!增|数))" + POST);
    /** A count per so many (每10股派3元, 每100名学生): the base of a rate, not a count. */
    private static final Pattern COUNT = Pattern.compile(PRE + "(?<!每)(?<num>" + NUM + ")(?:(?:至|到|-|－|~|～)(?<max>"
        + NUM + "))?" + MORE + "[ \\u00A0]?(?<unit>" + MEASURE + ")(?!月|年|以内)(?:(?<=[A-Za-z])(?![A-Za-z])|(?<![A-Za-z]))"
        + POST);
    /** An index's points (2929.09点): a number with decimals, or one a market's words stand before. */
    private static final Pattern POINTS = Pattern.compile("(?<num>\\d+\\.\\d+)(?<unit>点)(?!钟|半|多|左右)");

    /**
     * Words that make a number a target; the pattern is tried only where one of them can begin. A programme's project
     * (国家重点研发计划项目), a city listed apart in the state plan (计划单列市), planned births or the planned economy
     * plan nothing.
     */
    private static final List<String> TARGET_CUES = List.of("力争", "目标", "计划(?!项目|单列|生育|经济)", "争取", "预计", "到(19|20)\\d{2}年",
        "将达到", "提高到", "提升到");
    private static final Pattern TARGET_CUE = Pattern.compile(String.join("|", TARGET_CUES));
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|《[^》]*》|\"[^\"]*\"|「[^」]*」");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年|([〇零一二三四五六七八九]{4})年");
    /** What a subject drops wherever it stands: years, dates, periods. */
    private static final Pattern YEARS_IN_SUBJECT = Pattern.compile(
        "(到|至|截至|截止)?((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})年(底|末|初|前|内|度)?(\\d{1,2}月(份|底|末)?)?"
            + "|(今年|去年|明年|前年|上半年|下半年|全年|一季度|二季度|三季度|四季度|前三季度|\\d{1,2}至\\d{1,2}月|"
            + "\\d{1,2}月(份|底|末)?)");
    private static final Pattern LEADING = Pattern.compile(
        "^(?:(?:其中|同时|此外|全年|今年|目前|截至目前|并|和|与|且|使|让|将|力争|争取|目标是|计划|预计|新增|增加|培育|引进|建成|"
            + "建设|打造|新建|实现|完成|带动|吸引|累计|共|全市|全省|全国|达到|达|为|约|分别|还|已|已经|再)\\s*)+");
    /** Verbs and words that end a clause before its number (…总投资达到 → 总投资), stripped however many. */
    private static final List<String> TRAILING = List.of("达到", "达", "为", "是", "不超过", "不高于", "超过", "超", "突破", "增长", "提高到",
        "提升到", "提高", "提升", "增加", "新增", "实现", "完成", "共", "累计", "约", "近", "逾", "有", "拥有", "占", "居",
        "位居", "排名", "位列", "总额", "总量", "总和", "新台币", "人民币", "港币", "美元", "欧元", "日元", "英镑", "澳元",
        "分别", "了", "将", "已", "至", "到", "同比", "比上年", "较上年", "下降", "减少", "降低", "上升", "增", "降", "高出",
        "最高", "不少于", "不低于", "至少", "接近", "将近", "大约", "逾", "不到", "不足", "的");
    /** Words right before a number that make it a change, up or down (增长18.6%, 下降2个百分点, 增幅…). */
    private static final List<String> UP = List.of("增长", "增加", "提高", "提升", "上升", "上涨", "增幅", "涨幅", "扩大",
        "高出", "高于", "多出", "增", "涨");
    private static final List<String> DOWN = List.of("下降", "减少", "降低", "下滑", "回落", "缩小", "缩减", "收窄", "降幅",
        "跌幅", "下跌", "低于", "减", "降", "跌");
    /** A change's verb followed by these states the level reached, not the change (提高到31.2%, 降至…). */
    private static final List<String> TO_LEVEL = List.of("到", "至");
    /** Words between a change's verb and its number that do not break the link (增长了约18.6%). */
    private static final List<String> CHANGE_FILLERS = List.of("了", "约", "近", "超过", "超", "逾", "达到", "达", "为",
        "分别", "共计", "高达", "将");
    /** Words before an amount in another currency that make it a restatement of the one before (约合人民币 …). */
    private static final Pattern RESTATED = Pattern.compile("(约合|折合|合人民币|相当于|约为人民币|即)[^，。；]{0,6}$");

    /**
     * The indicators of a document's text, given the script it was written in: a text written in traditional
     * characters that states its amounts in one local currency (新台币, 港元, 澳门元) and never in 人民币 means that
     * currency by a bare 元 too (…新台币480亿元 … 每家最高500万元 → TWD), as Taiwan's and Hong Kong's writers do.
     */
    public List<Indicator> extract(String text, Script script) {
        List<Indicator> found = extract(text);
        if (script == Script.SIMPLIFIED || text.contains("人民币")) {
            return found;
        }
        // A bare 元 is read as CNY, so an amount in one of these currencies had the currency's word written with it.
        Set<String> local = new java.util.HashSet<>();
        for (Indicator i : found) {
            if (LOCAL_CURRENCIES.contains(i.unit())) {
                local.add(i.unit());
            }
        }
        if (local.size() != 1) {
            return found;
        }
        String currency = local.iterator().next();
        return found.stream().map(i -> i.unit().equals("CNY") ? i.inUnit(currency) : i).toList();
    }

    /** The currencies of 港澳台 (their words are {@link Amounts}'). */
    private static final Set<String> LOCAL_CURRENCIES = Set.of("TWD", "HKD", "MOP");

    /** The indicators of a text, with 元 read as 人民币 where no other currency is named. */
    public List<Indicator> extract(String text) {
        int[] starts = numberStarts(text);
        List<Indicator> found = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        money(text, starts, found, taken);
        forEachMatch(PERCENT, text, starts, m -> {
            if (labelOfPercent(text, m.start())) {
                taken.add(span(text, m)); // 两个15%, 第三个15%: a policy's name, not a figure, nor a fraction
                return;
            }
            if (m.group("cnum") != null) {
                String cnum = m.group("cnum");
                Amounts.Number n = Amounts.number(cnum, 0);
                boolean range = n != null && n.high() != null && n.end() == cnum.length();
                add(found, taken, text, span(text, m), IndicatorKind.PERCENT, range ? n.low().doubleValue() : value(cnum),
                    range ? n.high().doubleValue() : null, "percent", approx(text, m) || range);
            } else {
                String unit = m.group("unit").endsWith("百分点") ? "percentage_point" : "percent";
                add(found, taken, text, span(text, m), IndicatorKind.PERCENT, value(m.group("num")),
                    m.group("max") == null ? null : value(m.group("max")), unit, approx(text, m));
            }
        });
        forEachMatch(RANK, text, starts, m -> {
            boolean bare = m.group("bare") != null;
            add(found, taken, text, span(text, m), IndicatorKind.RANK, value(bare ? m.group("bare") : m.group("num")), null,
                bare ? "位" : m.group("unit"), false);
        });
        forEachMatch(RATIO, text, starts, m -> {
            double v;
            String unit = "fraction";
            if (m.group("bei") != null) {
                v = value(m.group("bei"));
                unit = "倍";
            } else if (m.group("cn") != null) {
                v = value(m.group("cn")) / 10;
            } else if (m.group("den") != null) {
                v = value(m.group("nom")) / value(m.group("den"));
            } else {
                double b = Double.parseDouble(m.group("b"));
                if (b == 0) {
                    return;
                }
                v = Double.parseDouble(m.group("a")) / b;
            }
            add(found, taken, text, span(text, m), IndicatorKind.RATIO, v, null, unit, approx(text, m));
        });
        forEachMatch(COUNT, text, starts, m -> {
            String num = m.group("num");
            double v = value(num);
            // "两个", "三大", "一项": small Chinese numerals count a list's items, unless they count people or firms;
            // a lone 二 before a measure word names something (海洋二所), as counting says 两; 一 is an article.
            if (!Character.isDigit(num.charAt(0)) && v < 10 && (!SMALL_COUNT_UNITS.matcher(m.group("unit")).matches()
                || LIST_WORDS.matcher(text).region(m.end(), text.length()).lookingAt() || num.equals("二") || v == 1)) {
                return;
            }
            add(found, taken, text, span(text, m), IndicatorKind.COUNT, v,
                m.group("max") == null ? null : value(m.group("max")), m.group("unit"), approx(text, m));
        });
        forEachMatch(POINTS, text, starts, m ->
            add(found, taken, text, span(text, m), IndicatorKind.COUNT, value(m.group("num")), null, "点", false));
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return oneFactOnce(text, classified(text, found));
    }

    /** Amounts of money at each number start ({@link Amounts}), and a bare 亿 in a sentence about money. */
    private void money(String text, int[] starts, List<Indicator> found, List<Span> taken) {
        int next = 0;
        for (int s : starts) {
            if (s < next || text.charAt(s) == '第') {
                continue;
            }
            Amounts.Money m = Amounts.moneyAt(text, s);
            if (m != null && m.begin() >= next) {
                add(found, taken, text, new Span(m.begin(), m.end()), IndicatorKind.MONEY, m.low().doubleValue(),
                    m.high() == null ? null : m.high().doubleValue(), m.currency(), m.approx());
                next = m.end();
                continue;
            }
            Amounts.Number n = Amounts.number(text, s);
            // 三个亿: counting 亿 with 个 is how speech says money
            boolean geYi = n != null && n.chinese() && text.substring(s, n.end()).endsWith("个亿");
            if (n != null && (geYi || !n.chinese() && n.multiplier().compareTo(new BigDecimal("1E8")) >= 0 && n.high() == null
                && bareMoney(text, s, n.end()))) {
                add(found, taken, text, new Span(s, n.end()), IndicatorKind.MONEY, n.low().doubleValue(), null, "CNY",
                    false);
                next = n.end();
            }
        }
    }

    /** Words of a sentence about money, for an amount in 亿 written without 元 (募集规模6亿, 发行1400亿). */
    private static final Pattern MONEY_WORDS = Pattern.compile(
        "资金|募集|私募|公募|理财|保费|票房|估值|发行|成交|融资|投资|营收|收入|利润|市值|销售额|金额|规模|资产|贷款|存款|债|基金|预算|财政|GDP|生产总值|产值|营业额");

    private static boolean bareMoney(String text, int begin, int end) {
        if (end < text.length()) {
            char c = text.charAt(end);
            if (HanChars.isHan(c) || Character.isLetter(c) || c == '%') {
                return false; // 10亿人次, 6亿吨: a count with its unit
            }
        }
        Span clause = clauseAround(text, begin, end);
        return MONEY_WORDS.matcher(text.substring(clause.begin(), clause.end())).find();
    }

    private static Span clauseAround(String text, int begin, int end) {
        int b = begin;
        while (b > 0 && "，,；;。！？\n".indexOf(text.charAt(b - 1)) < 0) {
            b--;
        }
        int e = end;
        while (e < text.length() && "，,；;。！？\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return new Span(b, e);
    }

    /** A match's span, less a qualifier's character that ends a word with the one before it (签约 + 1.3亿元). */
    private static Span span(String text, Matcher m) {
        return new Span(qualifierEndsAWord(text, m) ? m.end("pre") : m.start(), m.end());
    }

    private static boolean approx(String text, Matcher m) {
        return groupOrNull(m, "pre") != null && !qualifierEndsAWord(text, m) || groupOrNull(m, "more") != null
            || groupOrNull(m, "post") != null;
    }

    /**
     * Whether the match's qualifier is a one-character one that ends a word (签约, 附近, 赶超): then it qualifies
     * nothing. Checked on the match, not in the patterns, where a lookbehind costs every attempt.
     */
    private static boolean qualifierEndsAWord(String text, Matcher m) {
        String pre = groupOrNull(m, "pre");
        return pre != null && pre.length() == 1 && Amounts.endsAWord(text, m.start("pre"), pre);
    }

    /** Longest qualifier before a number (约, 超过, 将近 …): how far before a number a match may begin. */
    private static final int MAX_PRE = 2;

    /**
     * Where a number can begin: the first of a run of digits or Chinese numerals, or 第. Trying the patterns only
     * there, rather than at every character, is what keeps indicator mining fast.
     */
    private static final java.util.BitSet CHINESE_NUMERALS = new java.util.BitSet();

    static {
        ChineseNumber.CHINESE_CHARS.chars().forEach(CHINESE_NUMERALS::set);
        CHINESE_NUMERALS.set('几');
        CHINESE_NUMERALS.set('数');
    }

    private static final String PRE_FIRST = firstCharacters(QUALIFIERS);

    /** Whether a match of any pattern can begin with {@code c}: a qualifier, a numeral, or 第. */
    private static boolean canBeginMatch(char c) {
        return isNumeral(c) || c == '第' || PRE_FIRST.indexOf(c) >= 0;
    }

    private static boolean isNumeral(char c) {
        return (c >= '0' && c <= '9') || CHINESE_NUMERALS.get(c);
    }

    static int[] numberStarts(String text) {
        int[] out = new int[16];
        int n = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean numeral = isNumeral(c);
            if ((numeral && !inRun) || c == '第') {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
            inRun = numeral;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Hands each of the leftmost, non-overlapping matches of a pattern that begin at most {@link #MAX_PRE}
     * characters before a number start — what {@code find()} would give, since every pattern needs a number — to
     * {@code action}, in order. One matcher serves every attempt: a new one per attempt cost more than the match.
     */
    private static void forEachMatch(Pattern pattern, String text, int[] starts, java.util.function.Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int s : starts) {
            for (int from = Math.max(next, s - MAX_PRE); from <= s && from >= next; from++) {
                if (from < s && !canBeginMatch(text.charAt(from))) {
                    continue;
                }
                m.region(from, text.length());
                if (m.lookingAt()) {
                    int end = m.end();
                    action.accept(m);
                    next = end;
                    break;
                }
            }
        }
    }

    private static double value(String number) {
        return ChineseNumber.parse(number.replace(" ", ""));
    }

    /** A candidate, unless it overlaps one taken, is glued to a code, an ordinal, or a sentence not in Chinese. */
    private void add(List<Indicator> found, List<Span> taken, String text, Span span, IndicatorKind kind, double value,
                     Double max, String unit, boolean approx) {
        for (Span t : taken) {
            if (t.overlaps(span)) {
                return;
            }
        }
        if (!standsAlone(text, span) || isOrdinal(text, span) || isCode(text, span)
            || value == 0 && !span.of(text).matches(".*[0零〇].*")) {
            return; // 万家 in a name parses to nothing: no number at all
        }
        Span sentenceSpan = sentenceAround(text, span);
        String sentence = sentenceSpan.of(text);
        if (hanShare(sentence) < 0.2) {
            return; // a figure in an English passage (the 99%) is not the document's
        }
        String before = text.substring(sentenceSpan.begin(), span.begin());
        if (before.lastIndexOf('《') > before.lastIndexOf('》')) {
            return; // 《ROPs are for the 99%》, 《…三年行动计划》: part of a title
        }
        taken.add(span);
        found.add(new Indicator(kind, value, max, unit, approx, null, "", span, sentence));
    }

    /** Year, subject, target and change read for each indicator, in text order. */
    private List<Indicator> classified(String text, List<Indicator> found) {
        List<Indicator> out = new ArrayList<>(found.size());
        for (Indicator i : found) {
            Span span = i.span();
            Span sentenceSpan = sentenceAround(text, span);
            String before = text.substring(sentenceSpan.begin(), span.begin());
            // A cue inside a name ("南太湖精英计划", 《…规划》) says nothing about the number.
            boolean target = hasTargetCue(before.indexOf('“') < 0 && before.indexOf('《') < 0 && before.indexOf('"') < 0
                && before.indexOf('「') < 0 ? before : QUOTED.matcher(before).replaceAll(""));
            Measure measure;
            Measure.Direction direction = null;
            if (target) {
                measure = Measure.TARGET;
            } else {
                direction = changeBefore(text, span, out);
                measure = direction != null ? Measure.CHANGE : Measure.LEVEL;
            }
            String subject = subject(text, sentenceSpan, span);
            if (subject.isEmpty() && !out.isEmpty() && sentenceAround(text, out.get(out.size() - 1).span())
                .equals(sentenceSpan)) {
                subject = out.get(out.size() - 1).subject(); // …8500亿元，同比增长7.9%: the growth of the same thing
            }
            out.add(new Indicator(target ? IndicatorKind.TARGET : i.kind(), i.value(), i.valueMax(), i.unit(), i.approx(),
                yearIn(before), subject, span, i.sentence(), measure, direction, null));
        }
        return out;
    }

    /**
     * The direction of a change whose verb stands right before the number (同比增长18.6%, 下降了2个百分点), or that
     * shares the verb of the indicator just before it (分别增长1.3倍和89.6%); null for a level (提高到31.2% is one).
     */
    private static Measure.Direction changeBefore(String text, Span span, List<Indicator> earlier) {
        int i = span.begin();
        Span clause = clauseAround(text, span.begin(), span.end());
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (String filler : CHANGE_FILLERS) {
                if (i - filler.length() >= clause.begin() && text.startsWith(filler, i - filler.length())) {
                    i -= filler.length();
                    stripped = true;
                    break;
                }
            }
        }
        String head = text.substring(clause.begin(), i);
        for (String to : TO_LEVEL) {
            if (head.endsWith(to) && head.length() > 1) {
                return null;
            }
        }
        for (String w : DOWN) {
            if (head.endsWith(w)) {
                return Measure.Direction.DOWN;
            }
        }
        for (String w : UP) {
            if (head.endsWith(w)) {
                return Measure.Direction.UP;
            }
        }
        if ((head.endsWith("和") || head.endsWith("、") || head.endsWith("及")) && !earlier.isEmpty()) {
            Indicator prev = earlier.get(earlier.size() - 1);
            if (prev.measure() == Measure.CHANGE && prev.span().end() == i - 1) {
                return prev.direction();
            }
        }
        return null;
    }

    /**
     * One fact, one indicator: a repeated mention (same kind, measure, value, bounds and unit, and subjects that do
     * not contradict) and a restatement in another currency right after an amount (约合人民币 …) become mentions of
     * the first.
     */
    private static List<Indicator> oneFactOnce(String text, List<Indicator> found) {
        List<Indicator> out = new ArrayList<>(found.size());
        for (Indicator i : found) {
            int same = -1;
            if (!out.isEmpty() && restates(text, out.get(out.size() - 1), i)) {
                same = out.size() - 1;
            }
            for (int k = 0; k < out.size() && same < 0; k++) {
                if (sameFact(out.get(k), i)) {
                    same = k;
                }
            }
            if (same >= 0) {
                out.set(same, out.get(same).withMention(i.span()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean restates(String text, Indicator previous, Indicator i) {
        if (previous.kind() != IndicatorKind.MONEY && previous.measure() != Measure.TARGET
            || i.kind() != IndicatorKind.MONEY || previous.unit().equals(i.unit())
            || i.span().begin() - previous.span().end() > 12) {
            return false;
        }
        String between = text.substring(previous.span().end(), i.span().begin());
        return RESTATED.matcher(between.replace("（", "").replace("(", "")).find() || between.matches("\\s*[（(]\\s*");
    }

    private static boolean sameFact(Indicator a, Indicator b) {
        if (a.kind() != b.kind() || a.measure() != b.measure() || a.value() != b.value() || !a.unit().equals(b.unit())
            || !java.util.Objects.equals(a.valueMax(), b.valueMax())) {
            return false;
        }
        // Common values (10%, 500万元) state different facts: the subjects must not contradict.
        String s = a.subject();
        String t = b.subject();
        if (s.length() < 2 || t.length() < 2) {
            return true;
        }
        return s.contains(t) || t.contains(s) || sharedPairs(s, t) * 2 >= Math.min(s.length(), t.length()) - 1;
    }

    /** How many two-character pieces of one subject the other holds. */
    private static int sharedPairs(String s, String t) {
        int n = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            if (t.contains(s.substring(i, i + 2))) {
                n++;
            }
        }
        return n;
    }

    /** 两个15%, 第三个15%: percentages counted with 个 name policies (the "two 15 % rules"), they state no figure. */
    private static boolean labelOfPercent(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == '个' && (Character.isDigit(text.charAt(start - 2))
            || ChineseNumber.CHINESE_CHARS.indexOf(text.charAt(start - 2)) >= 0);
    }

    /** A number glued to letters or other digits (G60, 0571-8888) is a name or a code, not an amount. */
    private static boolean standsAlone(String text, Span span) {
        if (span.begin() > 0) {
            char c = text.charAt(span.begin() - 1);
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '.' || c == '〔' || c == '[') {
                return false;
            }
        }
        return true;
    }

    /** 第三条, 第二十八次, 第4期: an ordinal, not a count (ranks are read apart: 第5位). */
    private static boolean isOrdinal(String text, Span span) {
        return span.begin() > 0 && text.charAt(span.begin() - 1) == '第';
    }

    /** A code written with a leading zero (05所, 007号): a label, not a number. */
    private static boolean isCode(String text, Span span) {
        int b = span.begin();
        return b + 1 < text.length() && text.charAt(b) == '0' && Character.isDigit(text.charAt(b + 1));
    }

    private static double hanShare(String s) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (HanChars.isHan(c)) {
                han++;
                letters++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters == 0 ? 1 : han / (double) letters;
    }

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /** The named groups of each pattern: asking a matcher for a group its pattern lacks throws, which is slow. */
    private static final Map<Pattern, java.util.Set<String>> GROUPS = java.util.stream.Stream.of(PERCENT, RANK, RATIO,
        COUNT, POINTS).collect(java.util.stream.Collectors.toMap(p -> p, p -> GROUP_NAME.matcher(p.pattern())
        .results().map(r -> r.group(1)).collect(java.util.stream.Collectors.toSet())));

    private static String groupOrNull(Matcher m, String name) {
        return GROUPS.get(m.pattern()).contains(name) ? m.group(name) : null;
    }

    private static final String TARGET_CUE_FIRST = firstCharacters(TARGET_CUES);

    private static String firstCharacters(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.indexOf(w.substring(0, 1)) < 0) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** {@code TARGET_CUE.matcher(s).find()}, trying the pattern only where a cue can begin. */
    private static boolean hasTargetCue(String s) {
        Matcher m = null;
        for (int i = 0; i < s.length(); i++) {
            if (TARGET_CUE_FIRST.indexOf(s.charAt(i)) >= 0) {
                m = m == null ? TARGET_CUE.matcher(s) : m;
                if (m.region(i, s.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The last year the sentence names before the number: 2027年, 二〇二五年, 二零二三年. */
    static Integer yearIn(String before) {
        Integer year = null;
        for (int k = before.indexOf('年', 4); k >= 0; k = before.indexOf('年', k + 1)) {
            String four = before.substring(k - 4, k);
            if ((four.startsWith("19") || four.startsWith("20")) && Character.isDigit(four.charAt(2))
                && Character.isDigit(four.charAt(3))) {
                year = Integer.parseInt(four);
            } else if (CHINESE_YEAR_DIGITS.indexOf(four.charAt(0)) >= 0 && CHINESE_YEAR_DIGITS.indexOf(four.charAt(1)) >= 0
                && CHINESE_YEAR_DIGITS.indexOf(four.charAt(2)) >= 0 && CHINESE_YEAR_DIGITS.indexOf(four.charAt(3)) >= 0) {
                int v = (int) ChineseNumber.parse(four);
                if (v >= 1900 && v <= 2100) {
                    year = v;
                }
            }
        }
        return year;
    }

    private static final String CHINESE_YEAR_DIGITS = "〇零一二三四五六七八九";
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’《》]");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^（）()]*[）)]");

    /**
     * What is measured: the clause's words before the number, without what is in brackets, years and periods,
     * connectives and verbs: "到2027年，全市新增高新技术企业2000家" → 高新技术企业.
     */
    static String subject(String text, Span sentence, Span number) {
        int from = number.begin();
        while (from > sentence.begin() && "，,；;：:、\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String clause = text.substring(from, number.begin()).strip();
        clause = withoutBrackets(clause);
        if (clause.indexOf('“') >= 0 || clause.indexOf('”') >= 0 || clause.indexOf('"') >= 0 || clause.indexOf('‘') >= 0
            || clause.indexOf('’') >= 0 || clause.indexOf('《') >= 0 || clause.indexOf('》') >= 0) {
            clause = QUOTES.matcher(clause).replaceAll("");
        }
        // every period the pattern removes holds 年, 月 or 季: without them there is nothing to remove
        if (clause.indexOf('年') >= 0 || clause.indexOf('月') >= 0 || clause.indexOf('季') >= 0) {
            clause = YEARS_IN_SUBJECT.matcher(clause).replaceAll("");
        }
        String s = withoutTrailing(LEADING.matcher(clause.strip()).replaceFirst(""));
        s = LEADING.matcher(s).replaceFirst("");
        if (s.length() > 16) {
            s = s.substring(s.length() - 16);
        }
        return s.strip();
    }

    /** The clause without bracketed asides; after a bracket left open or closed alone, what follows it. */
    private static String withoutBrackets(String clause) {
        if (clause.indexOf('（') < 0 && clause.indexOf('(') < 0 && clause.indexOf('）') < 0 && clause.indexOf(')') < 0) {
            return clause;
        }
        String s = BRACKETED.matcher(clause).replaceAll("");
        int close = Math.max(s.lastIndexOf('）'), s.lastIndexOf(')'));
        int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
        return s.substring(Math.max(close, open) + 1);
    }

    /**
     * The text without its longest tail made of {@link #TRAILING} words. Which positions can start such a tail is
     * worked out from the end (a tail from i is a word from i followed by a tail or the end); the leftmost one
     * wins, as with a regular expression {@code (?:words)+$}, without trying the words at every position.
     */
    static String withoutTrailing(String s) {
        boolean[] tail = new boolean[s.length() + 1];
        tail[s.length()] = true;
        int cut = s.length();
        // a tail starts at most one word's length before the leftmost tail found so far
        for (int i = s.length() - 1; i >= 0 && i + MAX_TRAILING >= cut; i--) {
            List<String> words = TRAILING_BY_FIRST.get(s.charAt(i));
            if (words == null) {
                continue;
            }
            for (String w : words) {
                if (i + w.length() <= s.length() && tail[i + w.length()] && s.startsWith(w, i)) {
                    tail[i] = true;
                    cut = i;
                    break;
                }
            }
        }
        return s.substring(0, cut);
    }

    private static final int MAX_TRAILING = TRAILING.stream().mapToInt(String::length).max().orElse(0);
    private static final Map<Character, List<String>> TRAILING_BY_FIRST = TRAILING.stream()
        .collect(java.util.stream.Collectors.groupingBy(w -> w.charAt(0)));

    static Span sentenceAround(String text, Span span) {
        int b = span.begin();
        while (b > 0 && "。！？!?\n".indexOf(text.charAt(b - 1)) < 0) {
            b--;
        }
        int e = span.end();
        while (e < text.length() && "。！？!?\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        if (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        return new Span(b, e);
    }
}
