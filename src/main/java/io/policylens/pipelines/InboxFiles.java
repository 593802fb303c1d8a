package io.policylens.pipelines;

import io.policylens.document.Rejection;
import io.policylens.document.SourceRef;
import io.policylens.ingest.IngestCore;
import io.policylens.ingest.IngestInput;
import io.policylens.ingest.IngestOutcome;
import io.policylens.ingest.IngestRun;
import io.policylens.source.FileSource;
import org.apache.camel.Exchange;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox route's step: a dropped file ingested as a run of one, as {@code ingest} reads files. The document's
 * URI is where the file will lie once done ({@code done/NAME}), so that it still points at the file; a rejected
 * file goes to {@code failed/}, with its reason beside it ({@code NAME.reason.txt}) and listed under that path.
 * Sets the header {@code policylensFolder} ({@code done} or {@code failed}) that the route moves the file by, and
 * prints one line per file. Thread-safe.
 */
public final class InboxFiles {

    /** Header naming the folder the file moves to. */
    public static final String FOLDER = "policylensFolder";

    private final IngestCore core;
    private final FileSource files;

    public InboxFiles(IngestCore core, FileSource files) {
        this.core = core;
        this.files = files;
    }

    public IngestOutcome ingest(File file, Exchange exchange) throws IOException, InterruptedException {
        Path path = file.toPath().toAbsolutePath();
        Path inbox = path.getParent();
        SourceRef done = SourceRef.ofFile(inbox.resolve("done").resolve(path.getFileName()));
        List<IngestOutcome> outcomes = new ArrayList<>(1);
        try (IngestRun run = core.open(outcomes::add, 1)) {
            run.add(new IngestInput(done, () -> files.read(path).withSource(done)));
            run.finish();
        }
        IngestOutcome o = outcomes.get(0);
        boolean failed = o.kind() == IngestOutcome.Kind.REJECTED;
        exchange.getMessage().setHeader(FOLDER, failed ? "failed" : "done");
        if (failed) {
            Path failedDir = Files.createDirectories(inbox.resolve("failed"));
            Path where = failedDir.resolve(path.getFileName());
            Files.writeString(failedDir.resolve(path.getFileName() + ".reason.txt"), o.stage() + ": " + o.reason() + "\n",
                StandardCharsets.UTF_8);
            // Listed where the file now lies.
            core.rejections().record(new Rejection(o.id(), SourceRef.ofFile(where).uri(), o.stage(), o.reason(),
                Instant.now()));
        }
        System.out.println("inbox: " + o.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + path.getFileName()
            + (failed ? " (" + o.stage() + ": " + o.reason() + ")" : ""));
        return o;
    }
}
