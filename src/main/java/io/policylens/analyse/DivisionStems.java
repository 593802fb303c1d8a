package io.policylens.analyse;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import io.policylens.document.Span;
import io.policylens.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Districts and counties named without their suffix, as local news names them (落户瓯海, 海曙启动…, 在安吉), where the
 * document names their province: a stem the tagger took for a person becomes a place, a stem it ran into the place
 * after it (鄞州东钱湖) is cut off, and a stem it missed is added unless the segmenter reads a common word there
 * (江山, 天台, 开化). A city and its district written together (温州鹿城) are two places; a township or subdistrict
 * written after its county (鄞州区姜山镇) is a place too. Thread-safe.
 */
final class DivisionStems {

    private final PlaceResolver places;
    /** County-level short names of two or more characters → the two-digit codes of their provinces. */
    private final Map<String, Set<String>> provincesOf = new HashMap<>();
    private final AhoCorasickDoubleArrayTrie<String> stems = new AhoCorasickDoubleArrayTrie<>();
    /** A zone's name after a county's stem, with the name of the zone's own between (双凤, 经济技术): 经开区, 高新区. */
    private static final Pattern ZONE_AFTER = Pattern.compile("[\\p{IsHan}&&[^的在与和及是为对等、]]{0,4}?("
        + EntityRules.ZONE_WORDS + ")");
    private static final Pattern TOWNSHIP = Pattern.compile("[\\p{IsHan}&&[^的在与和及是]]{2,4}?(街道|镇|乡)");
    /** First letters of the tags of function words: a conjunction, preposition, particle, adverb, pronoun … */
    private static final String FUNCTION_TAGS = "cpudryewmqf";
    /** Tags of a word that is a name, not a common word, when it stands on its own. */
    private static final Set<String> NAME_TAGS = Set.of("ns", "nsf", "nz", "nr", "nrf", "nrj", "j", "nt", "x");

    DivisionStems(PlaceResolver places) {
        this.places = places;
        for (Division d : places.divisions()) {
            if (!d.level().equals("county")) {
                continue;
            }
            for (String alias : places.shortNames(d)) {
                if (alias.length() >= 2) {
                    provincesOf.computeIfAbsent(alias, k -> new HashSet<>()).add(d.code().substring(0, 2));
                }
            }
        }
        TreeMap<String, String> keys = new TreeMap<>();
        provincesOf.keySet().forEach(k -> keys.put(k, k));
        stems.build(keys);
    }

