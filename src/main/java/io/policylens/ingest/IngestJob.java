package io.policylens.ingest;

import io.policylens.source.FileSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The {@code ingest} command's driver of the ingest core: files and folders, in path order, as one run. Memory
 * stays flat however many files there are (a batch at a time). Thread-safe.
 */
public final class IngestJob {

    private final IngestCore core;
    private final FileSource files;

    public IngestJob(IngestCore core, FileSource files) {
        this.core = core;
        this.files = files;
    }

    /** The input files under the given paths, in the order they will be ingested. */
    public List<Path> inputs(List<Path> paths) throws IOException {
        return files.list(paths);
    }

    /**
     * Ingests the given files.
     *
     * @param progress hears the number of inputs settled so far
     */
    public IngestSummary run(List<Path> inputs, IntConsumer progress) throws IOException, InterruptedException {
        return run(inputs, progress, IngestRun.Listener.NONE);
    }

    /** @param outcomes hears what became of each input */
    public IngestSummary run(List<Path> inputs, IntConsumer progress, IngestRun.Listener outcomes)
        throws IOException, InterruptedException {
        int[] done = {0};
        try (IngestRun run = core.open(o -> {
            outcomes.settled(o);
            progress.accept(++done[0]);
        })) {
            for (Path file : inputs) {
                run.add(IngestInput.ofFile(files, file));
            }
            return run.finish();
        }
    }
}
