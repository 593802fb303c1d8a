package io.policylens.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the article region of an HTML page by text density, the way Chinese pages need it: a block scores by its
 * punctuation (，。；) and length, discounted by its link density, and passes its score to its parent and half of it
 * to its grandparent; the block element with the highest total holds the article. Word counts, which suit spaced
 * languages, play no part. The region, from the heading before it to its end, is then read line by line.
 * Thread-safe.
 */
public final class HtmlMainContent {

    private static final double LINK_HEAVY = 0.5;
    /** A region this short is not an article; the whole page is read line by line instead. */
    private static final int MIN_REGION = 40;

    /** The lines of the article region, or null when the page has no clear one. */
    public List<String> region(List<HtmlBlocks.Block> blocks) {
        Map<HtmlBlocks.Node, Double> scores = new IdentityHashMap<>();
        for (HtmlBlocks.Block b : blocks) {
            double s = score(b);
            if (s <= 0) {
                continue;
            }
            HtmlBlocks.Node owner = b.owner();
            scores.merge(owner, s, Double::sum);
            if (owner.parent != null) {
                scores.merge(owner.parent, s, Double::sum);
                if (owner.parent.parent != null) {
                    scores.merge(owner.parent.parent, s / 2, Double::sum);
                }
            }
        }
        HtmlBlocks.Node best = null;
        double bestScore = 0;
        for (Map.Entry<HtmlBlocks.Node, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best == null) {
            return null;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).owner().isWithin(best)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        // The title heading often stands just outside the text's container.
        int from = first;
        for (int i = first - 1; i >= 0 && i >= first - 6; i--) {
            if (blocks.get(i).owner().isHeading()) {
                from = i;
                break;
            }
        }
        List<String> lines = new ArrayList<>();
        int chars = 0;
        for (int i = from; i <= last; i++) {
            HtmlBlocks.Block b = blocks.get(i);
            if (b.linkDensity() > LINK_HEAVY && !b.owner().isHeading()) {
                continue;
            }
            lines.add(b.text());
            chars += b.chars();
        }
        return chars < MIN_REGION ? null : lines;
    }

    static double score(HtmlBlocks.Block b) {
        int chars = b.chars();
        if (chars == 0 || b.linkDensity() > LINK_HEAVY) {
            return 0;
        }
        int punctuation = 0;
        for (int i = 0; i < b.text().length(); i++) {
            if ("，。；：！？、“”,;".indexOf(b.text().charAt(i)) >= 0) {
                punctuation++;
            }
        }
        return (1 - b.linkDensity()) * (punctuation * 3 + chars / 25.0);
    }
}
