package io.policylens.extract;

import io.policylens.text.HanChars;

import io.policylens.text.DocumentNumbers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a government page's policy header from its lines, in every layout provinces and cities use: a table whose
 * cells hold labels and values apart (索引号 | 11330000…), a list of {@code label：value} items, several pairs on one
 * line, or plain text. At least two labelled fields make a header. When the header lacks them, the text gives the
 * document number (a line 浙政办发〔2023〕5号 under the title) and the issuer and date (the signature block at the end:
 * the issuing body, then the date). Citations are the 《titles》 of policy documents the text names, with their
 * numbers when given. Thread-safe.
 */
public final class PolicyHeaderReader {

    /** A header's fields. */
    enum Field { INDEX_NUMBER, ISSUER, DOCUMENT_NUMBER, WRITTEN, PUBLISHED, TOPIC, VALIDITY }

    private static final Map<Field, String> LABELS = new EnumMap<>(Map.of(
        Field.INDEX_NUMBER, "索\\s*引\\s*号|索\\s*引\\s*號|信息索引号",
        Field.ISSUER, "发文机关|發文機關|发布机构|發佈機構|發布機構|发布机关|發布機關|发文单位|發文單位|发布单位|發布單位|制发机关|"
            + "制發機關|发文机构|發文機構|发布主体",
        Field.DOCUMENT_NUMBER, "发文字号|發文字號|文\\s*号|文\\s*號",
        Field.WRITTEN, "成文日期|成文時間|成文时间",
        Field.PUBLISHED, "发布日期|發布日期|發佈日期|公开日期|公開日期|发文日期|發文日期|印发日期|印發日期",
        // 分类 alone is a label only with its colon: 分类推进 opens sentences.
        Field.TOPIC, "主题分类|主題分類|主题类别|主題類別|主题词|主題詞|组配分类|組配分類|信息分类|信息分類|分\\s*类\\s*[:：]|"
            + "分\\s*類\\s*[:：]",
        Field.VALIDITY, "有\\s*效\\s*性|时\\s*效\\s*性|時\\s*效\\s*性|效力状态|效力狀態|是否有效"));
    private static final Pattern LABEL;
    /** The characters labels begin with. */
    private static final String LABEL_FIRST = LABELS.values().stream()
        .flatMap(alternatives -> java.util.Arrays.stream(alternatives.split("\\|")))
        .map(label -> label.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());
    /** The longest line a header's labels are looked for in: several label–value pairs, never a paragraph. */
    private static final int HEADER_LINE = 200;

    static {
        StringBuilder sb = new StringBuilder("(?<![" + HanChars.CLASS + "])(");
        boolean first = true;
        for (String alternatives : LABELS.values()) {
            // 索　引　号: pages space a label's characters with ideographic spaces too.
            sb.append(first ? "" : "|").append(alternatives.replace("\\s*", "[\\s\\u3000]*"));
            first = false;
        }
        LABEL = Pattern.compile(sb.append(")\\s*[:：]?\\s*").toString());
    }

    private static final Pattern DOCUMENT_NUMBER = DocumentNumbers.PATTERN;
    /** A cited document: 《关于…的意见》, then its number in brackets when given. */
    private static final Pattern CITATION = Pattern.compile(
        "《([^《》]{2,80}(关于|關於|条例|條例|办法|辦法|规定|規定|意见|意見|通知|决定|決定|方案|规划|規劃|纲要|綱要|法|细则|細則|"
            + "措施|计划|計劃|指引|指南|标准|標準|准则|準則|章程|行动|行動)[^《》]{0,40})》\\s*"
            + "(?:[（(]\\s*(" + DOCUMENT_NUMBER.pattern() + ")\\s*[)）])?");

    /**
     * A law or rule cited the way Taiwan and Hong Kong write titles, 「臺中市產業發展自治條例」: in corner brackets, which
     * also mark quotations, so only a title that ends like one of a law or a rule.
     */
    private static final Pattern CORNER_CITATION = Pattern.compile(
        "「([^「」《》]{2,60}(条例|條例|办法|辦法|要点|要點|规定|規定|细则|細則|准则|準則|规则|規則|纲要|綱要|计划|計畫|計劃|"
            + "方案|意见|意見|法))」\\s*(?:[（(]\\s*(" + DOCUMENT_NUMBER.pattern() + ")\\s*[)）])?");

    private PolicyHeaderReader() {
    }

    /** The header and the lines it was read from (to be kept out of the text). */
    public record Read(PolicyHeader header, Set<String> lines) {
    }

