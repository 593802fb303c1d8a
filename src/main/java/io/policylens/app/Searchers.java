package io.policylens.app;

import io.policylens.text.Segmenter;
import io.policylens.text.ChineseConverter;
import io.policylens.text.HanLpRuntime;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.api.Actions;
import io.policylens.api.ApiServer;
import io.policylens.api.ApiSettings;
import io.policylens.search.DocumentReader;
import io.policylens.search.DocumentSearcher;
import io.policylens.search.IndicatorSearcher;
import io.policylens.search.WatchStore;

/**
 * Wires the search side: what a query needs is the converter and the segmenter, not the extraction and mining
 * pipeline with its models.
 */
public final class Searchers {

    private Searchers() {
    }

    /**
     * Loads what a query needs (HanLP's dictionaries, OpenCC's tables), for a command to run beside connecting to
     * the cluster: on two cores the two waits overlap.
     */
    public static java.util.concurrent.CompletableFuture<Void> warmUp(Settings settings) {
        return java.util.concurrent.CompletableFuture.runAsync(() -> {
            new Segmenter(HanLpRuntime.configure(settings.hanlp())).segment("科技创新");
            ChineseConverter.opencc().toSimplified("創新");
        });
    }

    public static DocumentSearcher documents(EsConnection es, Settings settings) {
        HanLpRuntime hanlp = HanLpRuntime.configure(settings.hanlp());
        return new DocumentSearcher(es.client(), new IndexLayout(es.client(), settings.indexPrefix()),
            ChineseConverter.opencc(), new Segmenter(hanlp));
    }

    /** The HTTP API over the connected cluster, not yet started; {@code actions} may be null (none offered). */
    public static ApiServer api(EsConnection es, Settings settings, ApiSettings api, Actions actions) {
        DocumentSearcher documents = documents(es, settings);
        IndexLayout layout = new IndexLayout(es.client(), settings.indexPrefix());
        return new ApiServer(api, documents, new DocumentReader(es.client(), layout),
            new IndicatorSearcher(es.client(), layout, documents), new WatchStore(es.client(), layout, documents),
            actions == null ? ApiActions.none() : actions);
    }

    public static WatchStore watches(EsConnection es, Settings settings) {
        return new WatchStore(es.client(), new IndexLayout(es.client(), settings.indexPrefix()), documents(es, settings));
    }

    public static IndicatorSearcher indicators(EsConnection es, Settings settings) {
        return new IndicatorSearcher(es.client(), new IndexLayout(es.client(), settings.indexPrefix()),
            documents(es, settings));
    }
}
