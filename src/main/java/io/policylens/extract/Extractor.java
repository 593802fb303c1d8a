package io.policylens.extract;

import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The extract stage: bytes in, the article's normalised text out. Thread-safe.
 */
public final class Extractor {

    private final TikaTextParser parser;
    private final LineBasedMainContent mainContent = new LineBasedMainContent();
    private final TextNormaliser normaliser;
    private final ScriptDetector scriptDetector;
    private final ChineseConverter converter;

    public Extractor(ExtractSettings settings, HanLpRuntime hanlp) {
        this.parser = new TikaTextParser(settings);
        this.converter = new ChineseConverter(hanlp);
        this.normaliser = new TextNormaliser(converter);
        this.scriptDetector = new ScriptDetector(converter);
    }

    /** Extracts the article of one document, or says why there is none. */
    public CleanDocument extract(RawDocument raw) throws RejectedException {
        if (raw.length() == 0) {
            throw new RejectedException("extract", "empty input (0 bytes)");
        }
        ParsedText parsed = parser.parse(raw);
        if (parsed.text().isBlank()) {
            throw new RejectedException("extract", "no text found in " + parsed.mediaType());
        }
        return checkedClean(raw, parsed, mainContent.select(parsed));
    }

    /**
     * Normalises text that needs no parsing or main-content step, such as one line of a spreadsheet.
     * The whole text is the body; there is no title.
     */
    public CleanDocument extractSnippet(RawDocument raw, String line) {
        ParsedText parsed = new ParsedText("", line, null, "text/plain", false);
        return clean(raw, parsed, new MainText("", null, List.of(line.strip())));
    }

    private CleanDocument checkedClean(RawDocument raw, ParsedText parsed, MainText main) throws RejectedException {
        if (main.paragraphs().stream().allMatch(String::isBlank)) {
            throw new RejectedException("extract", "no article text found");
        }
        return clean(raw, parsed, main);
    }

    private CleanDocument clean(RawDocument raw, ParsedText parsed, MainText main) {
        String original = String.join("\n", main.paragraphs());
        NormalisedText normalised = normaliser.normalise(original);
        Set<String> flags = new HashSet<>();
        if (parsed.truncated()) {
            flags.add("truncated");
        }
        String titleOriginal = main.title();
        String title = converter.toSimplified(TextNormaliser.toHalfWidth(titleOriginal));
        return new CleanDocument(raw.id(), raw.source(), title, titleOriginal,
            main.published() != null ? main.published() : parsed.published(),
            normalised.text(), normalised.original(), normalised.offsetMap(),
            scriptDetector.detect(titleOriginal + "\n" + original), LanguageGuess.of(normalised.text()),
            flags, raw.contentHash());
    }
}
