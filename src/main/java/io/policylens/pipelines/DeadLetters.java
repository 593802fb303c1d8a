package io.policylens.pipelines;

import io.policylens.document.DocumentId;
import io.policylens.document.RawDocument;
import io.policylens.document.Rejection;
import io.policylens.document.SourceRef;
import io.policylens.index.RejectionLog;
import io.policylens.source.CrawlState;
import org.apache.camel.Exchange;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where the routes' errors end (errors.camel.yaml). Inputs that are not documents never come here: the ingest
 * core rejects them with their reason. What comes here is a failure of the machinery (the cluster and the spool
 * both refusing, a bug in a route) after its retries: it is recorded with its reason, so nothing is lost silently;
 * the URL's crawl state is forgotten, so the next pass fetches it again; a file from the inbox gets its reason
 * written beside it in {@code failed/}. Thread-safe.
 */
public final class DeadLetters {

    private final RejectionLog rejections;
    private final CrawlState crawlState;

    public DeadLetters(RejectionLog rejections, CrawlState crawlState) {
        this.rejections = rejections;
        this.crawlState = crawlState;
    }

    /** An input whose ingest failed after every retry. */
    public void failed(Exchange exchange) throws IOException {
        Throwable e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = "failed after retries: " + (e == null ? "unknown error" : e.toString());
        Rejection r = record(exchange, "route " + exchange.getFromRouteId(), reason);
        if (r.uri().startsWith("http")) {
            crawlState.forget(r.uri());
        }
    }

    private Rejection record(Exchange exchange, String stage, String reason) throws IOException {
        SourceRef source = sourceOf(exchange.getMessage().getBody());
        if (source == null) {
            String file = exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class);
            source = file != null ? SourceRef.ofFile(Path.of(file))
                : new SourceRef("route:" + exchange.getFromRouteId() + "/" + exchange.getExchangeId(), "route");
        }
        Rejection r = new Rejection(DocumentId.of(source), source.uri(), stage, reason, Instant.now());
        rejections.record(r);
        writeReasonBesideInboxFile(exchange, r);
        return r;
    }

    private static SourceRef sourceOf(Object body) {
        if (body instanceof RawDocument raw) {
            return raw.source();
        }
        if (body instanceof File file) {
            return SourceRef.ofFile(file.toPath());
        }
        return null;
    }

    /** An inbox file moves to failed/ when its exchange ends; its reason goes there first. */
    private static void writeReasonBesideInboxFile(Exchange exchange, Rejection r) throws IOException {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        String parent = exchange.getMessage().getHeader(Exchange.FILE_PARENT, String.class);
        if (name == null || parent == null) {
            return;
        }
        Path failed = Path.of(parent, "failed");
        Files.createDirectories(failed);
        Files.writeString(failed.resolve(name + ".reason.txt"), r.stage() + ": " + r.reason() + "\n",
            StandardCharsets.UTF_8);
    }
}
