package io.policylens.analyse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads an amount of money the way Chinese text writes it, starting at the first character of its number: Arabic
 * or Chinese numerals with 万/亿/兆 (五百万, 三个亿, 2.6万亿, 7千万, 2亿3,400万), financial numerals (贰仟伍佰万元整, 圆),
 * a currency before or after the number or after 元 (新台币 52.3 亿元, 8000元日币, 港币, 泰铢 …), ranges with a shared
 * or repeated unit and any dash or word (两千到三千万元, 2万元--8万元, 3——5万港币, 从6000到2万港元, 20~30k元,
 * 2万(含)-6万元), approximate amounts as ranges (2000多欧元 → 2000–3000, 数百亿元 → 100亿–1000亿, 二十几块 → 20–30,
 * 六七亿 → 6亿–7亿, 七八千块钱 → 7000–8000), qualifiers (约, 近, 超, 逾, 不到, 至少…以上, 左右, 上下) and colloquial
 * units (块, 毛, 角, k/w) when they are money. A currency is never read from a unit that is not money (兆瓦).
 * Values are computed in decimal, so that 42.3亿 is exactly 4230000000. Thread-safe (no state).
 */
final class Amounts {

    /** A number as written: its bounds (high null for one value), where it ends, and what its end multiplied by. */
    record Number(int end, BigDecimal low, BigDecimal high, boolean approx, BigDecimal multiplier, boolean chinese,
                  boolean letterMultiplier) {
    }

    /** An amount of money found: [begin, end) in the text, its bounds, its ISO 4217 currency, whether approximate. */
    record Money(int begin, int end, BigDecimal low, BigDecimal high, String currency, boolean approx) {
    }

    private static final String DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖";
    private static final String UNITS = "十百千万亿拾佰仟";
    /** Currency words, longest first where one begins another; the ISO code each means. */
    private static final List<Map.Entry<String, String>> CURRENCIES = List.of(
        Map.entry("新加坡元", "SGD"), Map.entry("瑞士法郎", "CHF"), Map.entry("澳门元", "MOP"), Map.entry("澳门币", "MOP"),
        Map.entry("人民币", "CNY"), Map.entry("新台币", "TWD"), Map.entry("台币", "TWD"), Map.entry("港元", "HKD"),
        Map.entry("港币", "HKD"), Map.entry("美元", "USD"), Map.entry("美金", "USD"), Map.entry("欧元", "EUR"),
        Map.entry("日元", "JPY"), Map.entry("日币", "JPY"), Map.entry("英镑", "GBP"), Map.entry("澳元", "AUD"),
        Map.entry("加元", "CAD"), Map.entry("泰铢", "THB"), Map.entry("卢布", "RUB"), Map.entry("韩元", "KRW"),
        Map.entry("卢比", "INR"), Map.entry("块钱", "CNY"), Map.entry("元", "CNY"), Map.entry("圆", "CNY"),
        Map.entry("块", "CNY"));
    /** Qualifiers before a number that make it approximate; one that ends another comes after it (不低于, 低于; 不超过, 超过). */
    private static final List<String> APPROX_BEFORE = List.of("将近", "接近", "大约", "不超过", "不高于", "不多于", "超过", "不到", "不足", "小于",
        "不少于", "不低于", "少于", "低于", "至少", "多达", "高达", "突破", "约", "近", "超", "逾");
    /** Qualifiers after an amount that make it approximate. */
    private static final List<String> APPROX_AFTER = List.of("以上", "左右", "上下", "以下", "之多", "起");
    /** What stands between the bounds of a range. */
    private static final List<String> SEPARATORS = List.of("——", "--", "至", "到", "-", "－", "~", "～", "—", "–");
    /** Words that make a sentence about money, for a bare 块 (二十几块) that could count pieces. */
    private static final List<String> MONEY_CONTEXT = List.of("钱", "元", "价", "卖", "买", "花了", "费", "薪", "资金",
        "金额", "付款", "贷款", "存款", "售", "赔", "罚", "补贴", "奖金", "税", "收入", "支付", "工资", "租");

    /** What 元 begins when it is no money: 二元结构, 多元化, 元宇宙, 元旦. */
    private static final java.util.regex.Pattern NOT_MONEY_AFTER_YUAN = java.util.regex.Pattern.compile(
        "化|结构|论|素|次|组|宇宙|旦|首|老|帅|函数|方程");

    private Amounts() {
    }

    static boolean isDigitChar(char c) {
        return (c >= '0' && c <= '9') || DIGITS.indexOf(c) >= 0 || UNITS.indexOf(c) >= 0 || c == '几' || c == '数';
    }

