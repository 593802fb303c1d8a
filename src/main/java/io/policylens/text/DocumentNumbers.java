package io.policylens.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese official document numbers (发文字号): 浙政发〔2024〕12号, 国办发[2023]5号, 中发（2016）9号, and Taiwan's
 * 府授經字第1130123456號. Pages write the year's brackets many ways; the index and searches compare one form, with 〔〕,
 * 号 and no spaces, so that a number typed with square brackets (or 號) finds the document. Thread-safe.
 */
public final class DocumentNumbers {

    /** A document number anywhere in a text: issuer's short name, year in brackets, serial, 号; or …字第serial號. */
    public static final Pattern PATTERN = Pattern.compile(
        "[" + HanChars.CLASS + "A-Z]{1,12}\\s*[〔\\[［(（【]\\s*((?:19|20)\\d{2})\\s*[〕\\]］)）】]\\s*(第?\\s*\\d{1,5})\\s*[号號]"
            + "|[" + HanChars.CLASS + "]{1,12}字\\s*第\\s*(\\d{3,12})\\s*[号號]");

    private DocumentNumbers() {
    }

    /** Whether the text holds a document number. */
    public static boolean contains(String text) {
        return text != null && PATTERN.matcher(text).find();
    }

    /** The first document number of the text in its one form, or null when there is none. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PATTERN.matcher(text);
        if (!m.find()) {
            return null;
        }
        String whole = m.group();
        if (m.group(3) != null) { // 府授經字第1130123456號: its words as written, 号 as the index compares it
            return whole.replaceAll("\\s", "").replace('號', '号');
        }
        String prefix = whole.substring(0, m.start(1) - m.start()).replaceAll("[\\s〔\\[［(（【]", "");
        return prefix + "〔" + m.group(1) + "〕" + m.group(2).replaceAll("[\\s第]", "") + "号";
    }
}
