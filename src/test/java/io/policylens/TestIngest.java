package io.policylens;

import io.policylens.app.Ingests;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import io.policylens.ingest.DocumentPipeline;
import io.policylens.ingest.IngestCore;
import io.policylens.ingest.IngestRun;
import io.policylens.ingest.IngestSummary;
import io.policylens.source.FileSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/** The {@code ingest} command's driver as tests use it: one core per run, over the given connection. */
public final class TestIngest {

    private final Settings settings;
    private final DocumentPipeline pipeline;

    public TestIngest(Settings settings, DocumentPipeline pipeline) {
        this.settings = settings;
        this.pipeline = pipeline;
    }

    public TestIngest(Settings settings) {
        this(settings, Ingests.pipeline(settings));
    }

    public List<Path> inputs(List<Path> paths) throws IOException {
        return new FileSource(settings.maxFileBytes()).list(paths);
    }

    public IngestSummary run(EsConnection es, List<Path> inputs, IntConsumer progress)
        throws IOException, InterruptedException {
        return run(es, inputs, progress, IngestRun.Listener.NONE);
    }

    public IngestSummary run(EsConnection es, List<Path> inputs, IntConsumer progress, IngestRun.Listener outcomes)
        throws IOException, InterruptedException {
        try (IngestCore core = Ingests.core(settings, es, pipeline)) {
            return Ingests.job(settings, core).run(inputs, progress, outcomes);
        }
    }
}