    List<Mention> apply(String text, List<Mention> found, List<Token> words) {
        Set<String> provinces = new HashSet<>();
        places.resolve(found.stream().filter(m -> m.type() == EntityType.LOC).map(Mention::surface).toList())
            .values().forEach(d -> provinces.add(d.code().substring(0, 2)));
        List<Mention> out = new ArrayList<>(found.size());
        found.forEach(m -> out.addAll(cityAndDistrict(text, m)));
        if (provinces.isEmpty()) {
            return out;
        }
        Token[] wordOf = null;
        Matcher zone = ZONE_AFTER.matcher(text); // bounded: tried from each stem's end to the text's end
        for (var hit : stems.parseText(text)) {
            Span s = new Span(hit.begin, hit.end);
            if (provincesOf.get(hit.value).stream().noneMatch(provinces::contains)
                || s.end() < text.length() && "区县市旗".indexOf(text.charAt(s.end())) >= 0) {
                continue;
            }
            if (zone.region(s.end(), text.length()).lookingAt() && (words.isEmpty() || wordEnds(words, zone.end()))) {
                // 肥西经开区, 长丰双凤经开区: a zone named by its county's stem is a place, whatever the tagger made of it.
                Span z = new Span(s.begin(), zone.end());
                if (out.stream().allMatch(m -> !m.span().overlaps(z) || z.contains(m.span()))) {
                    out.removeIf(m -> z.contains(m.span()));
                    out.add(EntityRules.mention(text, z.begin(), z.end(), EntityType.LOC));
                }
                continue;
            }
            List<Mention> over = out.stream().filter(m -> m.span().overlaps(s)).toList();
            if (over.size() == 1 && over.get(0).span().equals(s) && over.get(0).type() == EntityType.PER) {
                out.set(out.indexOf(over.get(0)), EntityRules.mention(text, s.begin(), s.end(), EntityType.LOC));
            } else if (over.size() == 1 && over.get(0).type() == EntityType.LOC && opensWithPlace(text, over.get(0), s)
                && over.get(0).span().end() - s.end() >= 2 && "区县市镇乡街".indexOf(text.charAt(s.end())) < 0
                && wordEnds(words, s.end()) && !FACILITY.matcher(over.get(0).surface()).find()
                && places.resolve(List.of(over.get(0).surface())).isEmpty()) {
                // 鄞州东钱湖, 宁波鄞州东钱湖: the district and the place in it (and the city before them); a division
                // named after its county's stem is one place (恩施土家族苗族自治州).
                Mention whole = over.get(0);
                int at = out.indexOf(whole);
                out.set(at, EntityRules.mention(text, s.end(), whole.span().end(), EntityType.LOC));
                out.add(at, EntityRules.mention(text, s.begin(), s.end(), EntityType.LOC));
                if (whole.span().begin() < s.begin()) {
                    out.add(at, EntityRules.mention(text, whole.span().begin(), s.begin(), EntityType.LOC));
                }
            } else if (over.isEmpty() && standsAlone(s, wordOf == null ? wordOf = wordIndex(words, text.length()) : wordOf)) {
                out.add(EntityRules.mention(text, s.begin(), s.end(), EntityType.LOC));
            }
        }
        addTownships(text, out, words);
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    /** The place opens with the stem, or with a division on the map written before it (宁波 of 宁波鄞州东钱湖). */
    private boolean opensWithPlace(String text, Mention place, Span stem) {
        int lead = place.span().begin();
        return lead == stem.begin() || lead < stem.begin() && stem.begin() - lead >= 2
            && !places.resolve(List.of(text.substring(lead, stem.begin()))).isEmpty();
    }

    /** [温州][鹿城], written together as one place by the tagger: a city and a district of its own are two places. */
    private List<Mention> cityAndDistrict(String text, Mention m) {
        String name = m.surface();
        if (m.type() != EntityType.LOC || name.length() < 4 || !places.resolve(List.of(name)).isEmpty()) {
            return List.of(m);
        }
        for (int k = 2; k <= name.length() - 2; k++) {
            String city = name.substring(0, k);
            String district = name.substring(k);
            Map<String, Division> both = places.resolve(List.of(city, district));
            Division c = both.get(city);
            Division d = both.get(district);
            if (c != null && d != null && !c.level().equals("county") && d.level().equals("county")
                && d.pathCodes().contains(c.code())) {
                int at = m.span().begin();
                return List.of(EntityRules.mention(text, at, at + k, EntityType.LOC),
                    EntityRules.mention(text, at + k, m.span().end(), EntityType.LOC));
            }
        }
        return List.of(m);
    }

    /** What a facility's or a park's name ends with: 新郑国际机场 and 岳麓山大学科技城 carry their place in their name. */
    private static final Pattern FACILITY = Pattern.compile("(机场|车站|站|港|码头|公园|广场|大道|路|街|桥|大学|学院|医院|中心|园|城|馆|区)$");

    private static boolean wordEnds(List<Token> words, int at) {
        return words.stream().anyMatch(w -> w.end() == at);
    }

    /** For each character, the word it is in (null where the text has no words). */
    private static Token[] wordIndex(List<Token> words, int length) {
        Token[] index = new Token[length];
        for (Token w : words) {
            for (int i = w.begin(); i < w.end() && i < length; i++) {
                index[i] = w;
            }
        }
        return index;
    }

    /** No segmenter word runs across the stem's edges, and the stem is no common word of the segmenter's. */
    private static boolean standsAlone(Span s, Token[] wordOf) {
        java.util.Set<Token> words = new java.util.LinkedHashSet<>();
        for (int i = s.begin(); i < s.end(); i++) {
            if (wordOf[i] == null) {
                return false;
            }
            words.add(wordOf[i]);
        }
        for (Token w : words) {
            boolean crosses = w.begin() < s.begin() && w.end() > s.begin() || w.begin() < s.end() && w.end() > s.end();
            boolean inside = w.begin() >= s.begin() && w.end() <= s.end();
            if (crosses || w.begin() == s.begin() && w.end() == s.end() && !NAME_TAGS.contains(w.tag())
                || inside && w.text().length() == 1 && FUNCTION_TAGS.indexOf(w.tag().charAt(0)) >= 0) {
                return false; // 云和 of 云和AI: 和 joins two words there
            }
        }
        return true;
    }

    /** 鄞州区姜山镇: a township's or subdistrict's name written right after its county's. */
    private static void addTownships(String text, List<Mention> out, List<Token> words) {
        java.util.BitSet wordStarts = null;
        for (Mention county : List.copyOf(out)) {
            int at = county.span().end();
            if (county.type() != EntityType.LOC || "区县市".indexOf(county.surface().charAt(county.surface().length() - 1)) < 0) {
                continue;
            }
            Matcher t = TOWNSHIP.matcher(text).region(at, Math.min(text.length(), at + 6));
            if (!t.lookingAt()) {
                continue;
            }
            if (wordStarts == null) {
                wordStarts = new java.util.BitSet(text.length() + 1);
                for (Token w : words) {
                    wordStarts.set(w.begin());
                }
            }
            if (wordStarts.get(t.start(1)) && (t.end() == text.length()
                || !Character.isIdeographic(text.charAt(t.end())) || wordStarts.get(t.end()))) {
                Span s = new Span(at, t.end());
                if (out.stream().allMatch(m -> !m.span().overlaps(s) || s.contains(m.span()) && m.type() == EntityType.LOC)) {
                    out.removeIf(m -> s.contains(m.span()));
                    out.add(EntityRules.mention(text, s.begin(), s.end(), EntityType.LOC));
                }
            }
        }
    }
}
