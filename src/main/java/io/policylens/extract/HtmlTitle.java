package io.policylens.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The headline of an HTML page: the heading ({@code h1}–{@code h4}, or an element whose class or id says title) that
 * best matches what the page declares — its {@code <title>}, from which site and channel names on either side are
 * then dropped, or a title in its meta tags. It may stand far from the article (behind share buttons, above a
 * subtitle, across lines broken by {@code <br>}). A byline, a counter, a date, a credit, or a short prefix of the
 * title is never taken: without a heading that matches, a short heading-like block just before the article is the
 * headline, else the declared title's main part, else none. Thread-safe.
 */
final class HtmlTitle {

    /**
     * The headline and where the page shows it: an element (all its blocks are the headline), or one block of a
     * larger element (its index); neither when it came from the declared title alone.
     */
    record Found(Element element, int block, String text) {

        static Found of(Element e) {
            return new Found(e, -1, HtmlBlocks.normaliseSpace(e.text()));
        }

        /** Whether a block is (part of) the headline. */
        boolean covers(HtmlBlocks.Block b) {
            return block >= 0 ? b.index() == block : element != null && b.isWithin(element);
        }

        /** The first block of the headline, or -1. */
        int firstBlock(List<HtmlBlocks.Block> blocks) {
            if (block >= 0) {
                return block;
            }
            if (element != null) {
                for (HtmlBlocks.Block b : blocks) {
                    if (b.isWithin(element)) {
                        return b.index();
                    }
                }
            }
            return -1;
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:_{1,2}|\\||｜|--+|——+|—|–|-{1}(?=\\S)|\\s-\\s|::)\\s*");
    private static final Pattern TITLE_WORDS = Pattern.compile("(?i)(^|[-_\\s])(title|headline|biaoti|bt|tit|art_?tit)"
        + "($|[-_\\s\\d])");
    private static final Pattern NOT_A_TITLE = Pattern.compile(
        "^(来源|來源|作者|编辑|編輯|责任编辑|責任編輯|记者|記者|发布时间|發布時間|发布日期|發布日期|时间|時間|日期|浏览|瀏覽|"
            + "点击|點擊|字号|字號|打印|分享|首页|首頁|当前位置|當前位置|您的位置|位置).*|.*\\d+\\s*(人参与|人參與|条评论|條評論|"
            + "评论|評論|阅读|閱讀|次浏览|次瀏覽)$");
    private static final double GOOD_MATCH = 0.6;

    private HtmlTitle() {
    }

    static Found find(HtmlPage page, Element article) {
        List<String> declared = new ArrayList<>();
        declared.add(page.declaredTitle());
        declared.addAll(page.metaTitles());
        List<Reference> references = declared.stream().map(Reference::of).toList();
        Element best = null;
        double bestQuality = 0;
        int bestRank = 9;
        for (Element e : page.body().getAllElements()) {
            int rank = rank(e);
            if (rank == 9 || HtmlMainContent.furniture(e) || insideFurniture(e)) {
                continue;
            }
            String text = HtmlBlocks.normaliseSpace(e.text());
            if (!plausible(text)) {
                continue;
            }
            double q = 0;
            for (Reference ref : references) {
                q = Math.max(q, ref.quality(text));
            }
            boolean tie = Math.abs(q - bestQuality) < 1e-9;
            if (q > bestQuality + 1e-9 || tie && best != null && text.length() > best.text().length()
                || tie && best != null && text.length() == best.text().length() && rank < bestRank) {
                best = e;
                bestQuality = q;
                bestRank = rank;
            }
        }
        if (best != null && bestQuality >= GOOD_MATCH) {
            return Found.of(best);
        }
        // A block of no heading element that shows the declared title (a plain div above the article).
        HtmlBlocks.Block shown = null;
        double shownQuality = GOOD_MATCH;
        for (HtmlBlocks.Block b : page.blocks()) {
            if (b.linkDensity() > 0.5 || !plausible(b.text())) {
                continue;
            }
            double q = 0;
            for (Reference ref : references) {
                q = Math.max(q, ref.quality(b.text()));
            }
            if (q > shownQuality + 1e-9 || Math.abs(q - shownQuality) < 1e-9 && shown != null
                && b.text().length() > shown.text().length()) {
                shown = b;
                shownQuality = q;
            }
        }
        if (shown != null) {
            return new Found(shown.owner(), shown.index(), shown.text());
        }
        Element before = headingLikeBefore(page, article);
        if (before != null) {
            return Found.of(before);
        }
        String main = mainPart(page.declaredTitle());
        return new Found(null, -1, plausible(main) ? main : null);
    }

