package io.policylens.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date in the lines around a title: 2024-03-04, 2024/3/4, 2024年3月4日, a signature's
 * 二〇二四年三月四日, Taiwan's 民國113年3月4日. Thread-safe.
 */
public final class PublishedDateFinder {

    private static final Pattern DATE = Pattern.compile(
        "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");

    /** A date in Chinese numerals, as signatures write it: 二〇二四年三月四日. */
    private static final Pattern HAN_DATE = Pattern.compile(
        "([〇零○ＯO一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,2})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    /** A date of the Republic of China calendar (year 1 = 1912): 民國113年3月4日. */
    private static final Pattern ROC_DATE = Pattern.compile(
        "民[國国]\\s*(\\d{2,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /** A value that is only a date of the Republic of China calendar, as Taiwan's headers give it: 113-03-04. */
    private static final Pattern ROC_VALUE = Pattern.compile(
        "^\\s*(?:民[國国]\\s*)?(\\d{2,3})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$");
    private static final String HAN_DIGITS = "〇一二三四五六七八九";

    /** A publication date's label: 发布日期, 发布时间, 发表时间, 日期 … followed by the date. */
    private static final Pattern LABELLED = Pattern.compile(
        "(发布|發佈|發布|发表|發表|发稿|發稿|刊发|刊發|上传|上傳|录入|錄入|更新|公开|公開)?(日期|时间|時間)\\s*[：:]\\s*"
            + "((?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2})");
    /** The kinds of date that are not a publication's: written, in force, valid until. */
    private static final Pattern NOT_PUBLISHED = Pattern.compile("(成文|施行|实施|實施|生效|有效期|截止|印发|印發)(日期|时间|時間)?\\s*[：:]?\\s*$");

    private PublishedDateFinder() {
    }

    /**
     * The date of a line that labels it as the publication's (发布日期：2019-03-06, 发布时间: 2018-05-17), or null.
     */
    public static LocalDate labelled(String line) {
        Matcher m = LABELLED.matcher(line);
        while (m.find()) {
            if (m.group(1) == null && NOT_PUBLISHED.matcher(line.substring(0, m.start(2))).find()) {
                continue; // 成文日期：… is when it was written, not published
            }
            LocalDate d = parseDate(m.group(3));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first date found in the given lines, or null. */
    public static LocalDate find(List<String> lines) {
        for (String line : lines) {
            LocalDate d = parseDate(line);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first well-formed date in the text (in Arabic numerals first, then Chinese, then 民國), or null. */
    public static LocalDate parseDate(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                return d;
            }
        }
        m = HAN_DATE.matcher(text);
        while (m.find()) {
            int year = 0;
            for (char c : m.group(1).toCharArray()) {
                year = year * 10 + Math.max(0, HAN_DIGITS.indexOf(c == '零' || c == '○' || c == 'Ｏ' || c == 'O' ? '〇' : c));
            }
            LocalDate d = date(year, hanNumber(m.group(2)), hanNumber(m.group(3)));
            if (d != null) {
                return d;
            }
        }
        m = ROC_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = date(1911 + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A header field's date: as {@link #parseDate}, or a value of the Republic of China calendar alone (113-03-04). */
    public static LocalDate parseFieldDate(String value) {
        LocalDate d = parseDate(value);
        if (d != null) {
            return d;
        }
        Matcher m = ROC_VALUE.matcher(value);
        return m.matches()
            ? date(1911 + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
            : null;
    }

    /** 1 to 31 in Chinese numerals: 三, 十二, 二十, 三十一. */
    private static int hanNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return HAN_DIGITS.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : HAN_DIGITS.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : HAN_DIGITS.indexOf(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return year < 1900 || year > 2100 ? null : LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 2024-13-45 is not a date; look further
        }
    }
}
