package io.policylens.extract;

import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns bytes of any format Tika knows (HTML, plain text, PDF, DOCX …) into plain text, one block per line.
 * Tika's mutable {@link Metadata} stays inside this class. Thread-safe.
 */
public final class TikaTextParser implements AutoCloseable {

    private static final String[] DATE_KEYS = {
        "article:published_time", "publishdate", "PubDate", "pubdate", "publish_date", "firstpublishedtime",
        TikaCoreProperties.CREATED.getName()
    };

    private final AutoDetectParser parser = new AutoDetectParser();
    /** Tika rebuilds this map on every call: built once. */
    private final java.util.Map<MediaType, org.apache.tika.parser.Parser> parsersByType = parser.getParsers();
    private final ExtractSettings settings;
    private final java.util.Set<Integer> commonCharacters;

    public TikaTextParser(ExtractSettings settings, java.util.Set<Integer> commonCharacters) {
        this.settings = settings;
        this.commonCharacters = commonCharacters;
    }

    /** Parse threads: daemons, so that a parse abandoned after its timeout cannot keep the process alive. */
    private static final java.util.concurrent.ExecutorService PARSES = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "policylens-parse");
        t.setDaemon(true);
        return t;
    });

    /**
     * Parses the document's bytes, within the settings' time limit: a parse still running then is interrupted and
     * abandoned (Tika's parsers do not all heed interrupts: such a thread may run on, but the run goes on without
     * it). The stream it opens is closed here.
     */
    public ParsedText parse(RawDocument raw) throws RejectedException {
        java.util.concurrent.Future<ParsedText> f = PARSES.submit(() -> parseNow(raw));
        try {
            return f.get(settings.parseTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            throw new RejectedException("extract", "parsing took longer than " + settings.parseTimeout().toSeconds()
                + " s: abandoned");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new RejectedException("extract", "interrupted while parsing");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RejectedException r) {
                throw r;
            }
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new RejectedException("extract", "parsing needed more memory than there is", e.getCause());
            }
            throw new RejectedException("extract", "cannot parse: " + e.getCause(), e.getCause());
        }
    }

    private ParsedText parseNow(RawDocument raw) throws RejectedException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(raw.source().uri()));
        if (raw.contentType() != null) {
            // A charset declared by the transport (HTTP) outranks guessing; Tika reads it from the content type.
            String type = raw.contentType() + (raw.charset() != null ? "; charset=" + raw.charset() : "");
            metadata.set(Metadata.CONTENT_TYPE, type);
        }
        BodyContentHandler handler = new BodyContentHandler(settings.maxChars());
        boolean truncated = false;
        String isolatedText = null;
        try (InputStream in = raw.openStream()) {
            ParseContext context = new ParseContext();
            // Tika's own guess reads GBK pages labelled gb2312 as GB2312 and believes lying labels.
            context.set(org.apache.tika.detect.EncodingDetector.class,
                new ChineseEncodingDetector(commonCharacters, raw.charset()));
            // Keep every element (div, article, section…): main-content selection needs the page's structure.
            context.set(org.apache.tika.parser.html.HtmlMapper.class, org.apache.tika.parser.html.IdentityHtmlMapper.INSTANCE);
            org.apache.tika.parser.Parser known = knownParser(raw, metadata);
            if (known != null && isHtml(metadata) || known == null && sniffsHtml(raw)) {
                // HTML is read into a DOM (jsoup): main-content selection needs its elements, classes and metadata.
                return parseHtml(raw);
            }
            if (isolates(known, metadata)) {
                // PDFBox, POI and the archive parsers hold whole documents in memory: in a process of their own.
                // The text comes back once per (embedded) document, not event by event over the pipe.
                org.apache.tika.sax.RecursiveParserWrapperHandler perDocument = new org.apache.tika.sax.RecursiveParserWrapperHandler(
                    new org.apache.tika.sax.BasicContentHandlerFactory(
                        org.apache.tika.sax.BasicContentHandlerFactory.HANDLER_TYPE.BODY, settings.maxChars()), 1_000);
                isolated().parse(in, perDocument, metadata, new ParseContext());
                StringBuilder text = new StringBuilder();
                List<Metadata> documents = perDocument.getMetadataList();
                for (Metadata m : documents) {
                    String content = m.get(TikaCoreProperties.TIKA_CONTENT);
                    if (content != null && text.length() < settings.maxChars()) {
                        text.append(content, 0, Math.min(content.length(), settings.maxChars() - text.length())).append('\n');
                    }
                    truncated |= "true".equals(m.get(TikaCoreProperties.WRITE_LIMIT_REACHED));
                }
                if (!documents.isEmpty()) {
                    Metadata container = documents.get(0);
                    for (String name : container.names()) {
                        if (!name.equals(TikaCoreProperties.TIKA_CONTENT.getName())) {
                            metadata.set(name, container.get(name));
                        }
                    }
                }
                isolatedText = text.toString();
            } else if (known != null && streams(metadata)) {
                // HTML and plain text: straight to their parser (type detection skipped: it costs a millisecond).
                known.parse(in, handler, metadata, context);
            } else {
                // Everything else goes through the auto-detecting parser, whose SecureContentHandler stops zip
                // bombs (a DOCX that inflates a thousandfold) when they are parsed in this process.
                parser.parse(in, handler, metadata, context);
            }
        } catch (EncryptedDocumentException e) {
            throw new RejectedException("extract", "encrypted document: " + e.getMessage(), e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new RejectedException("extract", "cannot parse: " + e.getMessage(), e);
            }
            truncated = true;
        } catch (TikaException e) {
            // The parser process reports its own OutOfMemoryError (and carries on: the parse's objects are garbage).
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof OutOfMemoryError) {
                    throw new RejectedException("extract", "the parser process ran out of memory (its heap is "
                        + settings.isolatedHeap() + ") on this input " + describe(metadata), e);
                }
            }
            if (e.getMessage() != null && e.getMessage().startsWith("Failed to communicate with a forked parser")) {
                throw new RejectedException("extract", "the parser process died on this input (out of its "
                    + settings.isolatedHeap() + " of memory, crashed, or past " + settings.parseTimeout().toSeconds()
                    + " s) " + describe(metadata), e);
            }
            throw new RejectedException("extract", "cannot parse " + describe(metadata) + ": " + rootMessage(e), e);
        } catch (IOException | RuntimeException e) {
            throw new RejectedException("extract", "cannot parse " + describe(metadata) + ": " + rootMessage(e), e);
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        String mediaType = type == null ? "application/octet-stream" : type.getBaseType().toString();
        return new ParsedText(title == null ? "" : title.strip(), isolatedText != null ? isolatedText : handler.toString(),
            publishedOf(metadata), mediaType, truncated);
    }

    private static boolean isHtml(Metadata metadata) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        String base = type == null ? "" : type.getBaseType().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** Bytes of unknown type that begin as HTML does (after a byte-order mark and white space). */
    private static boolean sniffsHtml(RawDocument raw) {
        byte[] b = raw.bytes();
        String head = new String(b, 0, Math.min(b.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
            || head.startsWith("<?xml") && head.contains("<html");
    }

    /** Decodes the page in the charset the bytes are in, and reads it into a DOM. */
    private ParsedText parseHtml(RawDocument raw) {
        byte[] bytes = raw.bytes();
        java.nio.charset.Charset cs = new ChineseEncodingDetector(commonCharacters, raw.charset()).detect(
            java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 64 * 1024)));
        String html = new String(bytes, cs == null ? java.nio.charset.StandardCharsets.UTF_8 : cs);
        if (!html.isEmpty() && html.charAt(0) == '\uFEFF') {
            html = html.substring(1);
        }
        HtmlPage page = HtmlPage.parse(html);
        String text = page.text();
        boolean truncated = text.length() > settings.maxChars();
        if (truncated) {
            text = text.substring(0, settings.maxChars());
        }
        return new ParsedText(page.declaredTitle(), text, page.declaredDate(), "text/html", truncated, page);
    }

    /** HTML and plain text: their parsers stream and hold no archive that could explode. */
    private static boolean streams(Metadata metadata) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        String base = type == null ? "" : type.getBaseType().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml") || base.equals("text/plain");
    }

    /** Parsed in a separate process: every format but HTML and plain text, whose parsers stream. */
    private boolean isolates(org.apache.tika.parser.Parser known, Metadata metadata) {
        if (settings.isolatedHeap() == null) {
            return false;
        }
        return known == null || !streams(metadata);
    }

    private org.apache.tika.fork.ForkParser fork;

    /**
     * Tika's {@link org.apache.tika.fork.ForkParser}: a pool of parser processes (one per core), each with the
     * configured heap, killed after the parse time limit and replaced after a crash.
     */
    private synchronized org.apache.tika.fork.ForkParser isolated() {
        if (fork == null) {
            fork = new org.apache.tika.fork.ForkParser(TikaTextParser.class.getClassLoader(),
                new org.apache.tika.parser.RecursiveParserWrapper(new AutoDetectParser()));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            fork.setJavaCommand(List.of(java, "-Xmx" + settings.isolatedHeap(), "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
            fork.setPoolSize(Runtime.getRuntime().availableProcessors());
            fork.setServerParseTimeoutMillis(Math.max(1_000, settings.parseTimeout().toMillis()));
            fork.setServerPulseMillis(500);
            // Idle processes go after a minute; the next parse starts one again.
            fork.setServerWaitTimeoutMillis(60_000);
        }
        return fork;
    }

    /** Stops the parser processes, if any were started; a parse after this starts them again. */
    @Override
    public synchronized void close() {
        if (fork != null) {
            fork.close();
            fork = null;
        }
    }

    private static final java.util.Map<String, MediaType> BY_EXTENSION = java.util.Map.of(
        "html", MediaType.text("html"), "htm", MediaType.text("html"), "shtml", MediaType.text("html"),
        "txt", MediaType.TEXT_PLAIN, "pdf", MediaType.application("pdf"),
        "docx", MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"));

    /**
     * The parser for a type the name or the transport declares, so that Tika's type detection (about a
     * millisecond a document) is skipped; null — detect — when the type is unknown. Binary bytes under a text
     * type are rejected.
     */
    private org.apache.tika.parser.Parser knownParser(RawDocument raw, Metadata metadata) throws RejectedException {
        MediaType type = raw.contentType() == null ? null : MediaType.parse(raw.contentType());
        if (type == null) {
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            int dot = name == null ? -1 : name.lastIndexOf('.');
            type = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
        }
        if (type == null) {
            return null;
        }
        type = type.getBaseType();
        if (type.getType().equals("text") && looksBinary(raw)) {
            // Tika would trust the name and read the bytes as text: mojibake that looks like a document.
            throw new RejectedException("extract", "binary data, not " + type + " as its name or type says");
        }
        org.apache.tika.parser.Parser p = parsersByType.get(type);
        if (p != null) {
            metadata.set(Metadata.CONTENT_TYPE, raw.contentType() != null ? raw.contentType() : type.toString());
        }
        return p;
    }

    private static boolean looksBinary(RawDocument raw) {
        try (InputStream in = raw.openStream()) {
            byte[] head = in.readNBytes(1024);
            for (byte b : head) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static LocalDate publishedOf(Metadata metadata) {
        for (String key : DATE_KEYS) {
            String value = metadata.get(key);
            if (value != null) {
                LocalDate date = PublishedDateFinder.parseDate(value);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static String fileName(String uri) {
        try {
            URI u = URI.create(uri);
            if ("file".equals(u.getScheme())) {
                return Path.of(u).getFileName().toString();
            }
            String path = u.getPath();
            return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String describe(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "input" : "as " + type;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
