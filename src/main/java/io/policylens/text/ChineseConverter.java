package io.policylens.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Traditional → simplified exactly as OpenCC converts, over OpenCC's own dictionaries (Apache-2.0, shipped as
 * resources in {@code io/policylens/text/opencc/}; see NOTICE). One chain for every region, since a document's
 * region is rarely known:
 * <ol>
 *   <li>compatibility ideographs to their unified form ({@code CJK_Compatibility_Ideographs});</li>
 *   <li>Taiwan variants to OpenCC's standard traditional ({@code TWVariantsRevPhrases | TWVariantsRev});</li>
 *   <li>Hong Kong variants likewise ({@code HKVariantsRevPhrases | HKVariantsRev});</li>
 *   <li>standard traditional to simplified ({@code TSPhrases | TSCharactersExt | TSCharacters}).</li>
 * </ol>
 * Each step reads the text left to right and at each position replaces the longest key any of its dictionaries
 * holds (between keys of equal length, the dictionary listed first wins) with that key's first target; a position
 * no key matches keeps its character. No vocabulary is rewritten (程式 stays 程式, 軟體 becomes 软体): that is what
 * OpenCC's "p" configurations add, and they are not used.
 *
 * <p>The variant steps (2 and 3) run only over traditional text: Taiwan's 著 is 着, but simplified text writes 著 in
 * 显著 and 著作, and OpenCC's own {@code tw2s} would turn 显著 into 显着. So the plain steps (1 and 4, OpenCC's
 * {@code t2s}) run first and their changes are the evidence: a text they do not change is simplified and is
 * returned as it is; a traditional text gets the whole chain; a mixed one, paragraph by paragraph (a paragraph that
 * is itself mixed gets the whole chain except the two reversals that hit standard simplified characters, 著 → 着
 * and 么 → 幺). In simplified
 * text a character that OpenCC's own table lists as a simplified form of itself (乾 → 干 乾, 昇 → 升 昇) is left as
 * written: there it is a name (萧乾, 毕昇) or a word of its own (康雍乾), not a traditional form. Text already
 * simplified comes out unchanged.
 *
 * <p>{@link #convert} also says where each part of the output came from, exactly, even where a target lies outside
 * the Basic Multilingual Plane and the UTF-16 length changes. Immutable and thread-safe; the tables are loaded
 * once per process ({@link #opencc()}).
 */
public final class ChineseConverter {

    /** The dictionaries of each step of the chain, in order; within a step the first listed wins a tie. */
    static final List<List<String>> CHAIN = List.of(
        List.of("CJK_Compatibility_Ideographs"),
        List.of("TWVariantsRevPhrases", "TWVariantsRev"),
        List.of("HKVariantsRevPhrases", "HKVariantsRev"),
        List.of("TSPhrases", "TSCharactersExt", "TSCharacters"));

    /** The step of standard traditional → simplified, whose tables also tell the scripts apart. */
    private static final int TO_SIMPLIFIED = 3;
    /** OpenCC's {@code t2s}: compatibility ideographs, then standard traditional → simplified. */
    private static final int[] PLAIN = {0, TO_SIMPLIFIED};
    /** With the Taiwan and Hong Kong variants reversed between them: for traditional text. */
    private static final int[] WHOLE = {0, 1, 2, TO_SIMPLIFIED};
    /**
     * Taiwan variants that are also standard simplified characters, whose reversal changes simplified text (显著
     * → 显着, 么 → 幺); every other variant key is a form simplified text does not use (痺, 簷, 衞). Found by
     * converting each variant key both ways (ChineseConverterTest checks the list against the dictionaries).
     */
    static final Set<Integer> SIMPLIFIED_VARIANT_KEYS = Set.of((int) '著', (int) '么');

    private static final class Bundled {
        static final ChineseConverter INSTANCE = new ChineseConverter(CHAIN);
    }

    private final Step[] steps;
    /** Simplified forms that are no traditional character: what only simplified text writes (发, 国, 这). */
    private final java.util.BitSet simplifiedOnly = new java.util.BitSet();
    /**
     * Variant forms the plain steps keep but the variant steps change, other than the standard simplified 著 and 么
     * (衞, 痺, 簷): traditional evidence the plain steps cannot see.
     */
    private final java.util.BitSet variantOnly = new java.util.BitSet();
    /** Each simplified character's traditional forms (发 → 發, 髮). */
    private final Map<Integer, List<Integer>> traditionalForms;

    ChineseConverter(List<List<String>> chain) {
        this.steps = new Step[chain.size()];
        for (int i = 0; i < chain.size(); i++) {
            steps[i] = new Step();
            for (String dictionary : chain.get(i)) {
                steps[i].load(dictionary);
            }
        }
        Map<Integer, List<Integer>> forms = new HashMap<>();
        Set<Integer> targets = new HashSet<>();
        Set<Integer> keys = new HashSet<>();
        for (Step s : steps) {
            keys.addAll(s.singleKeys());
        }
        for (Map.Entry<Integer, String> e : steps[TO_SIMPLIFIED].singles().entrySet()) {
            int simplified = e.getValue().codePointAt(0);
            if (e.getValue().codePointCount(0, e.getValue().length()) == 1 && simplified != e.getKey()) {
                targets.add(simplified);
                forms.computeIfAbsent(simplified, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        targets.removeAll(keys);
        targets.removeAll(alsoTraditional());
        targets.forEach(simplifiedOnly::set);
        forms.replaceAll((k, v) -> List.copyOf(v));
        this.traditionalForms = Map.copyOf(forms);
        if (steps.length == CHAIN.size()) {
            for (int variantStep : new int[] {1, 2}) {
                for (int key : steps[variantStep].singleKeys()) {
                    String k = new String(Character.toChars(key));
                    if (!SIMPLIFIED_VARIANT_KEYS.contains(key) && run(k, PLAIN).text().equals(k)
                        && !run(k, WHOLE).text().equals(k)) {
                        variantOnly.set(key);
                    }
                }
            }
        }
    }

    /** Simplified characters that traditional text writes too (后, 里, 面, 台): no evidence of a script. */
    private static Set<Integer> alsoTraditional() {
        Set<Integer> out = new HashSet<>();
        try (InputStream in = ChineseConverter.class.getResourceAsStream("opencc/STSelf.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().codePointAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The converter over OpenCC's dictionaries as shipped, loaded once. */
    public static ChineseConverter opencc() {
        return Bundled.INSTANCE;
    }

    /** The text in simplified characters. */
    public String toSimplified(String text) {
        return convert(text).text();
    }

    /** A text converted, with the map between the converted text and the text given. */
    public record Conversion(String text, OffsetMap offsets) {
    }

    /**
     * The text in simplified characters, with an exact offset map both ways: a replacement that keeps the UTF-16
     * length maps unit for unit; one that changes it (a target outside the Basic Multilingual Plane) maps as a whole.
     */
    public Conversion convert(String text) {
        Run plain = run(text, PLAIN);
        if (plain.text() == text && !hasVariantOnly(text)) {
            // Nothing changed: simplified text, or text of no Chinese script at all.
            return new Conversion(text, OffsetMap.identity(text.length()));
        }
        ScriptEvidence e = evidence(text, plain);
        Script script = Script.of(e.traditional(), e.simplified());
        Run out;
        if (script == Script.SIMPLIFIED) {
            out = run(text, PLAIN, true);
        } else if (script == Script.TRADITIONAL) {
            out = run(text, WHOLE);
        } else {
            out = byParagraph(text);
        }
        return new Conversion(out.text(), out.offsets(text.length()));
    }

    private boolean hasVariantOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (variantOnly.get(Character.isHighSurrogate(c) ? text.codePointAt(i) : c)) {
                return true;
            }
        }
        return false;
    }

    /** A mixed text: each paragraph (line) converted as its own evidence says. */
    private Run byParagraph(String text) {
        StringBuilder out = new StringBuilder(text.length());
        List<int[]> pieces = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String paragraph = text.substring(start, end);
            Run plain = run(paragraph, PLAIN);
            ScriptEvidence e = evidence(paragraph, plain);
            Script script = Script.of(e.traditional(), e.simplified());
            Run r = script == Script.TRADITIONAL ? run(paragraph, WHOLE)
                : script == Script.SIMPLIFIED ? run(paragraph, PLAIN, true) : run(paragraph, WHOLE, Mode.GUARDED);
            for (int[] p : r.pieces()) {
                pieces.add(new int[] {p[0] + start, p[1], p[2] + out.length(), p[3]});
            }
            out.append(r.text());
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return new Run(out.toString(), pieces);
    }

    /** The output of some steps, and their replacements of other length ([from, fromLength, to, toLength]). */
    private record Run(String text, List<int[]> pieces) {
        OffsetMap offsets(int inputLength) {
            OffsetMap.Builder map = new OffsetMap.Builder();
            int from = 0;
            int to = 0;
            for (int[] p : pieces) {
                if (p[0] - from != p[2] - to) {
                    throw new IllegalStateException("conversion pieces out of step at " + p[0]);
                }
                map.same(p[0] - from);
                map.replaced(p[3], p[1]);
                from = p[0] + p[1];
                to = p[2] + p[3];
            }
            if (text.length() - to != inputLength - from) {
                throw new IllegalStateException("conversion pieces do not cover the text");
            }
            map.same(inputLength - from);
            return map.build();
        }
    }

    /** How much of a text's traditional reading to trust. */
    enum Mode {
        /** Traditional: every rule applies. */
        ALL,
        /** Mixed: every rule but the variant reversals that change standard simplified characters. */
        GUARDED,
        /** Simplified: besides that, characters that are simplified forms of themselves stay as written. */
        SIMPLIFIED
    }

    /** Says whether a match [start, end) of a step must be left as written. */
    @FunctionalInterface
    interface Guard {
        Guard NONE = (text, start, end) -> false;
        /** A match holding a variant key that is also a standard simplified character. */
        Guard SIMPLIFIED_VARIANTS = (text, start, end) -> containsAny(text, start, end, SIMPLIFIED_VARIANT_KEYS);

        boolean blocks(String text, int start, int end);
    }

    private static boolean containsAny(String text, int start, int end, Set<Integer> chars) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (chars.contains(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * In traditional text, a 著 or 么 written next to a simplified-only character (显著) is simplified script,
     * whatever the rest of the paragraph is: its Taiwan reading (着, 幺) does not apply.
     */
    private boolean writtenSimplified(String text, int start, int end) {
        if (!containsAny(text, start, end, SIMPLIFIED_VARIANT_KEYS)) {
            return false;
        }
        int before = start > 0 ? text.codePointBefore(start) : -1;
        int after = end < text.length() ? text.codePointAt(end) : -1;
        return before >= 0 && simplifiedOnly.get(before) || after >= 0 && simplifiedOnly.get(after);
    }

    private Run run(String text, int[] stepIndexes) {
        return run(text, stepIndexes, Mode.ALL);
    }

    private Run run(String text, int[] stepIndexes, boolean asSimplified) {
        return run(text, stepIndexes, asSimplified ? Mode.SIMPLIFIED : Mode.ALL);
    }

    private Run run(String text, int[] stepIndexes, Mode mode) {
        String current = text;
        List<int[]> pieces = List.of();
        for (int i : stepIndexes) {
            List<int[]> stepPieces = new ArrayList<>(0);
            boolean variants = i == 1 || i == 2;
            Guard guard = !variants ? Guard.NONE : mode == Mode.ALL ? this::writtenSimplified : Guard.SIMPLIFIED_VARIANTS;
            String next = steps[i].apply(current, stepPieces, mode == Mode.SIMPLIFIED && !variants, guard);
            if (!stepPieces.isEmpty() || !pieces.isEmpty()) {
                pieces = compose(pieces, stepPieces);
            }
            current = next;
        }
        return new Run(current, pieces);
    }

    /** The traditional forms of a simplified character (发 → 發 髮), empty when it has none of its own. */
    public List<Integer> traditionalFormsOf(int simplified) {
        return traditionalForms.getOrDefault(simplified, List.of());
    }

    /**
     * Characters of the text that are traditional only (the chain changes them, in context: 乾 in 乾燥 is, in 乾隆
     * it is not) and characters that are simplified only (forms no traditional text writes): the evidence of a
     * script, read with the conversion's own tables.
     */
    public record ScriptEvidence(int traditional, int simplified) {
    }

    /** The evidence of the text's script; {@link Script#of} reads it. */
    public ScriptEvidence evidence(String text) {
        return evidence(text, run(text, PLAIN));
    }

    /** What the plain steps changed (a replacement of other length counts once) and the simplified-only forms. */
    private ScriptEvidence evidence(String text, Run plain) {
        String out = plain.text();
        int traditional = 0;
        int from = 0;
        int to = 0;
        List<int[]> pieces = plain.pieces();
        for (int k = 0; k <= pieces.size(); k++) {
            int[] p = k < pieces.size() ? pieces.get(k) : null;
            int end = p == null ? text.length() : p[0];
            for (int o = from, t = to; o < end; o++, t++) {
                if (out.charAt(t) != text.charAt(o) && !Character.isLowSurrogate(text.charAt(o))) {
                    traditional++;
                }
            }
            if (p != null) {
                if (!out.substring(p[2], p[2] + p[3]).equals(text.substring(p[0], p[0] + p[1]))) {
                    traditional++;
                }
                from = p[0] + p[1];
                to = p[2] + p[3];
            }
        }
        int simplified = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (simplifiedOnly.get(cp)) {
                simplified++;
            } else if (variantOnly.get(cp)) {
                traditional++;
            }
            i += Character.charCount(cp);
        }
        return new ScriptEvidence(traditional, simplified);
    }

    /**
     * Composes the pieces of two steps (x → y, then y → z) into pieces x → z. A piece is a replacement whose two
     * sides differ in length; everything between pieces maps one to one. Pieces that overlap on either side merge.
     */
    static List<int[]> compose(List<int[]> first, List<int[]> second) {
        List<int[]> out = new ArrayList<>(first.size() + second.size());
        // First's pieces, carried to z: y offsets move by second's length changes before them.
        for (int[] p : first) {
            int zStart = yToZ(second, p[2], false);
            int zEnd = yToZ(second, p[2] + p[3], true);
            out.add(new int[] {p[0], p[1], zStart, zEnd - zStart});
        }
        // Second's pieces, carried back to x.
        for (int[] q : second) {
            int xStart = yToX(first, q[0], false);
            int xEnd = yToX(first, q[0] + q[1], true);
            out.add(new int[] {xStart, xEnd - xStart, q[2], q[3]});
        }
        out.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));
        List<int[]> merged = new ArrayList<>(out.size());
        for (int[] p : out) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (p[0] < last[0] + last[1] || p[2] < last[2] + last[3])) {
                int xEnd = Math.max(last[0] + last[1], p[0] + p[1]);
                int zEnd = Math.max(last[2] + last[3], p[2] + p[3]);
                last[1] = xEnd - last[0];
                last[3] = zEnd - last[2];
            } else {
                merged.add(p.clone());
            }
        }
        return merged;
    }

    /** Where offset y of a step's input lies in its output; inside a piece, its start (or end). */
    private static int yToZ(List<int[]> pieces, int y, boolean end) {
        int shift = 0;
        for (int[] q : pieces) {
            if (q[0] + q[1] <= y) {
                shift += q[3] - q[1];
            } else if (q[0] < y) {
                return end ? q[2] + q[3] : q[2];
            } else {
                break;
            }
        }
        return y + shift;
    }

    /** Where offset y of a step's output came from in its input; inside a piece, its start (or end). */
    private static int yToX(List<int[]> pieces, int y, boolean end) {
        int shift = 0;
        for (int[] p : pieces) {
            if (p[2] + p[3] <= y) {
                shift += p[1] - p[3];
            } else if (p[2] < y) {
                return end ? p[0] + p[1] : p[0];
            } else {
                break;
            }
        }
        return y + shift;
    }

    /** A trie node over code points; children kept sorted for a binary search. */
    private static final class Node {
        private int[] codePoints = new int[0];
        private Node[] children = new Node[0];
        String target;

        Node child(int cp) {
            int k = java.util.Arrays.binarySearch(codePoints, cp);
            return k < 0 ? null : children[k];
        }

        Node add(int cp) {
            int k = java.util.Arrays.binarySearch(codePoints, cp);
            if (k >= 0) {
                return children[k];
            }
            int at = -k - 1;
            int[] cps = new int[codePoints.length + 1];
            Node[] kids = new Node[children.length + 1];
            System.arraycopy(codePoints, 0, cps, 0, at);
            System.arraycopy(children, 0, kids, 0, at);
            cps[at] = cp;
            kids[at] = new Node();
            System.arraycopy(codePoints, at, cps, at + 1, codePoints.length - at);
            System.arraycopy(children, at, kids, at + 1, children.length - at);
            codePoints = cps;
            children = kids;
            return kids[at];
        }
    }

    /** One step of the chain: its dictionaries merged, longest match first. */
    private static final class Step {
        /** For each BMP character, the longest key (in code points) that starts with it; 0 when none does. */
        private final byte[] longest = new byte[65536];
        private final Map<Integer, Integer> longestSupplementary = new HashMap<>();
        /** Targets of one-character keys: BMP by index, the rest in a map. */
        private final String[] single = new String[65536];
        private final Map<Integer, String> singleSupplementary = new HashMap<>();
        /** Keys of two or more characters, as a trie over code points: one walk finds the longest. */
        private final Node phrases = new Node();
        /** One-character keys listed among their own targets (乾 → 干 乾): simplified forms of themselves too. */
        private final java.util.BitSet selfTargets = new java.util.BitSet();

        void load(String dictionary) {
            String resource = "opencc/" + dictionary + ".txt";
            try (InputStream in = ChineseConverter.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("OpenCC dictionary " + resource + " is not on the class path");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    if (tab <= 0) {
                        continue;
                    }
                    String key = line.substring(0, tab);
                    String values = line.substring(tab + 1).strip();
                    int space = values.indexOf(' ');
                    add(key, space < 0 ? values : values.substring(0, space));
                    if (key.codePointCount(0, key.length()) == 1 && java.util.Arrays.asList(values.split(" ")).contains(key)) {
                        selfTargets.set(key.codePointAt(0));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The first dictionary listed that has a key keeps it. */
        private void add(String key, String target) {
            int first = key.codePointAt(0);
            int length = key.codePointCount(0, key.length());
            if (length == 1) {
                if (first < 65536) {
                    if (single[first] == null) {
                        single[first] = target;
                    }
                } else {
                    singleSupplementary.putIfAbsent(first, target);
                }
            } else {
                Node n = phrases;
                for (int i = 0; i < key.length(); ) {
                    int cp = key.codePointAt(i);
                    n = n.add(cp);
                    i += Character.charCount(cp);
                }
                if (n.target == null) {
                    n.target = target;
                }
            }
            if (first < 65536) {
                longest[first] = (byte) Math.max(longest[first], Math.min(length, 127));
            } else {
                longestSupplementary.merge(first, length, Math::max);
            }
        }

        Map<Integer, String> singles() {
            Map<Integer, String> out = new HashMap<>(singleSupplementary);
            for (int c = 0; c < single.length; c++) {
                if (single[c] != null) {
                    out.put(c, single[c]);
                }
            }
            return Collections.unmodifiableMap(out);
        }

        Set<Integer> singleKeys() {
            return singles().keySet();
        }

        private int longestAt(int cp) {
            return cp < 65536 ? longest[cp] : longestSupplementary.getOrDefault(cp, 0);
        }

        private String singleAt(int cp) {
            return cp < 65536 ? single[cp] : singleSupplementary.get(cp);
        }

        /**
         * Applies the step; {@code pieces}, when given, hears each replacement whose UTF-16 length differs from its
         * key's. Returns the same string when nothing matched.
         */
        String apply(String text, List<int[]> pieces) {
            return apply(text, pieces, false);
        }

        String apply(String text, List<int[]> pieces, boolean keepSelfTargets) {
            return apply(text, pieces, keepSelfTargets, Guard.NONE);
        }

        /**
         * @param keepSelfTargets leave one-character keys that list themselves among their targets
         * @param guard           matches to leave as written
         */
        String apply(String text, List<int[]> pieces, boolean keepSelfTargets, Guard guard) {
            int n = text.length();
            int i = 0;
            // Most text has long stretches no key starts in (all of a simplified text, for most steps): skip them.
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) ? longestAt(text.codePointAt(i)) > 0 : longest[c] > 0) {
                    break;
                }
                i++;
            }
            if (i == n) {
                return text;
            }
            StringBuilder out = new StringBuilder(n + 16);
            out.append(text, 0, i);
            boolean changed = false;
            while (i < n) {
                int cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                int max = longestAt(cp);
                if (max == 0) {
                    out.append(text, i, i + width);
                    i += width;
                    continue;
                }
                int matchEnd = -1;
                String target = null;
                if (max > 1) {
                    // Walk the trie as far as the text follows it; the last key passed is the longest match.
                    Node node = phrases;
                    for (int j = i; j < n && node != null; ) {
                        int c = text.codePointAt(j);
                        node = node.child(c);
                        j += Character.charCount(c);
                        if (node != null && node.target != null && !guard.blocks(text, i, j)) {
                            target = node.target;
                            matchEnd = j;
                        }
                    }
                }
                if (target == null) {
                    target = keepSelfTargets && selfTargets.get(cp) || guard.blocks(text, i, i + width) ? null
                        : singleAt(cp);
                    matchEnd = i + width;
                }
                if (target == null) {
                    out.append(text, i, i + width);
                    i += width;
                    continue;
                }
                int outStart = out.length();
                out.append(target);
                if (!changed && !target.contentEquals(text.subSequence(i, matchEnd))) {
                    changed = true;
                }
                if (pieces != null && target.length() != matchEnd - i) {
                    pieces.add(new int[] {i, matchEnd - i, outStart, target.length()});
                }
                i = matchEnd;
            }
            return changed ? out.toString() : text;
        }
    }
}