    /**
     * The amount of money whose number begins at {@code start}, with the qualifiers and currency written before it,
     * or null when what begins there is no money.
     */
    static Money moneyAt(String text, int start) {
        Number first = number(text, start);
        if (first == null) {
            return null;
        }
        int p = skipInclusive(text, first.end());
        Currency firstUnit = currencyAt(text, skipSpaces(text, p));
        int afterFirst = firstUnit == null ? p : firstUnit.end();
        Number second = null;
        int sep = separatorEnd(text, skipSpaces(text, afterFirst));
        if (sep >= 0) {
            second = number(text, skipSpaces(text, sep));
        }
        Currency unit = firstUnit;
        int end = p;
        if (second != null) {
            int e = skipInclusive(text, second.end());
            Currency secondUnit = currencyAt(text, skipSpaces(text, e));
            if (secondUnit != null) {
                unit = secondUnit;
                end = e;
            } else if (firstUnit == null && currencyBefore(text, start) != null) {
                end = e; // 美元5至6亿
            } else {
                second = null; // 1万元至5: the amount is the first one
            }
        }
        Currency before = currencyBefore(text, start);
        if (unit == null && before == null) {
            return null;
        }
        int last = unit == null ? end : unit.end();
        String currency = unit != null ? unit.code() : before.code();
        if (unit != null) {
            if (unit.word().equals("块") || unit.word().equals("块钱")) {
                if (!isColloquialMoney(text, start, unit)) {
                    return null;
                }
            }
            if (first.chinese() && second == null && first.low().compareTo(BigDecimal.TEN) < 0
                && unit.word().equals("元") && NOT_MONEY_AFTER_YUAN.matcher(text).region(unit.end(), text.length())
                .lookingAt()) {
                return null; // 二元结构, 一元化
            }
            // 元 with a currency after it (8000元日币, 52.3亿元新台币): that currency.
            if (unit.word().equals("元")) {
                Currency after = currencyAt(text, last);
                if (after != null && !after.code().equals("CNY") && !after.word().equals("元")) {
                    currency = after.code();
                    last = after.end();
                } else if (after != null && after.word().equals("人民币")) {
                    last = after.end();
                }
            }
            if (before != null && unit.word().equals("元")) {
                currency = before.code(); // 新台币1.6兆元
            }
        }
        if ((first.letterMultiplier() || second != null && second.letterMultiplier()) && unit == null) {
            return null; // 20k, 3w: multipliers only where money says so
        }
        BigDecimal low = first.low();
        BigDecimal high = first.high();
        boolean approx = first.approx();
        if (second != null) {
            BigDecimal upper = second.high() != null ? second.high() : second.low();
            // 两千到三千万 is 2千万–3千万: a bound without the other's multiplier borrows it, when that stays a range.
            if (first.multiplier().compareTo(BigDecimal.ONE) == 0 && second.multiplier().compareTo(BigDecimal.ONE) > 0) {
                BigDecimal borrowed = low.multiply(second.multiplier());
                if (borrowed.compareTo(second.low()) <= 0) {
                    low = borrowed;
                }
            }
            high = upper;
            approx = approx || second.approx();
        }
        // 分, 角, 毛 after 块 or 元: 3块5毛, 12元8角5分.
        if (unit != null && (unit.word().equals("元") || unit.word().equals("块")) && second == null) {
            int q = last;
            BigDecimal cents = BigDecimal.ZERO;
            for (String[] sub : new String[][] {{"毛", "0.1"}, {"角", "0.1"}, {"分", "0.01"}}) {
                if (q < text.length() && isArabicDigit(text.charAt(q))) {
                    int d = q;
                    while (d < text.length() && isArabicDigit(text.charAt(d))) {
                        d++;
                    }
                    if (text.startsWith(sub[0], d)) {
                        cents = cents.add(new BigDecimal(text.substring(q, d)).multiply(new BigDecimal(sub[1])));
                        q = d + 1;
                    }
                }
            }
            if (q > last) {
                low = low.add(cents);
                last = q;
            }
        }
        if (text.startsWith("钱", last) && unit != null && unit.word().equals("块")) {
            last++;
        }
        if (text.startsWith("整", last)) {
            last++;
        }
        for (String a : APPROX_AFTER) {
            if (text.startsWith(a, last)) {
                approx = true;
                last += a.length();
                break;
            }
        }
        int begin = before != null ? before.begin() : start;
        int q = qualifierBefore(text, begin);
        if (q >= 0) {
            begin = q;
            approx = true;
        } else if (begin >= 1 && text.charAt(begin - 1) == '从' && second != null) {
            begin--;
        }
        return new Money(begin, last, low, high, currency, approx);
    }

