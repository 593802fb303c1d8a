package io.policylens.ingest;

import io.policylens.index.DuplicateFinder;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.index.RejectionLog;
import io.policylens.index.Spool;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one ingest flow, written once: for every input, unchanged? → extract → analyse → duplicate? → index, and a
 * ledger of outcomes (indexed, duplicate, unchanged, rejected with stage and reason, spooled). The {@code ingest}
 * command and the Camel routes are two drivers of it: each opens a {@link IngestRun} per unit of work (a command's
 * files, a crawl pass, an inbox file), adds its inputs and finishes it.
 *
 * <p>Thread-safe and long-lived: one core serves any number of runs, one after another or side by side; its
 * workers are shared by them. Close it to stop the workers and its pipeline's parser processes.
 */
public final class IngestCore implements AutoCloseable {

    private final DocumentPipeline pipeline;
    private final EsConnection es;
    private final IndexLayout layout;
    private final IngestSettings settings;
    private final Spool spool;
    private final RejectionLog rejections;
    private final DuplicateFinder duplicates;
    private final ExecutorService workers;

    public IngestCore(DocumentPipeline pipeline, EsConnection es, IndexLayout layout, IngestSettings settings) {
        this.pipeline = pipeline;
        this.es = es;
        this.layout = layout;
        this.settings = settings;
        this.spool = new Spool(settings.spoolDir());
        this.rejections = new RejectionLog(es.client(), layout, spool);
        this.duplicates = new DuplicateFinder(es.client(), layout);
        // Daemons: an ingest abandoned by an error must not keep the process alive.
        this.workers = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "policylens-ingest");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens a run with the settings' batch size.
     *
     * @param listener hears each input's outcome once it is final, on the thread that drives the run
     */
    public IngestRun open(IngestRun.Listener listener) {
        return open(listener, settings.batch());
    }

    /**
     * Opens a run.
     *
     * @param batch inputs processed and settled together (large for a folder of files; small for a crawl, whose
     *              pages arrive one by one)
     */
    public IngestRun open(IngestRun.Listener listener, int batch) {
        return new IngestRun(this, listener, batch);
    }

    /** Where inputs that did not become documents are listed. */
    public RejectionLog rejections() {
        return rejections;
    }

    public Spool spool() {
        return spool;
    }

    DocumentPipeline pipeline() {
        return pipeline;
    }

    EsConnection es() {
        return es;
    }

    /** The indices this core writes. */
    public IndexLayout layout() {
        return layout;
    }

    public IngestSettings settings() {
        return settings;
    }

    DuplicateFinder duplicates() {
        return duplicates;
    }

    ExecutorService workers() {
        return workers;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        // The pipeline's parser processes stop, and take their bootstrap jar out of the temporary folder.
        pipeline.close();
    }
}
