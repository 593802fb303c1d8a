package io.policylens.tools.bench;

import io.policylens.document.RawDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import java.io.InputStream;

/**
 * The benchmark baseline of a plain "Tika text into Elasticsearch" crawler (what FSCrawler-style tools do): Tika's
 * auto-detecting parser, its own charset detection, the whole page's text, no article, no normalisation. Not used
 * by the pipeline. Thread-safe.
 */
public final class PlainTextBaseline {

    private final AutoDetectParser parser = new AutoDetectParser();

    /** The page's text, or "" when Tika cannot read it (a baseline does not reject, it indexes what it gets). */
    public String text(RawDocument raw) {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try (InputStream in = raw.openStream()) {
            parser.parse(in, handler, metadata, new ParseContext());
            return handler.toString();
        } catch (Exception e) {
            return "";
        }
    }
}
