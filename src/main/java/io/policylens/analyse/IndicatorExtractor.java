package io.policylens.analyse;

import io.policylens.document.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers policy text states — money, percentages, counts, ranks, ratios, targets — with their
 * normalised value, unit, year and subject. Reads normalised text. Thread-safe.
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
    private static final String POST = "(?<post>以上|左右|以下|之多)?";
    private static final String CURRENCY = "新台币|人民币|港元|港币|美元|欧元|日元|英镑|澳元|台币|元";
    private static final String MEASURE = "家|项|个|位|名|所|台|件|座|套|条|次|篇|户|款|种|辆|艘|架|批|场|支|部|株|"
        + "人次|人|亩|公顷|平方公里|平方米|公里|千米|吨|千瓦|兆瓦|吉瓦";

    private static final Pattern RANGE_SEP = Pattern.compile("至|到|-|－|~|～|—");
    /** Amounts; a range may name its unit on both bounds (1万元至5万元) or once (3至5亿元). 兆 with money is 10¹². */
    private static final Pattern MONEY = Pattern.compile(PRE + "(?<num>" + NUM + ")(?:(?:" + CURRENCY
        + ")?(?:至|到|-|－|~|～)(?<max>" + NUM + "))?" + MORE + "(?<mult>万亿|亿|万|兆)?(?<unit>" + CURRENCY + ")" + POST);
    /** A multiplier at the end of a written number: what a bare lower bound borrows from its upper one. */
    private static final Pattern SUFFIX = Pattern.compile("(万亿|亿|万|千)$");
    private static final Pattern PERCENT = Pattern.compile(PRE + "(?:(?<num>" + AR + ")(?:(?:至|到|-|－|~|～)(?<max>"
        + AR + "))?(?<unit>%|个百分点|百分点)|百分之(?<cnum>" + CN + "|" + AR + "))" + POST);
    private static final Pattern RANK = Pattern.compile("第(?<num>" + AR + "|" + CN + ")(?<unit>位|名)");
    private static final Pattern RATIO = Pattern.compile(PRE + "(?:(?<cn>[一二三四五六七八九])成(?![功为立果员本])"
        + "|(?<den>" + CN + ")分之(?<nom>" + CN + ")|(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,3})(?![\\d/]))" + POST);
    private static final Pattern COUNT = Pattern.compile(PRE + "(?<num>" + NUM + ")(?:(?:至|到|-|－|~|～)(?<max>"
        + NUM + "))?" + MORE + "[ \\u00A0]?(?<unit>" + MEASURE + ")(?!月|年|以内)" + POST);

    /** Words that make a number a target; the pattern is tried only where one of them can begin. */
    private static final List<String> TARGET_CUES = List.of("力争", "目标", "计划", "争取", "预计", "到(19|20)\\d{2}年",
        "将达到", "提高到", "提升到");
    private static final Pattern TARGET_CUE = Pattern.compile(String.join("|", TARGET_CUES));
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|《[^》]*》|\"[^\"]*\"|「[^」]*」");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern LEADING = Pattern.compile(
        "^(?:(?:其中|同时|此外|全年|今年|目前|截至目前|并|和|与|且|使|让|将|力争|争取|目标是|计划|预计|到(?:19|20)\\d{2}年(?:底|末)?|"
            + "(?:19|20)\\d{2}年(?:底|末)?|新增|增加|培育|引进|建成|建设|打造|新建|实现|完成|带动|吸引|累计|共|全市|全省|全国)\\s*)+");
    /** Verbs and words that end a clause before its number (…总投资达到 → 总投资), stripped however many. */
    private static final List<String> TRAILING = List.of("达到", "达", "为", "是", "超过", "超", "突破", "增长", "提高到",
        "提升到", "提高", "提升", "增加", "新增", "实现", "完成", "共", "累计", "约", "近", "逾", "有", "拥有", "占", "居",
        "位居", "排名", "位列", "总额", "总量", "总和", "新台币", "人民币", "港币", "美元", "欧元", "日元", "英镑", "澳元");
    /** A currency named before the number (新台币1.6兆元): it, not the 元 after, says which money. */
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(新台币|人民币|港币|港元|美元|欧元|日元|英镑|澳元)$");
    private static final Map<String, String> ISO = Map.ofEntries(
        Map.entry("元", "CNY"), Map.entry("人民币", "CNY"), Map.entry("港元", "HKD"), Map.entry("港币", "HKD"),
        Map.entry("美元", "USD"), Map.entry("欧元", "EUR"), Map.entry("日元", "JPY"), Map.entry("新台币", "TWD"),
        Map.entry("台币", "TWD"), Map.entry("英镑", "GBP"), Map.entry("澳元", "AUD"));

    public List<Indicator> extract(String text) {
        int[] starts = numberStarts(text);
        List<Indicator> found = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        forEachMatch(MONEY, text, starts, m -> {
            String mult = m.group("mult") == null ? "" : m.group("mult");
            double v = value(m.group("num")) * ChineseNumber.multiplier(mult);
            Double max = m.group("max") == null ? null : value(m.group("max")) * ChineseNumber.multiplier(mult);
            if (max != null && !SUFFIX.matcher(m.group("num")).find()) {
                // "3至5亿元": the bare lower bound is in 亿 too.
                Matcher sx = SUFFIX.matcher(m.group("max"));
                if (sx.find()) {
                    v *= ChineseNumber.multiplier(sx.group(1));
                }
            }
            // "1万-5万元": the suffix on the lower bound is its own.
            add(found, taken, text, m, IndicatorKind.MONEY, v, max, currency(text, m.start(), m.group("unit")));
        });
        forEachMatch(PERCENT, text, starts, m -> {
            if (m.group("cnum") != null) {
                add(found, taken, text, m, IndicatorKind.PERCENT, value(m.group("cnum")), null, "percent");
            } else {
                String unit = m.group("unit").endsWith("百分点") ? "percentage_point" : "percent";
                add(found, taken, text, m, IndicatorKind.PERCENT, value(m.group("num")),
                    m.group("max") == null ? null : value(m.group("max")), unit);
            }
        });
        forEachMatch(RANK, text, starts, m ->
            add(found, taken, text, m, IndicatorKind.RANK, value(m.group("num")), null, m.group("unit")));
        forEachMatch(RATIO, text, starts, m -> {
            double v;
            if (m.group("cn") != null) {
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
            add(found, taken, text, m, IndicatorKind.RATIO, v, null, "fraction");
        });
        forEachMatch(COUNT, text, starts, m -> {
            String num = m.group("num");
            double v = value(num);
            // "两个", "三大", "一项": small Chinese numerals count list items, not facts.
            if (!Character.isDigit(num.charAt(0)) && v < 10) {
                return;
            }
            add(found, taken, text, m, IndicatorKind.COUNT, v, m.group("max") == null ? null : value(m.group("max")),
                m.group("unit"));
        });
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
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

    private void add(List<Indicator> found, List<Span> taken, String text, Matcher m, IndicatorKind kind, double value,
                     Double max, String unit) {
        Span span = new Span(m.start(), m.end());
        for (Span t : taken) {
            if (t.overlaps(span)) {
                return;
            }
        }
        if (!standsAlone(text, span)) {
            return;
        }
        taken.add(span);
        Span sentenceSpan = sentenceAround(text, span);
        String sentence = sentenceSpan.of(text);
        String before = text.substring(sentenceSpan.begin(), span.begin());
        boolean approx = groupOrNull(m, "pre") != null || groupOrNull(m, "more") != null || groupOrNull(m, "post") != null;
        // A cue inside a name ("南太湖精英计划", 《…规划》) says nothing about the number.
        boolean target = hasTargetCue(before.indexOf('“') < 0 && before.indexOf('《') < 0 && before.indexOf('"') < 0
            && before.indexOf('「') < 0 ? before : QUOTED.matcher(before).replaceAll(""));
        found.add(new Indicator(target ? IndicatorKind.TARGET : kind, value, max, unit, approx, yearIn(before),
            subject(text, sentenceSpan, span), span, sentence));
    }

    /** The ISO code of a money match: the currency named before the number when the unit after is a bare 元. */
    private static String currency(String text, int start, String unit) {
        if ("元".equals(unit)) {
            Matcher before = CURRENCY_BEFORE.matcher(text.substring(Math.max(0, start - 3), start));
            if (before.find()) {
                return ISO.get(before.group(1));
            }
        }
        return ISO.get(unit);
    }

    /** A number glued to letters or other digits (G60, 0571-8888) is a name or a code, not an amount. */
    private static boolean standsAlone(String text, Span span) {
        if (span.begin() > 0) {
            char c = text.charAt(span.begin() - 1);
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '.') {
                return false;
            }
        }
        return true;
    }

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /** The named groups of each pattern: asking a matcher for a group its pattern lacks throws, which is slow. */
    private static final Map<Pattern, java.util.Set<String>> GROUPS = java.util.stream.Stream.of(MONEY, PERCENT,
        RANK, RATIO, COUNT).collect(java.util.stream.Collectors.toMap(p -> p, p -> GROUP_NAME.matcher(p.pattern())
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

    private static Integer yearIn(String before) {
        if (before.indexOf('年') < 0) {
            return null;
        }
        Integer year = null;
        for (Matcher y = YEAR.matcher(before); y.find(); ) {
            year = Integer.parseInt(y.group(1));
        }
        return year;
    }

    /** The clause's words before the number, stripped of connectives and verbs: "新增高新技术企业2000家" → 高新技术企业. */
    static String subject(String text, Span sentence, Span number) {
        int from = number.begin();
        while (from > sentence.begin() && "，,；;：:、（(\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String clause = text.substring(from, number.begin()).strip();
        clause = clause.replaceAll("[“”\"‘’《》]", "");
        String s = withoutTrailing(LEADING.matcher(clause).replaceFirst(""));
        s = LEADING.matcher(s).replaceFirst("");
        if (s.length() > 16) {
            s = s.substring(s.length() - 16);
        }
        return s.strip();
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
        for (int i = s.length() - 1; i >= 0; i--) {
            for (String w : TRAILING) {
                if (i + w.length() <= s.length() && tail[i + w.length()] && s.startsWith(w, i)) {
                    tail[i] = true;
                    cut = i;
                    break;
                }
            }
        }
        return s.substring(0, cut);
    }

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
