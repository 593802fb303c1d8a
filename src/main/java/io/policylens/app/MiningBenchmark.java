package io.policylens.app;

import io.policylens.analyse.Analyser;
import io.policylens.analyse.HanLpBaseline;
import io.policylens.document.DocumentId;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.document.SourceRef;
import io.policylens.extract.CleanDocument;
import io.policylens.extract.ExtractSettings;
import io.policylens.extract.Extractor;
import io.policylens.extract.HanLpRuntime;
import io.policylens.extract.OffsetMap;
import io.policylens.extract.Script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Mining speed on one thread: the article texts of a folder, repeated into documents of about 3,000 characters
 * until there are a million characters, mined by the {@link Analyser} (segmentation, entities, places,
 * indicators, language), and, in the same run on the same text, HanLP portable's segmenter with all its
 * recognisers as the reference.
 */
public final class MiningBenchmark {

    /** Seconds for the whole text, best of the measured rounds, for PolicyLens and the reference. */
    public record Result(long characters, int documents, double policyLensSeconds, double hanlpSeconds) {
    }

    private final Settings settings;

    public MiningBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run(Path dir, long characters, int rounds) throws IOException, RejectedException {
        HanLpRuntime hanlp = HanLpRuntime.configure(settings.hanlp());
        Extractor extractor = new Extractor(ExtractSettings.defaults(), hanlp);
        StringBuilder pool = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")).sorted().toList()) {
                CleanDocument d = extractor.extract(RawDocument.of(SourceRef.ofFile(p), Instant.now(), null, null,
                    Files.readAllBytes(p)));
                pool.append(d.text()).append('\n');
            }
        }
        List<CleanDocument> docs = new ArrayList<>();
        long total = 0;
        int at = 0;
        while (total < characters) {
            StringBuilder t = new StringBuilder();
            while (t.length() < 3000) {
                int end = Math.min(pool.length(), at + 3000 - t.length());
                t.append(pool, at, end);
                at = end >= pool.length() ? 0 : end;
            }
            String text = t.toString();
            SourceRef src = new SourceRef("bench:" + docs.size(), "bench");
            docs.add(new CleanDocument(DocumentId.of(src), src, "", "", null, text, text,
                OffsetMap.identity(text.length()), Script.SIMPLIFIED, "zh", Set.of(), ""));
            total += text.length();
        }
        Analyser analyser = new Analyser(hanlp);
        HanLpBaseline reference = new HanLpBaseline();
        double best = Double.MAX_VALUE;
        double bestReference = Double.MAX_VALUE;
        for (int r = 0; r < rounds + 1; r++) {
            long t0 = System.nanoTime();
            for (CleanDocument d : docs) {
                analyser.analyse(d);
            }
            long t1 = System.nanoTime();
            for (CleanDocument d : docs) {
                reference.segment(d.text());
            }
            long t2 = System.nanoTime();
            if (r > 0) {
                best = Math.min(best, (t1 - t0) / 1e9);
                bestReference = Math.min(bestReference, (t2 - t1) / 1e9);
            }
        }
        return new Result(total, docs.size(), best, bestReference);
    }
}
