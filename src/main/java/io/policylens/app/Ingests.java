package io.policylens.app;

import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.ingest.DocumentPipeline;
import io.policylens.ingest.IngestCore;
import io.policylens.ingest.IngestJob;
import io.policylens.ingest.IngestSettings;
import io.policylens.pipelines.Pipelines;
import io.policylens.source.FileSource;

/**
 * Wires the ingest side from the settings: the pipeline (extraction and mining, with their models), the one ingest
 * core, and its two drivers — the {@code ingest} command's file job and the Camel pipelines.
 */
public final class Ingests {

    private Ingests() {
    }

    /** Extraction and analysis, as configured (loads the mining models). */
    public static DocumentPipeline pipeline(Settings settings) {
        return new DocumentPipeline(settings.extract(), settings.hanlp());
    }

    public static IngestSettings ingestSettings(Settings settings) {
        return new IngestSettings(settings.threads(), 200, settings.maxFileBytes(), settings.home().resolve("spool"),
            settings.spoolWait());
    }

    /** The ingest core over the connected cluster; close it when done. */
    public static IngestCore core(Settings settings, EsConnection es, DocumentPipeline pipeline) {
        return new IngestCore(pipeline, es, new IndexLayout(es.client(), settings.indexPrefix()),
            ingestSettings(settings));
    }

    /** The {@code ingest} command's driver over a core. */
    public static IngestJob job(Settings settings, IngestCore core) {
        return new IngestJob(core, new FileSource(settings.maxFileBytes()));
    }

    /** The routes of a pipelines folder over a core, started; close them when done. */
    public static Pipelines pipelines(IngestCore core, Pipelines.Options options) throws Exception {
        return new Pipelines(core, options);
    }
}
