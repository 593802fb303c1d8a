package io.policylens.extract;

import io.policylens.text.ChineseConverter;
import io.policylens.text.NormalisedText;
import io.policylens.text.ScriptDetector;
import io.policylens.text.TextNormaliser;

import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The extract stage: bytes in, the article's normalised text out. Thread-safe.
 */
public final class Extractor implements AutoCloseable {

    private final TikaTextParser parser;
    private final LineBasedMainContent mainContent = new LineBasedMainContent();
    private final TextNormaliser normaliser;
    private final ScriptDetector scriptDetector;
    private final ChineseConverter converter;
    private final ArtifactRepair repair;
    private final HtmlMainContent htmlContent = new HtmlMainContent();

    public Extractor(ExtractSettings settings) {
        this.converter = ChineseConverter.opencc();
        this.parser = new TikaTextParser(settings, CommonCharacters.both(converter));
        this.normaliser = new TextNormaliser(converter);
        this.scriptDetector = new ScriptDetector(converter);
        this.repair = new ArtifactRepair(converter);
    }

    /** Stops the parser processes PDF and Office files are read in. */
    @Override
    public void close() {
        parser.close();
    }

    /** Extracts the article of one document, or says why there is none. */
    public CleanDocument extract(RawDocument raw) throws RejectedException {
        return extractParsed(raw, parse(raw));
    }

    /** The first step alone (Tika): the page's text, title and blocks. Benchmarks time it on its own. */
    public ParsedText parse(RawDocument raw) throws RejectedException {
        if (raw.length() == 0) {
            throw new RejectedException("extract", "empty input (0 bytes)");
        }
        return parser.parse(raw);
    }

    /**
     * The steps after parsing: repairs, the article, normalisation. (Not an overload of {@link #extract}: the
     * Camel ingest route calls that one by name.)
     */
    public CleanDocument extractParsed(RawDocument raw, ParsedText parsed) throws RejectedException {
        if (parsed.text().isBlank()) {
            throw new RejectedException("extract", "no text found in " + parsed.mediaType());
        }
        int letters = letters(parsed.title(), MIN_LETTERS);
        letters += letters < MIN_LETTERS ? letters(parsed.text(), MIN_LETTERS - letters) : 0;
        if (letters < MIN_LETTERS) {
            throw new RejectedException("extract", "no text: " + letters + " character" + (letters == 1 ? "" : "s"));
        }
        // A government page's header, wherever on the page it stands; its lines are no article text.
        PolicyHeaderReader.Read header = PolicyHeaderReader.header(LineBasedMainContent.lines(parsed.text()));
        // Artifacts are repaired before the article is looked for: an annotated title is not recognisable.
        String text = parsed.text();
        String headline = null;
        java.time.LocalDate shown = null;
        boolean narrowed = false;
        if (parsed.html() != null) {
            HtmlMainContent.Article article = htmlContent.select(parsed.html());
            if (article != null) {
                text = String.join("\n", article.lines());
                headline = article.title() == null ? null : repair.repair(article.title()).text();
                shown = article.published();
                narrowed = true;
            } else {
                text = parsed.html().textOutsideLinks(); // no clear article: the page's lines, but not its links
            }
        }
        if (!header.lines().isEmpty()) {
            text = LineBasedMainContent.lines(text).stream().filter(l -> !header.lines().contains(l))
                .collect(java.util.stream.Collectors.joining("\n"));
        }
        ArtifactRepair.Repaired repaired = repair.repair(text);
        ParsedText clean = parsed.withText(repair.repair(parsed.title()).text(), repaired.text());
        MainText main = mainContent.select(clean, headline);
        PolicyHeader policy = header.header().orElse(PolicyHeaderReader.fromText(main.scope()))
            .withCites(PolicyHeaderReader.citations(String.join("\n", main.paragraphs()), main.title()))
            .mapText(normaliser::normaliseShort); // filtered and faceted with the simplified text
        Set<String> flags = new HashSet<>(repaired.flags());
        if (narrowed && isBoilerplateHeavy(main, parsed.text())) {
            flags.add("boilerplate_heavy");
        }
        if (parsed.html() != null) {
            // What the page declares (meta, JSON-LD, scripts) comes first, then what it shows by its headline.
            main = main.withPublished(parsed.published() != null ? parsed.published()
                : shown != null ? shown : main.published());
        } else if (main.published() == null) {
            main = main.withPublished(parsed.published());
        }
        // A policy's header says when it was published; else when it was written.
        if (policy.published() != null) {
            main = main.withPublished(policy.published());
        } else if (main.published() == null && policy.written() != null) {
            main = main.withPublished(policy.written());
        }
        return checkedClean(raw, clean, main, flags, policy);
    }

    /** Measured against the whole page, not the region the density step kept. */
    private static boolean isBoilerplateHeavy(MainText main, String page) {
        return LineBasedMainContent.isBoilerplateHeavy(main.paragraphs().stream().mapToLong(String::length).sum(),
            HtmlBlocks.nonSpace(page));
    }

    /**
     * Normalises text that needs no parsing or main-content step, such as one line of a spreadsheet.
     * The whole text is the body; there is no title.
     */
    public CleanDocument extractSnippet(RawDocument raw, String line) {
        ArtifactRepair.Repaired repaired = repair.repair(line);
        ParsedText parsed = new ParsedText("", repaired.text(), null, "text/plain", false);
        return clean(raw, parsed, new MainText("", null, List.of(repaired.text().strip())), repaired.flags(),
            PolicyHeader.NONE);
    }

    private CleanDocument checkedClean(RawDocument raw, ParsedText parsed, MainText main, Set<String> repairFlags,
                                       PolicyHeader policy) throws RejectedException {
        if (main.paragraphs().stream().allMatch(String::isBlank)) {
            throw new RejectedException("extract", "no article text found");
        }
        return clean(raw, parsed, main, repairFlags, policy);
    }

    /** Fewer letters and Chinese characters than this, in all, is not a document. */
    static final int MIN_LETTERS = 10;

    /**
     * Letters and Chinese characters: what a text is made of. Noncharacters, private-use and control characters
     * (what a broken or hostile file is made of) are not letters.
     */
    static int letters(String s) {
        return letters(s, Integer.MAX_VALUE);
    }

    /** {@link #letters(String)}, counted no further than {@code enough}. */
    static int letters(String s, int enough) {
        int n = 0;
        for (int i = 0; i < s.length() && n < enough; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean nonCharacter = (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
            if (!nonCharacter && Character.isLetter(cp) && Character.getType(cp) != Character.PRIVATE_USE) {
                n++;
            }
        }
        return n;
    }

    private CleanDocument clean(RawDocument raw, ParsedText parsed, MainText main, Set<String> repairFlags,
                                PolicyHeader policy) {
        String original = String.join("\n", main.paragraphs());
        NormalisedText normalised = normaliser.normalise(original);
        Set<String> flags = new HashSet<>(repairFlags);
        flags.addAll(main.flags());
        if (parsed.truncated()) {
            flags.add("truncated");
        }
        String titleOriginal = main.title();
        String title = normaliser.normaliseShort(titleOriginal);
        return new CleanDocument(raw.id(), raw.source(), title, titleOriginal, main.published(),
            normalised.text(), normalised.original(), normalised.offsetMap(),
            scriptDetector.detect(titleOriginal + "\n" + original),
            flags, raw.contentHash(), policy);
    }
}
