package io.policylens.app;

import io.policylens.pipelines.Pipelines;

import io.policylens.api.Actions;
import io.policylens.document.DocumentId;
import io.policylens.index.DocumentRemover;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.source.CrawlSummary;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The API's actions, wired to the running pipelines: a crawl pass started in the background (one at a time per
 * crawl), a document deleted from the index. Thread-safe.
 */
public final class ApiActions implements Actions {

    private final Pipelines pipelines;
    private final DocumentRemover remover;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policylens-api-crawl");
        t.setDaemon(true);
        return t;
    });

    /** @param pipelines the loaded routes, or null when none are (crawls cannot be started then) */
    public ApiActions(Pipelines pipelines, EsConnection es, Settings settings) {
        this.pipelines = pipelines;
        this.remover = new DocumentRemover(es.client(), new IndexLayout(es.client(), settings.indexPrefix()));
    }

    /** No actions: the server answers them with a clear refusal (a server without pipelines or a cluster). */
    static Actions none() {
        return new Actions() {
            @Override
            public String startCrawl(String name) {
                throw new IllegalStateException("crawls run under `policylens run`, which loads the pipelines");
            }

            @Override
            public boolean deleteDocument(String id) {
                throw new IllegalStateException("this server offers no actions");
            }
        };
    }

    @Override
    public String startCrawl(String name) {
        if (pipelines == null) {
            throw new IllegalStateException("crawls run under `policylens run`, which loads the pipelines");
        }
        if (!pipelines.crawls().containsKey(name)) {
            throw new IllegalArgumentException("no crawl named '" + name + "'; known: "
                + String.join(", ", pipelines.crawls().keySet()));
        }
        background.submit(() -> {
            CrawlSummary s = pipelines.crawlOnce(name);
            System.out.println(s.line());
        });
        return "crawl " + name + " started";
    }

    @Override
    public boolean deleteDocument(String id) throws IOException {
        return remover.delete(new DocumentId(id));
    }
}
