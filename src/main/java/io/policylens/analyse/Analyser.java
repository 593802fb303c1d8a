package io.policylens.analyse;

import io.policylens.extract.CleanDocument;
import io.policylens.extract.HanLpRuntime;

import java.util.List;

/**
 * The analyse stage: words, entities and indicators of a clean document, in one pass over its text. Thread-safe.
 */
public final class Analyser {

    private final Segmenter segmenter;
    private final EntityRecognizer entities = new EntityRecognizer();
    private final IndicatorExtractor indicators = new IndicatorExtractor();

    public Analyser(HanLpRuntime hanlp) {
        this.segmenter = new Segmenter(hanlp);
    }

    public AnalysedDocument analyse(CleanDocument clean) {
        List<Token> tokens = segmenter.segment(clean.text());
        return new AnalysedDocument(clean, segmenter.segment(clean.title()), tokens, entities.recognise(tokens), indicators.extract(clean.text()));
    }

    /** The words of a query or any short text, for matching against the segmented index field. */
    public List<Token> segment(String text) {
        return segmenter.segment(text);
    }
}
