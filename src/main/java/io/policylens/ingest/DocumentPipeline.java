package io.policylens.ingest;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.Analyser;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.extract.CleanDocument;
import io.policylens.extract.ExtractSettings;
import io.policylens.extract.Extractor;
import io.policylens.text.HanLpRuntime;
import io.policylens.text.HanLpSettings;

/**
 * Extract then analyse: bytes to an analysed document, as every command sees it. A stage's own fault (a bug, a
 * pathological input) is a rejection of that stage, never an exception that stops a run. Thread-safe.
 */
public final class DocumentPipeline implements AutoCloseable {

    private final Extractor extractor;
    private final Analyser analyser;

    public DocumentPipeline(ExtractSettings extract, HanLpSettings hanlp) {
        HanLpRuntime runtime = HanLpRuntime.configure(hanlp);
        this.extractor = new Extractor(extract);
        this.analyser = new Analyser(runtime);
    }

    /** The extraction stage alone. */
    public Extractor extractor() {
        return extractor;
    }

    public Analyser analyser() {
        return analyser;
    }

    public AnalysedDocument process(RawDocument raw) throws RejectedException {
        CleanDocument clean;
        try {
            clean = extractor.extract(raw);
        } catch (RuntimeException | StackOverflowError e) {
            throw new RejectedException("extract", "internal error: " + e, e);
        }
        try {
            return analyser.analyse(clean);
        } catch (RuntimeException | StackOverflowError e) {
            throw new RejectedException("analyse", "internal error: " + e, e);
        }
    }

    /** Stops what extraction started (the parser processes). */
    @Override
    public void close() {
        extractor.close();
    }

    /** One line of text as a document of its own: no parsing, no main-content step. */
    public AnalysedDocument processSnippet(RawDocument raw, String line) {
        return analyser.analyse(extractor.extractSnippet(raw, line));
    }
}
