package io.policylens.extract;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A page as Tika's XHTML events describe it, reduced to what main-content selection needs: block elements in a
 * tree, and the text blocks they hold in document order with how much of each is link text. Not thread-safe:
 * one per parse.
 */
public final class HtmlBlocks extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "article", "section", "main", "header", "footer", "nav", "aside", "ul", "ol", "table", "tr", "tbody", "thead",
        "blockquote", "pre", "dd", "dt", "dl", "form", "center", "time", "body", "figure", "figcaption", "address");

    /** A block element. */
    public static final class Node {
        final String name;
        final Node parent;
        double score;

        Node(String name, Node parent) {
            this.name = name;
            this.parent = parent;
        }

        boolean isWithin(Node ancestor) {
            for (Node n = this; n != null; n = n.parent) {
                if (n == ancestor) {
                    return true;
                }
            }
            return false;
        }

        boolean isHeading() {
            return name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1));
        }
    }

    /** Text directly inside one block element, up to the next block boundary. */
    public record Block(Node owner, String text, int linkChars) {
        public int chars() {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    n++;
                }
            }
            return n;
        }

        public double linkDensity() {
            int c = chars();
            return c == 0 ? 0 : Math.min(1, linkChars / (double) c);
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private Node current = new Node("#root", null);
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int inLink;

    public List<Block> blocks() {
        return blocks;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (BLOCKS.contains(name)) {
            flush();
            current = new Node(name, current);
        } else if (name.equals("br")) {
            flush();
        } else if (name.equals("a")) {
            inLink++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (BLOCKS.contains(name)) {
            flush();
            if (current.parent != null) {
                current = current.parent;
            }
        } else if (name.equals("a") && inLink > 0) {
            inLink--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
        if (inLink > 0) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    linkChars++;
                }
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    private void flush() {
        String t = text.toString().replace('\u00a0', ' ').replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
        if (!t.isEmpty()) {
            blocks.add(new Block(current, t, linkChars));
        }
        text.setLength(0);
        linkChars = 0;
    }

    @Override
    public void endDocument() {
        flush();
    }
}
