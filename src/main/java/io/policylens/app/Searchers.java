package io.policylens.app;

import io.policylens.analyse.Segmenter;
import io.policylens.extract.ChineseConverter;
import io.policylens.extract.HanLpRuntime;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.search.DocumentSearcher;
import io.policylens.search.IndicatorSearcher;

/**
 * Wires the search side: what a query needs is the converter and the segmenter, not the extraction and mining
 * pipeline with its models.
 */
public final class Searchers {

    private Searchers() {
    }

    public static DocumentSearcher documents(EsConnection es, Settings settings) {
        HanLpRuntime hanlp = HanLpRuntime.configure(settings.hanlp());
        return new DocumentSearcher(es.client(), new IndexLayout(es.client(), settings.indexPrefix()),
            new ChineseConverter(hanlp), new Segmenter(hanlp));
    }

    public static IndicatorSearcher indicators(EsConnection es, Settings settings) {
        return new IndicatorSearcher(es.client(), new IndexLayout(es.client(), settings.indexPrefix()),
            documents(es, settings));
    }
}