    /** 1–4 for h1–h4, 5 for an element whose class or id says title, 9 for anything else. */
    private static int rank(Element e) {
        String n = e.normalName();
        if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '4') {
            return n.charAt(1) - '0';
        }
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return 9;
        }
        String words = HtmlBlocks.classAndId(e);
        return !words.isBlank() && TITLE_WORDS.matcher(words).find() && !words.contains("sub") ? 5 : 9;
    }

    private static boolean insideFurniture(Element e) {
        int depth = 0;
        for (Element a = e.parent(); a != null && depth < 6; a = a.parent(), depth++) {
            if (HtmlMainContent.furniture(a)) {
                return true;
            }
        }
        return false;
    }

    static boolean plausible(String text) {
        if (text == null) {
            return false;
        }
        int chars = HtmlBlocks.nonSpace(text);
        if (chars < 4 || chars > 150 || NOT_A_TITLE.matcher(text).matches()) {
            return false;
        }
        // A date line alone is no title, though a title may hold a year (2019年…).
        return text.replaceAll("[0-9０-９\\s:：/年月日.\\-]", "").length() >= 4;
    }

    /**
     * How well a heading matches a declared title: the longest run they share, over the longer of the heading and
     * the declared title's part it falls in. A short prefix of the title scores low; a heading with the site's name
     * added scores low too.
     */
    static double quality(String heading, String declared) {
        return Reference.of(declared).quality(heading);
    }

    /** A declared title's headline parts, squashed once and compared with every candidate. */
    private record Reference(List<String> parts, List<String> squashed) {

        static Reference of(String declared) {
            List<String> parts = declared == null ? List.of() : headlineParts(declared);
            return new Reference(parts, parts.stream().map(HtmlTitle::squash).toList());
        }

        double quality(String heading) {
            String h = squash(heading);
            if (h.isEmpty()) {
                return 0;
            }
            double best = 0;
            for (int i = 0; i < parts.size(); i++) {
                String sp = squashed.get(i);
                if (sp.isEmpty()) {
                    continue;
                }
                if (h.length() >= 6 && wholeSegments(h, parts.get(i))) {
                    best = Math.max(best, WHOLE_SEGMENTS);
                }
                int longer = Math.max(h.length(), sp.length());
                // the shared run is at most the shorter of the two: skip what cannot beat the best so far
                if (Math.min(h.length(), sp.length()) / (double) longer > best) {
                    best = Math.max(best, longestCommonRun(h, sp) / (double) longer);
                }
            }
            return best;
        }
    }

    /** A heading that is the first words of a declared title, split where it has a space. */
    private static final double WHOLE_SEGMENTS = 0.9;

    /**
     * Whether the heading is the title's leading space-separated words: a page declares "headline subtitle" and
     * shows them as {@code h1} and {@code h3}. A prefix that ends inside a word group is not; the subtitle is not.
     */
    private static boolean wholeSegments(String squashedHeading, String part) {
        String[] words = part.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            head.append(squash(words[i]));
            if (head.toString().equals(squashedHeading)) {
                return true;
            }
        }
        return false;
    }

    /** What a site's or channel's name ends with (…网, …官网, …日报, …频道, a domain). */
    private static final Pattern SITE_NAME = Pattern.compile(
        "(网|網|官网|官網|网站|網站|门户|門戶|在线|在線|日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|新闻网|新聞網|"
            + "电视台|電視台|客户端|客戶端|频道|頻道|人民政府|政府网|政府網)$|(?i)\\.(com|cn|net|org|gov)(\\.cn)?$");

    /**
     * The parts of a declared title that may be its headline: those separators leave that do not name the site or
     * a channel (新闻动态--中国地理学会官网: not the site's name; the headline is not there at all).
     */
    static List<String> headlineParts(String declared) {
        List<String> parts = new ArrayList<>();
        for (String p : SEPARATORS.split(declared.strip())) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.size() > 1) {
            parts.removeIf(p -> SITE_NAME.matcher(p).find());
        }
        return parts;
    }

    /** The longest part of a declared title between site and channel separators. */
    static String mainPart(String declared) {
        if (declared == null) {
            return "";
        }
        String best = "";
        for (String p : headlineParts(declared)) {
            if (squash(p).length() > squash(best).length()) {
                best = p;
            }
        }
        return best;
    }

    /** A short heading-like block just before the article, when no heading matches the declared title. */
    private static Element headingLikeBefore(HtmlPage page, Element article) {
        List<HtmlBlocks.Block> blocks = page.blocks();
        int first = -1;
        for (HtmlBlocks.Block b : blocks) {
            if (b.isWithin(article)) {
                first = b.index();
                break;
            }
        }
        for (int i = first - 1; i >= 0 && i >= first - 4; i--) {
            HtmlBlocks.Block b = blocks.get(i);
            if (b.isHeading() && b.linkDensity() < 0.5 && plausible(b.text()) && !b.text().endsWith("。")) {
                return b.owner();
            }
        }
        return null;
    }

    static String squash(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                out.append(c >= '！' && c <= '～' ? (char) (c - 0xFEE0) : c);
            }
        }
        return out.toString();
    }

    static int longestCommonRun(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            java.util.Arrays.fill(cur, 0);
        }
        return best;
    }
}
