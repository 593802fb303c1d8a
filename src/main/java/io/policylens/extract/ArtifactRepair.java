package io.policylens.extract;

import io.policylens.text.HanChars;

import io.policylens.text.ChineseConverter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what scrapers and spinning sites do to Chinese text, before anything else reads it:
 * <ul>
 *   <li>pinyin annotation — {@code 創(chuàng)新} becomes {@code 創新}, but only where the parenthesised syllable is a
 *       reading of the character before it (so {@code 第三(3)} or {@code 蘇州(中國)} stay);</li>
 *   <li>SEO substitutions from {@code seo-substitutions.tsv} — {@code 蕞} for {@code 最}, not in {@code 蕞尔};</li>
 *   <li>censored runs of {@code *} are kept (they are breaks in the text) and flagged.</li>
 * </ul>
 * The result stays in the source's script. Thread-safe.
 */
public final class ArtifactRepair {

    /** What was repaired, and the flags it earns. */
    public record Repaired(String text, Set<String> flags) {
    }

    private static final Pattern ANNOTATION = Pattern.compile(
        "([" + HanChars.CLASS + "])[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7})[)）]");
    private static final Pattern CENSORED = Pattern.compile("\\*{2,}|＊{2,}");
    /** Fewer annotations than this are quotes of pinyin, not a page annotated throughout. */
    private static final int ANNOTATED_PAGE = 3;

    private final Map<Integer, Set<String>> readings;
    private final ChineseConverter converter;
    private final Map<Character, Substitution> substitutions;

    private record Substitution(char meant, List<String> genuine) {
    }

    public ArtifactRepair(ChineseConverter converter) {
        this.converter = converter;
        this.readings = loadReadings();
        this.substitutions = loadSubstitutions();
    }

    public Repaired repair(String text) {
        Set<String> flags = new HashSet<>();
        String t = removeAnnotations(text, flags);
        t = substitute(t, flags);
        if (CENSORED.matcher(t).find()) {
            flags.add("censored");
        }
        return new Repaired(t, flags);
    }

    private String removeAnnotations(String text, Set<String> flags) {
        Matcher m = ANNOTATION.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        while (m.find()) {
            String character = m.group(1);
            if (isReading(character, m.group(2))) {
                m.appendReplacement(out, Matcher.quoteReplacement(character));
                removed++;
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(out);
        if (removed >= ANNOTATED_PAGE) {
            flags.add("pinyin_annotated");
        }
        return removed == 0 ? text : out.toString();
    }

    boolean isReading(String character, String pinyin) {
        String syllable = toneless(pinyin);
        Set<String> r = readings.get(character.codePointAt(0));
        if (r == null || !r.contains(syllable)) {
            r = readings.get(converter.toSimplified(character).codePointAt(0));
        }
        return r != null && r.contains(syllable);
    }

    private String substitute(String text, Set<String> flags) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            Substitution s = substitutions.get(text.charAt(i));
            if (s == null || isGenuine(text, i, s)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            out.setCharAt(i, s.meant());
            flags.add("seo_substitution");
        }
        return out == null ? text : out.toString();
    }

    private static boolean isGenuine(String text, int at, Substitution s) {
        for (String word : s.genuine()) {
            int k = word.indexOf(text.charAt(at));
            if (k >= 0 && at - k >= 0 && text.startsWith(word, at - k)) {
                return true;
            }
        }
        return false;
    }

    /** {@code chuàng} → {@code chuang}, {@code lǜ} → {@code lv}: the form HanLP's pinyin table uses. */
    static String toneless(String pinyin) {
        StringBuilder sb = new StringBuilder(pinyin.length());
        for (char c : pinyin.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            sb.append(switch (c) {
                case 'ā', 'á', 'ǎ', 'à' -> 'a';
                case 'ē', 'é', 'ě', 'è', 'ê' -> 'e';
                case 'ī', 'í', 'ǐ', 'ì' -> 'i';
                case 'ō', 'ó', 'ǒ', 'ò' -> 'o';
                case 'ū', 'ú', 'ǔ', 'ù' -> 'u';
                case 'ǖ', 'ǘ', 'ǚ', 'ǜ', 'ü' -> 'v';
                case 'ń', 'ň', 'ǹ' -> 'n';
                case 'ḿ' -> 'm';
                default -> c;
            });
        }
        return sb.toString();
    }

    /** Every reading of every single character in HanLP's pinyin table ({@code 长=chang2,zhang3}). */
    private static Map<Integer, Set<String>> loadReadings() {
        Map<Integer, Set<String>> out = new HashMap<>();
        try (InputStream in = ArtifactRepair.class.getResourceAsStream("/data/dictionary/pinyin/pinyin.txt")) {
            if (in == null) {
                throw new IllegalStateException("HanLP's pinyin table is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (eq <= 0 || line.codePointCount(0, eq) != 1) {
                    continue;
                }
                Set<String> set = out.computeIfAbsent(line.codePointAt(0), k -> new HashSet<>());
                for (String p : line.substring(eq + 1).split(",")) {
                    set.add(p.replaceAll("[0-9]", "").strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<Character, Substitution> loadSubstitutions() {
        Map<Character, Substitution> out = new HashMap<>();
        try (InputStream in = ArtifactRepair.class.getResourceAsStream("seo-substitutions.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<String> genuine = f.length > 2 ? List.of(f[2].split(",")) : new ArrayList<>();
                out.put(f[0].charAt(0), new Substitution(f[1].charAt(0), genuine));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