    /** The labelled header among a page's lines, or {@link PolicyHeader#NONE} when fewer than two fields are labelled. */
    public static Read header(List<String> lines) {
        Map<Field, String> values = new LinkedHashMap<>();
        Set<String> consumed = new LinkedHashSet<>();
        Field waiting = null; // a label whose value is the next line (a table's next cell)
        for (String raw : lines) {
            String line = raw.strip();
            List<int[]> labels = new ArrayList<>(); // [start, valueStart, field ordinal]
            Matcher m = LABEL.matcher(line).useTransparentBounds(true);
            // A label starts a line or follows what is not a Chinese character, and begins with one of few
            // characters: only there is the pattern tried. A paragraph of text is no header line.
            for (int i = 0; line.length() <= HEADER_LINE && i < line.length(); i++) {
                if (LABEL_FIRST.indexOf(line.charAt(i)) < 0 || i > 0 && HanChars.isHan(line.charAt(i - 1))) {
                    continue;
                }
                m.region(i, line.length());
                if (m.lookingAt()) {
                    Field f = fieldOf(m.group(1));
                    if (f != null) {
                        labels.add(new int[] {m.start(), m.end(), f.ordinal()});
                    }
                    i = Math.max(i, m.end() - 1);
                }
            }
            if (labels.isEmpty()) {
                if (waiting != null && !line.isEmpty() && line.length() <= 80) {
                    values.putIfAbsent(waiting, line);
                    consumed.add(raw);
                }
                waiting = null;
                continue;
            }
            waiting = null;
            for (int i = 0; i < labels.size(); i++) {
                int[] l = labels.get(i);
                int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : line.length();
                String value = line.substring(l[1], end).strip().replaceAll("[|｜]\\s*$", "").strip();
                Field f = Field.values()[l[2]];
                if (value.isEmpty()) {
                    waiting = f;
                } else {
                    values.putIfAbsent(f, value);
                }
            }
            consumed.add(raw);
        }
        if (values.size() < 2) {
            return new Read(PolicyHeader.NONE, Set.of());
        }
        return new Read(new PolicyHeader(values.get(Field.INDEX_NUMBER), values.get(Field.ISSUER),
            documentNumber(values.get(Field.DOCUMENT_NUMBER)), date(values.get(Field.WRITTEN)),
            date(values.get(Field.PUBLISHED)), values.get(Field.TOPIC), values.get(Field.VALIDITY), List.of()), consumed);
    }

    /**
     * What the text of a policy says of itself when no header does: a document-number line among its first lines,
     * and the signature block at its end (the issuing body, then the date it was written).
     *
     * @param lines the lines from the title to the end of the document
     */
    public static PolicyHeader fromText(List<String> lines) {
        String number = null;
        for (int i = 0; i < Math.min(lines.size(), 6); i++) {
            String l = lines.get(i).strip();
            if (l.indexOf('号') < 0 && l.indexOf('號') < 0) {
                continue; // every document number ends so
            }
            Matcher m = DOCUMENT_NUMBER.matcher(l);
            if (m.find() && m.start() <= 2 && l.length() - m.end() <= 2) {
                number = documentNumber(m.group());
                break;
            }
        }
        String issuer = null;
        LocalDate written = null;
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 4); i--) {
            String l = lines.get(i).strip();
            LocalDate d = l.length() <= 20 ? PublishedDateFinder.parseDate(l) : null;
            String above = i > 0 ? lines.get(i - 1).replace('\u3000', ' ').strip() : "";
            if (d != null && LineBasedMainContent.ISSUER_LINE.matcher(above).matches()) {
                written = d;
                issuer = above.replaceAll("\\s+", " ");
                break;
            }
        }
        return new PolicyHeader(null, issuer, number, written, null, null, null, List.of());
    }

    /**
     * The documents a text cites, in order of first mention, each once; not the document itself (a notice that
     * amends 「…要點」 names it in its own title).
     */
    public static List<PolicyHeader.Citation> citations(String text, String ownTitle) {
        Map<String, PolicyHeader.Citation> out = new LinkedHashMap<>();
        java.util.TreeMap<Integer, Matcher> found = new java.util.TreeMap<>();
        for (Pattern p : List.of(CITATION, CORNER_CITATION)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.putIfAbsent(m.start(), p.matcher(text).region(m.start(), text.length()));
            }
        }
        for (Matcher m : found.values()) {
            if (!m.lookingAt()) {
                continue;
            }
            String title = m.group(1).strip();
            if (ownTitle != null && ownTitle.contains(title)) {
                continue;
            }
            String number = m.group(3) == null ? null : documentNumber(m.group(3));
            PolicyHeader.Citation known = out.get(title);
            if (known == null || known.documentNumber() == null && number != null) {
                out.put(title, new PolicyHeader.Citation(title, number));
            }
        }
        return List.copyOf(out.values());
    }

    /** A document number as the index keeps it (brackets made 〔〕); a value that holds none as written, or null. */
    static String documentNumber(String s) {
        if (s == null || s.isBlank() || s.strip().matches("[无無/\\-－—]")) {
            return null;
        }
        String n = DocumentNumbers.normalise(s);
        return n != null ? n : s.strip();
    }

    /** Each field's labels, without the spaces pages put between their characters. */
    private static final Map<Field, Pattern> FIELD_LABELS = fieldLabels();

    private static Map<Field, Pattern> fieldLabels() {
        Map<Field, Pattern> m = new EnumMap<>(Field.class);
        LABELS.forEach((f, alternatives) -> m.put(f, Pattern.compile(alternatives.replace("\\s*", ""))));
        return m;
    }

    private static Field fieldOf(String label) {
        String l = label.replaceAll("[\\s\\u3000]", "");
        for (Map.Entry<Field, Pattern> e : FIELD_LABELS.entrySet()) {
            if (e.getValue().matcher(l).matches()) {
                return e.getKey();
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
        return value == null ? null : PublishedDateFinder.parseFieldDate(value);
    }
}
