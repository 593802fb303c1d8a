package io.policylens.app;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.Analyser;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.extract.Extractor;
import io.policylens.extract.HanLpRuntime;

/**
 * Extract then analyse: bytes to an analysed document, as every command sees it. Thread-safe.
 */
public final class DocumentPipeline {

    private final Extractor extractor;
    private final Analyser analyser;

    public DocumentPipeline(Settings settings) {
        HanLpRuntime hanlp = HanLpRuntime.configure(settings.hanlp());
        this.extractor = new Extractor(settings.extract(), hanlp);
        this.analyser = new Analyser(hanlp);
    }

    /** The extraction stage alone (the Camel ingest route calls the stages one by one). */
    public Extractor extractor() {
        return extractor;
    }

    public Analyser analyser() {
        return analyser;
    }

    public AnalysedDocument process(RawDocument raw) throws RejectedException {
        return analyser.analyse(extractor.extract(raw));
    }

    /** One line of text as a document of its own: no parsing, no main-content step. */
    public AnalysedDocument processSnippet(RawDocument raw, String line) {
        return analyser.analyse(extractor.extractSnippet(raw, line));
    }
}
