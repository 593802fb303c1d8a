package io.policylens.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article of an HTML page the way Chinese pages need it. Each text block scores by its Chinese punctuation
 * (，。；：！？、“”《》, not ASCII: code and style sheets are dense in {@code , ; :}) and length, weighted by its share of
 * Han characters and discounted by its link density, and passes its score to its element, parent and half to its
 * grandparent; an element's total is discounted by its own link density and by class or id words of furniture
 * (comments, share bars, related lists, sidebars, footers), and raised by words of an article. The best element
 * holds the article — ties go to the first in the document, so the choice never depends on hash order — with its
 * siblings that score alike. Blocks inside furniture, link lists and picture captions are dropped; the headline is
 * the heading that best matches the page's {@code <title>}. Thread-safe.
 */
public final class HtmlMainContent {

    /**
     * The article found: its headline (or null), its lines in document order, and the date a line near the headline
     * gives it (a labelled one first: 发布日期：…, wherever it stands; else a date-and-byline line beside the headline).
     */
    public record Article(String title, List<String> lines, java.time.LocalDate published) {
        public Article {
            lines = List.copyOf(lines);
        }
    }

    private static final double LINK_HEAVY = 0.5;
    /** A region this short is not an article; the whole page is read line by line instead. */
    private static final int MIN_REGION = 40;
    private static final String CHINESE_PUNCTUATION = "，。；：！？、“”《》（）";
    /** How far block totals climb: enough for the containers that can win. */
    private static final int CLIMB = 6;

    /**
     * A heading that names a document or a part of one — 杭州市…补助实施细则, 第一章 总则, 一、总体要求, 01 创新药… —
     * as policies and articles centre them; a picture's caption does not end or begin like that.
     */
    private static final java.util.regex.Pattern DOCUMENT_HEADING = java.util.regex.Pattern.compile(
        "(细则|細則|办法|辦法|措施|方案|意见|意見|通知|规定|規定|条例|條例|规划|規劃|纲要|綱要|决定|決定|公告|通告|要点|要點|指南|"
            + "目录|目錄|清单|清單|计划|計劃|計畫|附件\\s*\\d*)$|^(第[一二三四五六七八九十百]+[章节節条條部分]|[一二三四五六七八九十]+、|"
            + "[（(][一二三四五六七八九十]+[)）]|附件|\\d{1,2}(\\s+|\\s*[、.．]\\s*)\\D|[Pp]art\\s*\\d)");

