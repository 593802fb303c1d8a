package io.policylens.analyse;

import io.policylens.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sites — industrial bases, parks, testing grounds — are places (the devset's convention): a place, or an
 * organisation ending in no body's word, that the tagger stopped short of its site word takes the words up to it
 * and becomes one (合肥智能网联 + 汽车测试基地, 常州 + 锂电新材料产业基地). Not across a verb, a function word or punctuation, and
 * not where a body's word follows the site (…园区管委会 is a body). Thread-safe.
 */
final class NamedSites {

    private static final Pattern SITE = Pattern.compile("(基地|产业园|园区|科技园|示范区|测试场|试验场|小镇|孵化园)");
    private static final Pattern BODY_AFTER = Pattern.compile("(管委会|管理委员会|管理局|管理处|办公室|服务中心|公司|集团)");
    /** Words between the name and its site word. */
    private static final int MOST_WORDS = 4;

    List<Mention> apply(String text, List<Mention> found, List<Token> words) {
        if (words.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        for (Mention m : found) {
            if (m.type() == EntityType.PER || SITE.matcher(m.surface()).find() || EntityRules.endsLikeABody(m.surface())) {
                continue; // a whole body stands: 晶科能源有限公司 + 上饶基地 is the company's site
            }
            int k = firstWordAt(words, m.span().end());
            if (k < 0) {
                continue;
            }
            for (int n = 0; n <= MOST_WORDS && k + n < words.size(); n++) {
                Token w = words.get(k + n);
                if (n > 0 && w.begin() != words.get(k + n - 1).end()) {
                    break;
                }
                if (n > 0 && SITE.matcher(w.text()).matches()) {
                    boolean body = k + n + 1 < words.size() && BODY_AFTER.matcher(words.get(k + n + 1).text()).lookingAt();
                    io.policylens.document.Span site = new io.policylens.document.Span(m.span().begin(), w.end());
                    if (!body && out.stream().noneMatch(o -> o != m && o.span().overlaps(site) && !site.contains(o.span()))) {
                        out.removeIf(o -> site.contains(o.span()));
                        out.add(EntityRules.mention(text, site.begin(), site.end(), EntityType.LOC));
                    }
                    break;
                }
                if (!nounish(w)) {
                    break;
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    /** The index of the word that begins at {@code at}, or -1 (words are in text order). */
    private static int firstWordAt(List<Token> words, int at) {
        int lo = 0;
        int hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int b = words.get(mid).begin();
            if (b == at) {
                return mid;
            }
            if (b < at) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private static boolean nounish(Token w) {
        String t = w.tag();
        return t.startsWith("n") && !t.startsWith("nr") || t.equals("vn") || t.equals("b") || t.equals("gi");
    }
}
