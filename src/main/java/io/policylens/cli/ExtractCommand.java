package io.policylens.cli;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.EntitySummary;
import io.policylens.analyse.Indicator;
import io.policylens.ingest.DocumentPipeline;
import io.policylens.app.Settings;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.document.SourceRef;
import io.policylens.contract.DocumentJson;
import io.policylens.extract.CleanDocument;
import io.policylens.source.FileSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code policylens extract FILE}: one document as the pipeline sees it, without indexing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print one document as the pipeline sees it (contract policylens.document/1), without indexing.",
        "With --snippets, mine each line of FILE as a short document of its own and print one JSON document per line."})
final class ExtractCommand implements Callable<Integer>, WithoutCluster {

    @ParentCommand
    Main root;

    @Parameters(paramLabel = "FILE", description = "The file to extract.")
    Path file;

    @Option(names = "--json", description = "Print JSON (policylens.document/1).")
    boolean json;

    @Option(names = "--snippets", description = "Each line of FILE (UTF-8) is a document; no main-content step.")
    boolean snippets;

    @Override
    public Integer call() throws Exception {
        Settings s = root.settings();
        // Closed, so that the parser processes of a PDF or DOCX stop and take their bootstrap jar with them.
        try (DocumentPipeline pipeline = io.policylens.app.Ingests.pipeline(s)) {
            return extract(s, pipeline);
        }
    }

    private int extract(Settings s, DocumentPipeline pipeline) throws Exception {
        DocumentJson writer = new DocumentJson();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (snippets) {
            snippets(pipeline, writer, out);
            out.flush();
            return 0;
        }
        RawDocument raw = new FileSource(s.maxFileBytes()).read(file);
        AnalysedDocument doc;
        try {
            doc = pipeline.process(raw);
        } catch (RejectedException e) {
            System.err.println("policylens: rejected (" + e.stage() + "): " + e.getMessage());
            return 4;
        }
        if (json) {
            out.println(writer.write(doc, true));
        } else {
            describe(doc, out);
        }
        out.flush();
        return 0;
    }

    private void snippets(DocumentPipeline pipeline, DocumentJson writer, PrintStream out) throws Exception {
        SourceRef fileRef = SourceRef.ofFile(file);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                SourceRef ref = new SourceRef(fileRef.uri() + "#L" + n, fileRef.site());
                RawDocument raw = RawDocument.of(ref, Instant.now(), "text/plain", "UTF-8",
                    line.getBytes(StandardCharsets.UTF_8));
                AnalysedDocument doc = pipeline.processSnippet(raw, line);
                out.println(json ? writer.write(doc, false) : n + "\t" + summary(doc));
            }
        }
    }

    private static String summary(AnalysedDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (EntitySummary e : doc.entities()) {
            sb.append(e.type()).append(':').append(e.text()).append(' ');
        }
        for (Indicator i : doc.indicators()) {
            sb.append(i.kind().label()).append('=').append(i.span().of(doc.clean().text())).append(' ');
        }
        return sb.toString().strip();
    }

    private static void describe(AnalysedDocument doc, PrintStream out) {
        CleanDocument c = doc.clean();
        out.println("title:      " + c.titleOriginal() + (c.title().equals(c.titleOriginal()) ? "" : "  (" + c.title() + ")"));
        out.println("published:  " + (c.published() == null ? "unknown" : c.published()));
        out.println("script:     " + c.script().label() + ", language " + doc.language()
            + (c.flags().isEmpty() ? "" : ", flags " + c.flags()));
        out.println("text:       " + c.text().length() + " characters in " + c.text().split("\n").length + " paragraphs");
        out.println("entities:");
        for (EntitySummary e : doc.entities()) {
            out.println("  " + e.type() + "  " + e.text() + (e.count() > 1 ? " ×" + e.count() : ""));
        }
        out.println("indicators:");
        for (Indicator i : doc.indicators()) {
            out.println("  " + i.kind().label() + "  " + i.span().of(c.text()) + "  = " + i.value()
                + (i.valueMax() != null ? "–" + i.valueMax() : "") + " " + i.unit() + (i.approx() ? " (approx)" : "")
                + (i.year() != null ? ", " + i.year() : "") + (i.subject().isEmpty() ? "" : ", of " + i.subject()));
        }
        out.println();
        out.println(c.original());
    }
}
