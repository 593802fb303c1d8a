package io.policylens.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.policylens.search.SearchHit;
import io.policylens.search.Watch;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A watch's new documents as an Atom feed (RFC 4287) that any feed reader can poll: one entry per document, with
 * its title, a link to the document on the page, when it was published and indexed, a snippet in the document's
 * own script, and the indicators found in it. Written with the JDK's StAX writer, which escapes all text.
 */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private AtomFeed() {
    }

    /**
     * @param base       the page's URL (ending in /), for links and ids
     * @param indicators each hit's indicators, by document id (absent: none found)
     */
    static void write(Writer out, Watch watch, String base, List<SearchHit> hits, Map<String, JsonNode> indicators)
        throws XMLStreamException {
        XMLStreamWriter x = XML.createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace(ATOM);
        element(x, "id", base + "api/watches/" + watch.id() + "/feed.atom");
        element(x, "title", "PolicyLens · " + watch.name());
        element(x, "subtitle", (watch.query().isEmpty() ? "" : watch.query() + " ") + watch.filters().params());
        Instant updated = hits.stream().map(AtomFeed::indexed).max(Instant::compareTo).orElse(watch.created());
        element(x, "updated", updated.toString());
        link(x, "self", base + "api/watches/" + watch.id() + "/feed.atom", MEDIA_TYPE);
        link(x, "alternate", base + "?q=" + java.net.URLEncoder.encode(watch.query(), java.nio.charset.StandardCharsets.UTF_8),
            "text/html");
        x.writeStartElement("author");
        element(x, "name", "PolicyLens");
        x.writeEndElement();
        element(x, "generator", "PolicyLens");
        for (SearchHit h : hits) {
            x.writeStartElement("entry");
            element(x, "id", "urn:policylens:document:" + h.id());
            element(x, "title", h.titleOriginal().isEmpty() ? h.title() : h.titleOriginal());
            link(x, "alternate", base + "#doc/" + h.id(), "text/html");
            link(x, "via", h.uri(), null);
            element(x, "updated", indexed(h).toString());
            if (h.published() != null) {
                element(x, "published", h.published() + "T00:00:00Z");
            }
            if (!h.snippets().isEmpty()) {
                element(x, "summary", h.snippets().get(0).marked("", "").replace('\n', ' '));
            }
            JsonNode found = indicators.get(h.id());
            if (found != null && found.size() > 0) {
                StringBuilder text = new StringBuilder();
                for (JsonNode i : found) {
                    text.append(i.path("kind").asText()).append(": ").append(i.path("span").asText());
                    if (!i.path("subject").asText("").isEmpty()) {
                        text.append(" — ").append(i.path("subject").asText());
                    }
                    text.append('\n');
                }
                x.writeStartElement("content");
                x.writeAttribute("type", "text");
                x.writeCharacters(text.toString().strip());
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
    }

    private static Instant indexed(SearchHit h) {
        return h.indexedAt() == null ? Instant.EPOCH : Instant.parse(h.indexedAt());
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        if (type != null) {
            x.writeAttribute("type", type);
        }
    }
}
