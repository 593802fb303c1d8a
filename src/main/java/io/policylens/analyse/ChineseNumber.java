package io.policylens.analyse;

import java.util.regex.Pattern;

/**
 * Reads numbers as policy text writes them: 1,234.5 · ２０２５ · 1.2万 · 三千万 · 二〇二五 · 肆佰叁拾万 · 两个亿.
 * Works on normalised (simplified, half-width) text. Thread-safe.
 */
public final class ChineseNumber {

    /** Digits and positional characters of Chinese numerals, common and financial forms. */
    public static final String CHINESE_CHARS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟";
    private static final Pattern ARABIC = Pattern.compile("\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?");

    private ChineseNumber() {
    }

    /** The value of a number written in Arabic digits, Chinese numerals, or Arabic digits with a 万/亿 suffix. */
    public static double parse(String s) {
        String t = s.replace("个", "").strip();
        if (t.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        int k = 0;
        while (k < t.length() && (Character.isDigit(t.charAt(k)) || t.charAt(k) == '.' || t.charAt(k) == ','
            || t.charAt(k) == '，')) {
            k++;
        }
        if (k > 0) {
            String digits = t.substring(0, k);
            if (!ARABIC.matcher(digits).matches()) {
                throw new NumberFormatException("not a number: " + s);
            }
            // In decimal: 42.3 × 10⁸ is 4230000000, where doubles give 4229999999.9999995.
            java.math.BigDecimal base = new java.math.BigDecimal(digits.replace(",", "").replace("，", ""));
            return base.multiply(new java.math.BigDecimal(multiplier(t.substring(k)))).doubleValue();
        }
        return parseChinese(t);
    }

    /** 万亿 and 兆 → 1e12, 亿 → 1e8, 万 → 1e4, 千 → 1e3, 百 → 100, "" → 1. */
    public static double multiplier(String suffix) {
        double m = 1;
        for (int i = 0; i < suffix.length(); i++) {
            switch (suffix.charAt(i)) {
                case ' ', '\u00A0' -> { }
                case '万' -> m *= 1e4;
                case '兆' -> m *= 1e12; // with money (新台币, 日元): a trillion; 兆瓦 is a unit, never read here
                case '亿' -> m *= 1e8;
                case '千' -> m *= 1e3;
                case '百' -> m *= 1e2;
                default -> throw new NumberFormatException("not a multiplier: " + suffix);
            }
        }
        return m;
    }

    private static double parseChinese(String s) {
        boolean positional = false;
        for (int i = 0; i < s.length(); i++) {
            if (unit(s.charAt(i)) > 0) {
                positional = true;
                break;
            }
        }
        if (!positional) {
            // 二〇二五: digit by digit.
            double v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return v;
        }
        double total = 0;
        double section = 0;
        double number = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitOrNegative(c);
            if (d >= 0) {
                number = d;
                continue;
            }
            long u = unit(c);
            if (u == 10 || u == 100 || u == 1000) {
                section += (number == 0 ? 1 : number) * u;
                number = 0;
            } else if (u == 10_000) {
                total += (section + number) * 1e4;
                section = 0;
                number = 0;
            } else if (u == 100_000_000) {
                total = (total + section + number) * 1e8;
                section = 0;
                number = 0;
            } else {
                throw new NumberFormatException("not a Chinese numeral: " + s);
            }
        }
        return total + section + number;
    }

    private static int digit(char c) {
        int d = digitOrNegative(c);
        if (d < 0) {
            throw new NumberFormatException("not a Chinese digit: " + c);
        }
        return d;
    }

    static int digitOrNegative(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    static long unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }
}