    /** A bare 块 is money in a sentence about money, and not when a noun follows (10块GPU). */
    private static boolean isColloquialMoney(String text, int start, Currency unit) {
        if (unit.word().equals("块钱")) {
            return true;
        }
        int after = unit.end();
        if (after < text.length()) {
            char c = text.charAt(after);
            if (c == '钱') {
                return true;
            }
            if (isArabicDigit(c)) {
                int d = after;
                while (d < text.length() && isArabicDigit(text.charAt(d))) {
                    d++;
                }
                if (d < text.length() && (text.charAt(d) == '毛' || text.charAt(d) == '角')) {
                    return true; // 12块5毛
                }
            }
            if (io.policylens.text.HanChars.isHan(c) || Character.isLetterOrDigit(c) || "“‘\"《「".indexOf(c) >= 0) {
                return false; // 10块GPU, 4块芯片, 一块“含光800”: a measure word before its noun
            }
        }
        int from = start;
        while (from > 0 && "。！？\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = after;
        while (to < text.length() && "。！？\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String sentence = text.substring(from, to);
        for (String word : MONEY_CONTEXT) {
            if (sentence.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A number with its multipliers and approximations, beginning at {@code i}, or null. */
    static Number number(String text, int i) {
        if (i >= text.length()) {
            return null;
        }
        char c = text.charAt(i);
        if (isArabicDigit(c)) {
            return arabic(text, i);
        }
        if (DIGITS.indexOf(c) >= 0 || UNITS.indexOf(c) >= 0 || c == '几' || c == '数') {
            return chinese(text, i);
        }
        return null;
    }

    private static boolean isArabicDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Number arabic(String text, int i) {
        int j = i;
        while (j < text.length() && isArabicDigit(text.charAt(j))) {
            j++;
        }
        // thousands groups: 1,234,567
        while (j + 3 < text.length() + 0 && j < text.length() && (text.charAt(j) == ',' || text.charAt(j) == '，')
            && j + 3 <= text.length() && allDigits(text, j + 1, j + 4)
            && (j + 4 >= text.length() || !isArabicDigit(text.charAt(j + 4)))) {
            j += 4;
        }
        if (j + 1 < text.length() && text.charAt(j) == '.' && isArabicDigit(text.charAt(j + 1))) {
            j++;
            while (j < text.length() && isArabicDigit(text.charAt(j))) {
                j++;
            }
        }
        String digits = text.substring(i, j).replace(",", "").replace("，", "");
        BigDecimal base = new BigDecimal(digits);
        BigDecimal step = placeStep(digits);
        boolean approx = false;
        int k = j;
        if (k < text.length() && (text.charAt(k) == '多' || text.charAt(k) == '余') && multiplierAt(text, k + 1) != null) {
            approx = true; // 2000多万
            k++;
        }
        int m = k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0') && multiplierAt(text, k + 1) != null
            ? k + 1 : k;
        Multiplier mult = multiplierAt(text, m);
        BigDecimal factor = BigDecimal.ONE;
        boolean letter = false;
        if (mult != null) {
            factor = mult.factor();
            letter = mult.letter();
            k = mult.end();
        }
        BigDecimal low = base.multiply(factor);
        // 2亿3,400万: what follows 亿 in 万
        if (mult != null && mult.factor().compareTo(E8) == 0) {
            int d = k;
            while (d < text.length() && (isArabicDigit(text.charAt(d)) || text.charAt(d) == ',')) {
                d++;
            }
            if (d > k && d < text.length() && text.charAt(d) == '万') {
                low = low.add(new BigDecimal(text.substring(k, d).replace(",", "")).multiply(E4));
                k = d + 1;
                step = BigDecimal.ONE;
                factor = E4;
            }
        }
        if (!approx && k < text.length() && (text.charAt(k) == '多' || text.charAt(k) == '余')) {
            approx = true; // 1万多, 2000多
            k++;
        }
        BigDecimal high = approx ? low.add(step.multiply(factor)) : null;
        return new Number(k, low, high, approx, factor, false, letter);
    }

    private static boolean allDigits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isArabicDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 10 to the place of the last non-zero digit: 2000 → 1000, 2500 → 100, 2.5 → 0.1. */
    private static BigDecimal placeStep(String digits) {
        BigDecimal d = new BigDecimal(digits).stripTrailingZeros();
        return BigDecimal.ONE.movePointLeft(d.scale());
    }

    private record Multiplier(int end, BigDecimal factor, boolean letter) {
    }

    private static final BigDecimal E4 = new BigDecimal("1E4");
    private static final BigDecimal E8 = new BigDecimal("1E8");
    private static final List<Map.Entry<String, BigDecimal>> MULTIPLIERS = List.of(
        Map.entry("万亿", new BigDecimal("1E12")), Map.entry("千亿", new BigDecimal("1E11")),
        Map.entry("百亿", new BigDecimal("1E10")), Map.entry("十亿", new BigDecimal("1E9")),
        Map.entry("千万", new BigDecimal("1E7")), Map.entry("百万", new BigDecimal("1E6")),
        Map.entry("十万", new BigDecimal("1E5")), Map.entry("个亿", E8), Map.entry("亿", E8), Map.entry("万", E4),
        Map.entry("千", new BigDecimal("1E3")), Map.entry("百", new BigDecimal("1E2")));

    /** A multiplier written after Arabic digits: 万, 亿, 万亿, 千万 …; 兆 only before money; k and w before money. */
    private static Multiplier multiplierAt(String text, int i) {
        if (i >= text.length()) {
            return null;
        }
        for (Map.Entry<String, BigDecimal> m : MULTIPLIERS) {
            if (text.startsWith(m.getKey(), i)) {
                return new Multiplier(i + m.getKey().length(), m.getValue(), false);
            }
        }
        char c = text.charAt(i);
        if (c == '兆' && currencyAt(text, i + 1) != null) {
            return new Multiplier(i + 1, new BigDecimal("1E12"), false); // 新台币1.6兆元; 兆瓦 is power
        }
        if ((c == 'k' || c == 'K' || c == 'w' || c == 'W') && (i + 1 >= text.length()
            || !Character.isLetter(text.charAt(i + 1)) || currencyAt(text, i + 1) != null)) {
            return new Multiplier(i + 1, c == 'k' || c == 'K' ? new BigDecimal("1E3") : E4, true);
        }
        return null;
    }

    private static Number chinese(String text, int i) {
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (DIGITS.indexOf(c) >= 0 || UNITS.indexOf(c) >= 0 || c == '几' || (c == '数' && j == i)) {
                j++;
            } else if (c == '个' && text.startsWith("亿", j + 1) && j > i) {
                j++; // 三个亿
            } else if (c == '兆' && currencyAt(text, j + 1) != null) {
                j++;
            } else {
                break;
            }
        }
        String s = text.substring(i, j).replace("个", "");
        if (s.isEmpty() || UNITS.indexOf(s.charAt(0)) >= 0 && s.charAt(0) != '十' && s.charAt(0) != '拾'
            && !(s.length() >= 2 && (s.charAt(0) == '百' || s.charAt(0) == '千') && (s.charAt(1) == '万' || s.charAt(1) == '亿'))) {
            return null; // 万元: a unit alone is no number; 千亿元, 百万元 are one of them
        }
        boolean approx = false;
        BigDecimal low;
        BigDecimal high = null;
        try {
            char c0 = s.charAt(0);
            if (c0 == '几' || c0 == '数') {
                // 几百万, 数百亿: one to ten of what follows
                if (s.length() < 2) {
                    return null;
                }
                BigDecimal unit = chineseValue("一" + s.substring(1));
                low = unit;
                high = unit.multiply(BigDecimal.TEN);
                approx = true;
            } else if (s.length() >= 3 && digitOf(c0) >= 0 && digitOf(s.charAt(1)) >= 0 && UNITS.indexOf(s.charAt(2)) >= 0
                && adjacent(digitOf(c0), digitOf(s.charAt(1)))) {
                // 六七亿, 两三百, 七八千: between the two
                String units = s.substring(2);
                low = chineseValue(c0 + units);
                high = chineseValue(s.charAt(1) + units);
                approx = true;
            } else if (s.indexOf('几') > 0) {
                // 二十几, 十几万: the place after its unit is unknown
                int k = s.indexOf('几');
                String head = s.substring(0, k);
                String tail = s.substring(k + 1);
                BigDecimal tailFactor = tail.isEmpty() ? BigDecimal.ONE : chineseValue("一" + tail);
                low = chineseValue(head).multiply(tailFactor);
                BigDecimal place = BigDecimal.valueOf(unitValue(head.charAt(head.length() - 1)));
                high = low.add(place.multiply(tailFactor));
                approx = true;
            } else {
                low = chineseValue(s);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        int k = j;
        BigDecimal lastUnit = lastUnitOf(s);
        if (!approx && k < text.length() && (text.charAt(k) == '多' || text.charAt(k) == '余') && lastUnit != null) {
            // 二十多, 三百多万: one more of its last unit
            int m = k + 1;
            BigDecimal factor = BigDecimal.ONE;
            Multiplier after = multiplierAt(text, m);
            if (after != null && !after.letter()) {
                factor = after.factor();
                m = after.end();
            }
            low = low.multiply(factor);
            high = low.add(lastUnit.multiply(factor));
            approx = true;
            k = m;
        }
        return new Number(k, low, high, approx, multiplierOf(s), true, false);
    }

    private static boolean adjacent(int a, int b) {
        return b == a + 1 || a == 3 && b == 5;
    }

    private static BigDecimal chineseValue(String s) {
        if (s.endsWith("兆")) {
            return chineseValue(s.substring(0, s.length() - 1)).multiply(new BigDecimal("1E12"));
        }
        return BigDecimal.valueOf((long) ChineseNumber.parse(s));
    }

    private static int digitOf(char c) {
        return ChineseNumber.digitOrNegative(c);
    }

    private static long unitValue(char c) {
        long u = ChineseNumber.unit(c);
        return u == 0 ? 1 : u;
    }

    /** The value of the last unit character of a Chinese number (二十 → 10, 三百 → 100), or null if none. */
    private static BigDecimal lastUnitOf(String s) {
        char c = s.charAt(s.length() - 1);
        long u = unitValue(c);
        if (u == 1) {
            return null;
        }
        // 三百万: the step is 百 within 万
        if (u >= 10_000 && s.length() >= 2) {
            long inner = unitValue(s.charAt(s.length() - 2));
            if (inner > 1 && inner < u) {
                return BigDecimal.valueOf(inner * u);
            }
        }
        return BigDecimal.valueOf(u);
    }

    /** What a Chinese number's trailing 万 or 亿 multiplies by (for a range's shared unit). */
    private static BigDecimal multiplierOf(String s) {
        if (s.endsWith("万亿")) {
            return new BigDecimal("1E12");
        }
        if (s.endsWith("亿")) {
            return E8;
        }
        if (s.endsWith("万")) {
            return E4;
        }
        return BigDecimal.ONE;
    }

    private record Currency(int begin, int end, String word, String code) {
    }

    private static Currency currencyAt(String text, int i) {
        for (Map.Entry<String, String> c : CURRENCIES) {
            if (text.startsWith(c.getKey(), i)) {
                return new Currency(i, i + c.getKey().length(), c.getKey(), c.getValue());
            }
        }
        return null;
    }

    /** A currency word just before the number (人民币100万元, 新台币 52.3亿元, 美元5亿). */
    private static Currency currencyBefore(String text, int start) {
        int e = start;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\u00a0')) {
            e--;
        }
        for (Map.Entry<String, String> c : CURRENCIES) {
            String w = c.getKey();
            if (w.length() < 2) {
                continue; // a bare 元 or 块 before a number belongs to something else
            }
            if (e >= w.length() && text.startsWith(w, e - w.length())) {
                return new Currency(e - w.length(), e, w, c.getValue());
            }
        }
        return null;
    }

    /**
     * One-character qualifiers and the characters before them that make them the end of a word: 签约 (signed), 合约,
     * 节约, 最近, 附近, 赶超 qualify no number after them (签约1.3亿元 is exact).
     */
    static final java.util.Map<String, String> WORDS_ENDING_IN_A_QUALIFIER = java.util.Map.of(
        "约", "签合节预制履违特公条邀集缔婚", "近", "最附临邻", "超", "赶追");

    /** Whether the one-character qualifier at {@code at} ends a word with the character before it. */
    static boolean endsAWord(String text, int at, String qualifier) {
        String before = WORDS_ENDING_IN_A_QUALIFIER.get(qualifier);
        return before != null && at > 0 && before.indexOf(text.charAt(at - 1)) >= 0;
    }

    /** Where an approximating qualifier just before {@code i} begins, or -1. */
    private static int qualifierBefore(String text, int i) {
        for (String q : APPROX_BEFORE) {
            if (i >= q.length() && text.startsWith(q, i - q.length()) && !endsAWord(text, i - q.length(), q)) {
                return i - q.length();
            }
        }
        return -1;
    }

    private static int separatorEnd(String text, int i) {
        for (String s : SEPARATORS) {
            if (text.startsWith(s, i)) {
                int e = i + s.length();
                while (e < text.length() && (text.charAt(e) == '-' || text.charAt(e) == '—')) {
                    e++;
                }
                return e;
            }
        }
        return -1;
    }

    /** Past a bound's "(含)" or "（含）". */
    private static int skipInclusive(String text, int i) {
        for (String s : List.of("(含)", "（含）")) {
            if (text.startsWith(s, i)) {
                return i + s.length();
            }
        }
        return i;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i;
    }
}
