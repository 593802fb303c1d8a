package io.policylens.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page's visible text as blocks: the text directly inside one block element (up to the next block boundary or
 * {@code <br>}), in document order, each with the element that holds it, how much of it is link text, and what
 * kind of text it is (heading, caption, list item, text right after a picture). Built from a cleaned jsoup
 * document (no script, style or hidden elements). Immutable once built; thread-safe.
 */
public final class HtmlBlocks {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "article", "section", "main", "header", "footer", "nav", "aside", "ul", "ol", "table", "tr", "tbody", "thead",
        "tfoot", "blockquote", "pre", "dd", "dt", "dl", "form", "center", "figure", "figcaption", "address", "body",
        "caption", "hr", "fieldset", "details", "summary", "dialog", "menu");

    /** Class or id words of page furniture: a block inside such an element is never article text. */
    static final Pattern FURNITURE = Pattern.compile(
        "(?i)(^|[-_\\s])(comments?|commentlist|reply|replies|discuss|share|sharing|bdshare|social|jiathis|related|"
            + "relate|recommend|recommends|recom|tuijian|xiangguan|hot-?news|hotlist|rank|ranking|sidebar|side-?bar|"
            + "aside|footer|foot|bottom-?nav|nav|navbar|menu|breadcrumbs?|crumbs?|position|location|copyright|"
            + "banner|advert|advertisement|ads?|guanggao|popup|modal|login|toolbar|tags?|keywords?|pager|pagination|"
            + "prev|next|qrcode|erweima|wx-?code|subscribe|follow)($|[-_\\s\\d])");

    /** Class or id words of an article's container. */
    static final Pattern ARTICLE = Pattern.compile(
        "(?i)(^|[-_\\s])(article|articles|content|contents|post|entry|main|body|text|detail|details|news|story|"
            + "zoom|trs_editor|con|cont|txt|wenzhang|zhengwen|neirong|rich_media_content|js_content|art)"
            + "($|[-_\\s\\d])");

    private static final Pattern HEADING_STYLE = Pattern.compile("(^|[-_\\s])(h[1-6]|title|subtitle|heading|bold)"
        + "($|[-_\\s])");
    private static final Pattern CENTRED = Pattern.compile("(?i)text-align\\s*:\\s*center");

    /** What kind of text a block is. */
    public enum Kind { TEXT, HEADING, CAPTION, LIST_ITEM, CELL, PREFORMATTED }

    /**
     * Text directly inside one block element.
     *
     * @param owner       the block element that holds the text
     * @param linkChars   non-space characters of it inside links
     * @param afterImage  a picture, and no text, came right before it within the same container
     * @param centred     it stands in a centred box ({@code <center>}, {@code align="center"}, {@code text-align:
     *                    center}), as captions do
     * @param emphasised  all of its text is bold or in a heading's style: a sub-heading, not a caption
     * @param index       its position among the page's blocks
     * @param chars       its characters other than white space (counted once: every step weighs blocks by them)
     */
    public record Block(Element owner, String text, int linkChars, Kind kind, boolean afterImage, boolean centred,
                        boolean emphasised, int index, int chars) {

        public Block(Element owner, String text, int linkChars, Kind kind, boolean afterImage, boolean centred,
                     boolean emphasised, int index) {
            this(owner, text, linkChars, kind, afterImage, centred, emphasised, index, nonSpace(text));
        }

        public double linkDensity() {
            int c = chars();
            return c == 0 ? 0 : Math.min(1, linkChars / (double) c);
        }

        public boolean isHeading() {
            return kind == Kind.HEADING;
        }

        /** Whether the block lies inside the element. */
        public boolean isWithin(Element ancestor) {
            int depth = 0;
            for (Element e = owner; e != null && depth < 200; e = e.parent(), depth++) {
                if (e == ancestor) {
                    return true;
                }
            }
            return false;
        }
    }

    private HtmlBlocks() {
    }

    /** The blocks of a cleaned document's body, in document order. */
    public static List<Block> of(Element body) {
        Builder b = new Builder();
        NodeTraversor.traverse(b, body);
        b.flush();
        return b.blocks;
    }

    static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Collapses runs of white space, no-break spaces and ideographic spaces into one space, stripped; drops the
     * private-use characters icon fonts draw (a comment bubble before its count is U+E60E, not text).
     */
    static String normaliseSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\ue000' && c <= '\uf8ff') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Walks the document once; keeps its own stack, so deep nesting costs no recursion. */
    private static final class Builder implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Element current;
        private int linkChars;
        private int inLink;
        private int emphasisChars;
        private int inEmphasis;
        private boolean pendingImage;
        private Element imageContainer;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (inLink > 0) {
                    linkChars += nonSpace(s);
                }
                if (inEmphasis > 0) {
                    emphasisChars += nonSpace(s);
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String name = e.normalName();
            if (BLOCK_TAGS.contains(name) || name.equals("br")) {
                flush();
                if (BLOCK_TAGS.contains(name)) {
                    current = e;
                }
            } else if (name.equals("a")) {
                inLink++;
            } else if (emphasis(e)) {
                inEmphasis++;
            } else if (name.equals("img") && !tiny(e)) {
                flush();
                pendingImage = true;
                imageContainer = e.parent();
            }
            if (current == null) {
                current = e;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String name = e.normalName();
            if (BLOCK_TAGS.contains(name)) {
                flush();
                current = e.parent() == null ? e : e.parent();
            } else if (name.equals("a") && inLink > 0) {
                inLink--;
            } else if (inEmphasis > 0 && !BLOCK_TAGS.contains(name) && emphasis(e)) {
                inEmphasis--;
            }
        }

        /** Bold, or a span styled as a heading (class h3, title, subtitle …). */
        private static boolean emphasis(Element e) {
            String n = e.normalName();
            return n.equals("strong") || n.equals("b")
                || !BLOCK_TAGS.contains(n) && HEADING_STYLE.matcher(HtmlBlocks.classAndId(e)).find();
        }

        /** Icons and spacers are no pictures. */
        private static boolean tiny(Element img) {
            return small(img.attr("width")) || small(img.attr("height"));
        }

        private static boolean small(String size) {
            try {
                return !size.isBlank() && Integer.parseInt(size.replaceAll("[^0-9]", "")) < 40;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        void flush() {
            String t = normaliseSpace(text.toString());
            if (!t.isEmpty() && current != null) {
                boolean afterImage = pendingImage && imageContainer != null && near(imageContainer, current);
                blocks.add(new Block(current, t, linkChars, kindOf(current), afterImage, centred(current),
                    emphasisChars > 0 && emphasisChars >= nonSpace(t), blocks.size()));
                pendingImage = false;
            }
            text.setLength(0);
            linkChars = 0;
            emphasisChars = 0;
        }

        /** The picture and the text share a container a level or two up: a caption sits beside its picture. */
        private static boolean near(Element image, Element text) {
            Element a = image;
            for (int i = 0; i < 3 && a != null; i++, a = a.parent()) {
                Element b = text;
                for (int j = 0; j < 3 && b != null; j++, b = b.parent()) {
                    if (a == b) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean centred(Element owner) {
            Element e = owner;
            for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
                if (e.normalName().equals("center") || "center".equalsIgnoreCase(e.attr("align"))
                    || CENTRED.matcher(e.attr("style")).find()) {
                    return true;
                }
            }
            return false;
        }

        private static Kind kindOf(Element owner) {
            Element e = owner;
            for (int i = 0; i < 4 && e != null; i++, e = e.parent()) {
                String n = e.normalName();
                if (n.equals("figcaption")) {
                    return Kind.CAPTION;
                }
                if (n.length() == 2 && n.charAt(0) == 'h' && Character.isDigit(n.charAt(1))) {
                    return Kind.HEADING;
                }
                if (n.equals("pre")) {
                    return Kind.PREFORMATTED;
                }
            }
            String n = owner.normalName();
            if (n.equals("li") || n.equals("dd") || n.equals("dt")) {
                return Kind.LIST_ITEM;
            }
            if (n.equals("td") || n.equals("th")) {
                return Kind.CELL;
            }
            return Kind.TEXT;
        }
    }

    /** The class and id of an element, lower-cased, for the furniture and article patterns. */
    static String classAndId(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }
}
