package io.policylens.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page as main-content selection needs it (jsoup): what the page declares about itself — its {@code <title>},
 * titles in {@code <meta>}, a publication date in {@code <meta>}, JSON-LD, {@code <time>} or its scripts — read
 * first, then the document cleaned of everything a reader does not see (script, style, noscript, template, forms'
 * controls, comments, elements hidden by an inline style), then its text as {@link HtmlBlocks}. One per parse; not
 * thread-safe.
 */
public final class HtmlPage {

    /** Elements whose text a reader never sees as page text. */
    private static final String INVISIBLE = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
        + "svg, math, canvas, select, option, textarea, input, button, head, link, meta, map, audio, video, source";
    private static final java.util.Set<String> LIST_OR_FURNITURE = java.util.Set.of("li", "a", "nav", "aside", "footer");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Names of meta tags that carry a publication date, most specific first. */
    private static final List<String> DATE_META = List.of("article:published_time", "og:article:published_time",
        "og:published_time", "datepublished", "pubdate", "publishdate", "publish_date", "publish-date", "publishtime",
        "firstpublishedtime", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "sailthru.date",
        "weibo:article:create_at", "datecreated", "date", "dateupdate", "article:modified_time", "lastmodifiedtime");
    /** A publication date in a script: JSON keys, or the variables some platforms set (WeChat's {@code ct}). */
    private static final Pattern SCRIPT_DATE = Pattern.compile(
        "[\"']?(datePublished|publishTime|publish_time|pubTime|pubDate|publishDate|publish_date|createTime|ctime)"
            + "[\"']?\\s*[:=]\\s*[\"']?([0-9][0-9 :TZ+/.-]{7,30}|1[0-9]{9})[\"']?");
    private static final Pattern WECHAT_CT = Pattern.compile("var\\s+ct\\s*=\\s*\"(1[0-9]{9})\"");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Document document;
    private final String declaredTitle;
    private final List<String> metaTitles;
    private final LocalDate declaredDate;
    private final List<HtmlBlocks.Block> blocks;

    private HtmlPage(Document document, String declaredTitle, List<String> metaTitles, LocalDate declaredDate) {
        this.document = document;
        this.declaredTitle = declaredTitle;
        this.metaTitles = List.copyOf(metaTitles);
        this.declaredDate = declaredDate;
        this.blocks = List.copyOf(HtmlBlocks.of(document.body()));
    }

    /** Parses decoded HTML. */
    public static HtmlPage parse(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        String title = HtmlBlocks.normaliseSpace(doc.title());
        List<String> metaTitles = new ArrayList<>();
        for (String name : List.of("og:title", "twitter:title", "title", "headline", "articletitle", "contentid")) {
            for (Element m : doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]")) {
                String c = HtmlBlocks.normaliseSpace(m.attr("content"));
                if (!c.isEmpty() && !name.equals("contentid")) {
                    metaTitles.add(c);
                }
            }
        }
        LocalDate date = declaredDate(doc);
        clean(doc);
        return new HtmlPage(doc, title, metaTitles, date);
    }

    /** The page's {@code <title>}, whitespace collapsed, or "". */
    public String declaredTitle() {
        return declaredTitle;
    }

    /** Titles the page's meta tags give (og:title …). */
    public List<String> metaTitles() {
        return metaTitles;
    }

    /** The publication date the page declares outside its visible text, or null. */
    public LocalDate declaredDate() {
        return declaredDate;
    }

    public List<HtmlBlocks.Block> blocks() {
        return blocks;
    }

    public Element body() {
        return document.body();
    }

    /** The page's visible text but its links (menus, lists of other articles), one block a line. */
    public String textOutsideLinks() {
        StringBuilder sb = new StringBuilder();
        for (HtmlBlocks.Block b : blocks) {
            if (b.linkDensity() <= 0.5) {
                sb.append(b.text()).append('\n');
            }
        }
        return sb.toString();
    }

    /** All of the page's visible text, one block a line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (HtmlBlocks.Block b : blocks) {
            sb.append(b.text()).append('\n');
        }
        return sb.toString();
    }

    private static LocalDate declaredDate(Document doc) {
        Elements metas = doc.select("meta[name], meta[property], meta[itemprop], meta[http-equiv]");
        for (String name : DATE_META) {
            for (Element m : metas) {
                String key = (m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv")).toLowerCase(Locale.ROOT);
                if (key.equals(name)) {
                    LocalDate d = PublishedDateFinder.parseDate(m.attr("content"));
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        for (Element script : doc.select("script")) {
            String s = script.data();
            Matcher ct = WECHAT_CT.matcher(s);
            if (ct.find()) {
                return epochDate(ct.group(1));
            }
            Matcher m = SCRIPT_DATE.matcher(s);
            while (m.find()) {
                String v = m.group(2).strip();
                LocalDate d = v.matches("1[0-9]{9}") ? epochDate(v) : PublishedDateFinder.parseDate(v);
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element time : doc.select("time[datetime], time[pubdate]")) {
            if (time.parents().stream().anyMatch(p -> LIST_OR_FURNITURE.contains(p.normalName())
                || HtmlMainContent.furniture(p))) {
                continue; // a date in a list of other articles is theirs
            }
            LocalDate d = PublishedDateFinder.parseDate(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate epochDate(String seconds) {
        return Instant.ofEpochSecond(Long.parseLong(seconds)).atZone(CHINA).toLocalDate();
    }

    /**
     * Removes what a reader does not see: invisible elements, comments, elements hidden by an inline style — but not
     * a hidden element that holds most of the page's text: a script reveals it once the page has loaded (WeChat
     * serves its articles in {@code <div id="js_content" style="visibility: hidden;">}).
     */
    private static void clean(Document doc) {
        doc.select(INVISIBLE).remove();
        int pageChars = doc.body().text().length();
        List<Node> remove = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    remove.add(node);
                } else if (node instanceof Element e && (e.hasAttr("hidden")
                    || e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find())
                    && e.text().length() * 2 < pageChars) {
                    remove.add(node);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, doc.body());
        remove.forEach(Node::remove);
    }
}