    /** The article of the page, or null when the page has no clear one. */
    public Article select(HtmlPage page) {
        List<HtmlBlocks.Block> blocks = page.blocks();
        Map<Element, double[]> totals = new LinkedHashMap<>(); // [score, chars, link chars]
        for (HtmlBlocks.Block b : blocks) {
            int depth = 0;
            for (Element e = b.owner(); e != null && depth < CLIMB; e = e.parent(), depth++) {
                double[] t = totals.computeIfAbsent(e, k -> new double[3]);
                t[1] += b.chars();
                t[2] += b.linkChars();
            }
            double s = score(b);
            if (s <= 0) {
                continue;
            }
            Element owner = b.owner();
            totals.get(owner)[0] += s;
            if (owner.parent() != null) {
                totals.get(owner.parent())[0] += s;
                if (owner.parent().parent() != null) {
                    totals.get(owner.parent().parent())[0] += s / 2;
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> finals = new LinkedHashMap<>();
        for (Map.Entry<Element, double[]> e : totals.entrySet()) {
            double f = finalScore(e.getKey(), e.getValue());
            finals.put(e.getKey(), f);
            if (f > bestScore) { // strictly: the first in the document wins a tie
                best = e.getKey();
                bestScore = f;
            }
        }
        if (best == null) {
            return null;
        }
        Set<Element> region = new HashSet<>();
        region.add(best);
        if (best.parent() != null) {
            String bestText = best.text();
            for (Element sibling : best.parent().children()) {
                if (sibling != best && finals.getOrDefault(sibling, 0.0) >= 0.25 * bestScore && !furniture(sibling)
                    && !sibling.text().equals(bestText)) { // a copy for another screen is not more article
                    region.add(sibling);
                }
            }
        }
        Set<Element> copies = secondCopies(region);
        HtmlTitle.Found title = HtmlTitle.find(page, best);
        List<String> lines = new ArrayList<>();
        int chars = 0;
        // What stands above the headline in its box (crumbs, a channel's name) is not article.
        int titleAt = title.firstBlock(blocks);
        int regionAt = Integer.MAX_VALUE;
        for (HtmlBlocks.Block b : blocks) {
            if (containerOf(b, region) != null && b.index() > titleAt) {
                regionAt = b.index();
                break;
            }
        }
        // Date, source and byline lines between the headline and the article: not body, but where its date is.
        if (titleAt >= 0) {
            for (int i = titleAt + 1; i < regionAt && i < blocks.size() && i <= titleAt + 8; i++) {
                HtmlBlocks.Block b = blocks.get(i);
                if (!title.covers(b) && LineBasedMainContent.furniture(b.text())) {
                    lines.add(b.text());
                }
            }
        }
        for (HtmlBlocks.Block b : blocks) {
            if (b.index() < titleAt) {
                continue;
            }
            Element container = containerOf(b, region);
            if (container == null) {
                continue;
            }
            if (title.covers(b) || chars == 0 && partOfTitle(b, title.text())) {
                continue; // the headline, or the headline repeated at the top of the text, maybe broken in lines
            }
            if (insideFurniture(b, container) || b.kind() == HtmlBlocks.Kind.CAPTION || inside(b, copies)) {
                continue;
            }
            if (b.linkDensity() > LINK_HEAVY && !b.isHeading()) {
                continue;
            }
            if (b.afterImage() && !b.emphasised()
                && Captions.looksLikeCaption(b.text(), !b.owner().getElementsByTag("img").isEmpty())) {
                continue;
            }
            if (b.centred() && !b.isHeading() && b.chars() <= 30 && Captions.looksLikeCaption(b.text())
                && !LineBasedMainContent.isDocumentNumberLine(b.text()) && !DOCUMENT_HEADING.matcher(b.text()).find()) {
                // A short centred line between paragraphs: the caption of a picture (maybe missing) — bold or not;
                // but a policy's number under its title, or the heading of the rules a notice issues, is text.
                continue;
            }
            lines.add(b.text());
            chars += b.chars();
        }
        if (chars < MIN_REGION) {
            return null;
        }
        return new Article(title.text(), lines, dateNear(blocks, titleAt >= 0 ? titleAt : regionAt));
    }

    /**
     * The publication date a page shows near its headline: a labelled date (发布日期：…, 发布时间: …) — the nearest,
     * above or below the article — else a date-and-byline line just around the headline. Dates in link lists (related
     * articles) are never taken.
     */
    static java.time.LocalDate dateNear(List<HtmlBlocks.Block> blocks, int anchor) {
        if (anchor < 0 || anchor == Integer.MAX_VALUE) {
            return null;
        }
        java.time.LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (HtmlBlocks.Block b : blocks) {
            if (b.linkDensity() > LINK_HEAVY || b.chars() > 200) {
                continue;
            }
            java.time.LocalDate d = PublishedDateFinder.labelled(b.text());
            int distance = Math.abs(b.index() - anchor);
            if (d != null && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return best;
        }
        for (int i = Math.max(0, anchor - 3); i < Math.min(blocks.size(), anchor + 10); i++) {
            HtmlBlocks.Block b = blocks.get(i);
            if (b.linkDensity() <= LINK_HEAVY && LineBasedMainContent.furniture(b.text())) {
                java.time.LocalDate d = PublishedDateFinder.parseDate(b.text());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Children of the region's elements whose text an earlier child already has: the copy of the article a page
     * carries for another screen (desktop and phone layouts in one page). A repeated paragraph is not a copy.
     */
    private static Set<Element> secondCopies(Set<Element> region) {
        Set<Element> copies = new HashSet<>();
        for (Element e : region) {
            Set<String> seen = new HashSet<>();
            for (Element child : e.children()) {
                String t = child.text();
                // a container of paragraphs, not a paragraph the article itself repeats
                if (t.length() >= MIN_REGION && child.children().size() >= 2 && !seen.add(t)) {
                    copies.add(child);
                }
            }
        }
        return copies;
    }

    private static boolean inside(HtmlBlocks.Block b, Set<Element> elements) {
        if (elements.isEmpty()) {
            return false;
        }
        for (Element e = b.owner(); e != null; e = e.parent()) {
            if (elements.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** A block that is a piece of the headline (a long headline the text repeats broken over two lines). */
    private static boolean partOfTitle(HtmlBlocks.Block b, String title) {
        if (title == null || b.chars() < 6) {
            return false;
        }
        return HtmlTitle.squash(title).contains(HtmlTitle.squash(b.text()));
    }

    /** The region element the block lies in, or null. */
    private static Element containerOf(HtmlBlocks.Block b, Set<Element> region) {
        int depth = 0;
        for (Element e = b.owner(); e != null && depth < 200; e = e.parent(), depth++) {
            if (region.contains(e)) {
                return e;
            }
        }
        return null;
    }

    /** Whether an element between the block and its region container is page furniture. */
    private static boolean insideFurniture(HtmlBlocks.Block b, Element container) {
        for (Element e = b.owner(); e != null && e != container; e = e.parent()) {
            if (furniture(e)) {
                return true;
            }
        }
        return false;
    }

    static boolean furniture(Element e) {
        String name = e.normalName();
        if (name.equals("nav") || name.equals("footer") || name.equals("aside")) {
            return true;
        }
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        String words = HtmlBlocks.classAndId(e);
        if (words.isBlank()) {
            return false;
        }
        Boolean known = FURNITURE_WORDS.get(words);
        if (known == null) {
            known = HtmlBlocks.FURNITURE.matcher(words).find();
            if (FURNITURE_WORDS.size() < 20_000) { // sites reuse a few hundred class names; a hostile page gets no more
                FURNITURE_WORDS.put(words, known);
            }
        }
        return known;
    }

    /** Class-and-id words already judged: every page asks of the same few hundred, for each of its elements. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> FURNITURE_WORDS =
        new java.util.concurrent.ConcurrentHashMap<>();

    private static double finalScore(Element e, double[] t) {
        double linkDensity = t[1] == 0 ? 0 : Math.min(1, t[2] / t[1]);
        double weight = 1;
        int depth = 0;
        for (Element a = e; a != null && depth < 5; a = a.parent(), depth++) {
            if (furniture(a)) {
                weight = 0.2;
                break;
            }
        }
        if (weight == 1) {
            String words = HtmlBlocks.classAndId(e);
            if (!words.isBlank() && HtmlBlocks.ARTICLE.matcher(words).find()) {
                weight = 1.5;
            }
        }
        return t[0] * (1 - linkDensity) * weight;
    }

    static double score(HtmlBlocks.Block b) {
        int chars = b.chars();
        if (chars == 0 || b.linkDensity() > LINK_HEAVY || b.isHeading()) {
            return 0;
        }
        String t = b.text();
        int punctuation = 0;
        int han = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (CHINESE_PUNCTUATION.indexOf(c) >= 0) {
                punctuation++;
            } else if (io.policylens.text.HanChars.isHan(c)) {
                han++;
            }
        }
        double hanShare = han / (double) chars;
        return (1 - b.linkDensity()) * (punctuation * 3 + chars / 25.0) * Math.min(1, 0.2 + hanShare);
    }
}
