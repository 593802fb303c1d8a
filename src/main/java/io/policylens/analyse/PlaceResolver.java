package io.policylens.analyse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts place names on the map: 杭州 → 浙江省 › 杭州市 (330100). Names and their short forms come from
 * {@code regions.tsv} (made by {@code RegionsTool} from the NBS code table). A name several divisions share
 * (朝阳, 南山) goes to the one under a province or city the same document names elsewhere, else to the highest
 * level, else stays unresolved. Immutable and thread-safe.
 */
public final class PlaceResolver {

    private static final List<String> LEVELS = List.of("province", "city", "county");
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<Division, List<String>> aliases = new LinkedHashMap<>();

    public PlaceResolver() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = PlaceResolver.class.getResourceAsStream("regions.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t", -1);
                    rows.put(f[0], f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String[] f : rows.values()) {
            List<String> path = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (String[] at = f; at != null; at = at[3].isEmpty() ? null : rows.get(at[3])) {
                path.add(0, at[1]);
                codes.add(0, at[0]);
            }
            Division d = new Division(f[0], f[1], f[2], path, codes);
            byName.computeIfAbsent(f[1], k -> new ArrayList<>()).add(d);
            for (String alias : f[4].split(",")) {
                if (!alias.isBlank()) {
                    byName.computeIfAbsent(alias, k -> new ArrayList<>()).add(d);
                    aliases.computeIfAbsent(d, k -> new ArrayList<>()).add(alias);
                }
            }
        }
        fullNames = Set.copyOf(names());
        longestName = fullNames.stream().mapToInt(String::length).max().orElse(0);
        Set<String> writings = new HashSet<>(fullNames);
        aliases.forEach((d, shortNames) -> {
            if (!d.level().equals("county")) {
                writings.addAll(shortNames);
            }
        });
        placeWritings = Set.copyOf(writings);
    }

    /** Every full division name and the short names of provinces and cities: {@link #writesAPlace}. */
    private final Set<String> placeWritings;

    /**
     * The text names a place as names open with one: a division's full name, or a province's or a city's short name
     * (宁波, 浙江). A county's short name is not enough: many are everyday words.
     */
    public boolean writesAPlace(String text) {
        return placeWritings.contains(text);
    }

    /** Longest full division name, in characters: how far {@link #nameOpening} looks. */
    private final int longestName;
    private final Set<String> fullNames;

    /**
     * The full division name an organisation's name opens with (杭州市人民政府 → 杭州市, 深圳市科技创新局 → 深圳市,
     * 南山区科技局 → 南山区), or null: the place a body belongs to, for documents that name the body, not the place.
     * Short forms (杭州科技局) are left alone: 中国, 长江, 黄河 open too many names that are no place's.
     */
    public String nameOpening(String organisation) {
        String bracketed = bracketedPlace(organisation);
        if (bracketed != null) {
            return bracketed;
        }
        for (int n = Math.min(longestName, organisation.length() - 1); n >= 2; n--) {
            String prefix = organisation.substring(0, n);
            if (fullNames.contains(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    /** How a national zone's name, or its body's, opens: 中国, then its place in brackets (group 1). */
    static final String NATIONAL_OPENING = "中国[(（](\\p{IsHan}{2,4})[)）]";
    private static final java.util.regex.Pattern NATIONAL = java.util.regex.Pattern.compile(NATIONAL_OPENING);

    /**
     * The place written in brackets after 中国 that a national zone's name, or its body's, opens with
     * (中国（广东）自由贸易试验区 → 广东), or null.
     */
    private String bracketedPlace(String name) {
        java.util.regex.Matcher m = NATIONAL.matcher(name);
        return m.lookingAt() && (writesAPlace(m.group(1)) || fullNames.contains(m.group(1))) ? m.group(1) : null;
    }

    /** What a zone's or a park's name ends with, as places the table does not hold are written. */
    private static final java.util.regex.Pattern ZONE_END = java.util.regex.Pattern.compile("(区|城|园|港|带)$");

    /**
     * The place a zone's name opens with ({@link #writesAPlace}: 南昌高新技术产业开发区 → 南昌, 济南新旧动能转换起步区 →
     * 济南), or null: a zone is no division, but it lies in the one it is named after. A name the table holds itself
     * is no zone.
     */
    public String zoneOpening(String zone) {
        if (byName.containsKey(zone) || !ZONE_END.matcher(zone).find()) {
            return null;
        }
        String bracketed = bracketedPlace(zone);
        if (bracketed != null) {
            return bracketed;
        }
        for (int n = Math.min(longestName, zone.length() - 2); n >= 2; n--) {
            if (writesAPlace(zone.substring(0, n))) {
                return zone.substring(0, n);
            }
        }
        return null;
    }

    /** Every division of the table. */
    public List<Division> divisions() {
        Set<Division> out = new java.util.LinkedHashSet<>();
        byName.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    /** The short forms a division is also known by (滨江 for 滨江区). */
    public List<String> shortNames(Division d) {
        return List.copyOf(aliases.getOrDefault(d, List.of()));
    }

    /** Every full division name (not the short forms). */
    public Set<String> names() {
        Set<String> out = new HashSet<>();
        byName.forEach((name, ds) -> ds.stream().filter(d -> d.name().equals(name)).findAny().ifPresent(d -> out.add(name)));
        return out;
    }

    /** The divisions of a document's place names, each name resolved in the light of the others. */
    public Map<String, Division> resolve(Collection<String> names) {
        Map<String, Division> out = new LinkedHashMap<>();
        Set<String> context = new HashSet<>();
        List<String> ambiguous = new ArrayList<>();
        for (String name : names) {
            List<Division> c = byName.getOrDefault(name, List.of());
            if (c.size() == 1) {
                out.put(name, c.get(0));
                context.addAll(c.get(0).pathCodes());
            } else if (c.size() > 1) {
                ambiguous.add(name);
            }
        }
        for (String name : ambiguous) {
            Division pick = pick(byName.get(name), context, name);
            if (pick != null) {
                out.put(name, pick);
            }
        }
        return out;
    }

    private static Division pick(List<Division> candidates, Set<String> context, String name) {
        // 市中区 of a document on 济南: the district whose city the document names, before one elsewhere in its province.
        List<Division> underANamedParent = candidates.stream()
            .filter(d -> d.pathCodes().size() > 1 && context.contains(d.pathCodes().get(d.pathCodes().size() - 2)))
            .toList();
        if (underANamedParent.size() == 1) {
            return underANamedParent.get(0);
        }
        List<Division> inContext = candidates.stream()
            .filter(d -> d.pathCodes().subList(0, d.pathCodes().size() - 1).stream().anyMatch(context::contains))
            .toList();
        if (inContext.size() == 1) {
            return inContext.get(0);
        }
        List<Division> pool = inContext.isEmpty() ? candidates : inContext;
        List<Division> exact = pool.stream().filter(d -> d.name().equals(name)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        int top = pool.stream().mapToInt(d -> LEVELS.indexOf(d.level())).min().orElse(9);
        List<Division> highest = pool.stream().filter(d -> LEVELS.indexOf(d.level()) == top).toList();
        return highest.size() == 1 ? highest.get(0) : null;
    }
}
