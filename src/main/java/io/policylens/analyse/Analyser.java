package io.policylens.analyse;

import io.policylens.extract.CleanDocument;
import io.policylens.extract.HanLpRuntime;

import java.util.List;

/**
 * The analyse stage: words, entities and indicators of a clean document, in one pass over its text. Thread-safe.
 */
public final class Analyser {

    private final Segmenter segmenter;
    private final EntityRecognizer entities;
    private final IndicatorExtractor indicators = new IndicatorExtractor();
    private final LanguageIdentifier languages = new LanguageIdentifier();

    public Analyser(HanLpRuntime hanlp) {
        this(hanlp, CharNerModel.bundled());
    }

    public Analyser(HanLpRuntime hanlp, CharNerModel ner) {
        this.segmenter = new Segmenter(hanlp);
        this.entities = new EntityRecognizer(ner);
    }

    public AnalysedDocument analyse(CleanDocument clean) {
        List<Token> tokens = segmenter.segment(clean.text());
        String language = languages.identify(clean.text()).language();
        return new AnalysedDocument(clean, language, passages(clean.text(), language), segmenter.segment(clean.title()),
            tokens, entities.recognise(clean.text()), indicators.extract(clean.text()));
    }

    /** Paragraphs of some length whose language differs from the document's. */
    private List<Passage> passages(String text, String documentLanguage) {
        List<Passage> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String paragraph = text.substring(start, i);
                if (paragraph.strip().length() >= 20 && LanguageIdentifier.hanShare(paragraph) < 0.3) {
                    String lang = languages.identify(paragraph).language();
                    if (!lang.equals(documentLanguage) && !lang.equals("und")) {
                        out.add(new Passage(lang, new io.policylens.document.Span(start, i)));
                    }
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The words of a query or any short text, for matching against the segmented index field. */
    public List<Token> segment(String text) {
        return segmenter.segment(text);
    }
}
