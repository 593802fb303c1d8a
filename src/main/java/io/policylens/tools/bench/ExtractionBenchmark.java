package io.policylens.tools.bench;

import io.policylens.app.Settings;

import io.policylens.analyse.IndicatorExtractor;
import io.policylens.analyse.LanguageIdentifier;
import io.policylens.text.Segmenter;
import io.policylens.analyse.EntityRecognizer;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.document.SourceRef;
import io.policylens.text.ChineseConverter;
import io.policylens.extract.CleanDocument;
import io.policylens.extract.ExtractSettings;
import io.policylens.extract.Extractor;
import io.policylens.text.HanLpRuntime;
import io.policylens.extract.ParsedText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Times extraction — the extractor's two verbs, parsing (charset, the HTML page or Tika) and the rest (the article,
 * the policy header, repairs, normalisation) — and the analysis steps beside them, on the same documents in one run,
 * on one thread. Characters are those of the parsed page text, so every step is measured on the same count.
 */
public final class ExtractionBenchmark {

    /** One step's totals over all rounds. */
    public record StepTime(String step, String stage, long nanos, long chars, long docs) {
        public double charsPerSecond() {
            return nanos == 0 ? 0 : chars / (nanos / 1e9);
        }
    }

    private final Extractor extractor;
    private final ChineseConverter converter;
    private final HanLpConverter hanlpConverter;
    private final Segmenter segmenter;
    private final EntityRecognizer entities = new EntityRecognizer(io.policylens.analyse.CharNerModel.bundled(),
        new io.policylens.analyse.PlaceResolver());
    private final IndicatorExtractor indicators = new IndicatorExtractor();
    private final LanguageIdentifier language = new LanguageIdentifier();

    public ExtractionBenchmark(Settings settings) {
        HanLpRuntime hanlp = HanLpRuntime.configure(settings.hanlp());
        this.converter = ChineseConverter.opencc();
        this.hanlpConverter = new HanLpConverter(hanlp);
        this.extractor = new Extractor(ExtractSettings.defaults());
        this.segmenter = new Segmenter(hanlp);
    }

    public List<StepTime> run(Path dir, int warmup, int rounds, Consumer<String> log) throws IOException, RejectedException {
        List<RawDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")).sorted().toList()) {
                docs.add(RawDocument.of(SourceRef.ofFile(p), Instant.now(), null, null, Files.readAllBytes(p)));
            }
        }
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (int r = 0; r < warmup + rounds; r++) {
            boolean measure = r >= warmup;
            for (RawDocument raw : docs) {
                once(raw, measure ? totals : new LinkedHashMap<>());
            }
            if (measure && (r - warmup + 1) % Math.max(1, rounds / 5) == 0) {
                log.accept("round " + (r - warmup + 1) + " of " + rounds);
            }
        }
        List<StepTime> out = new ArrayList<>();
        totals.forEach((step, t) -> out.add(new StepTime(step, step.startsWith("analyse") ? "analyse" : "extract",
            t[0], t[1], t[2])));
        out.addAll(converters(docs, rounds));
        extractor.close(); // its parser processes (PDF, Office) end with the run
        return out;
    }

    /**
     * Traditional → simplified alone, ours (OpenCC's tables, with offsets) beside HanLP portable's, on the same text
     * in one run: the documents' text as written, and as HanLP writes it in traditional characters, each repeated
     * to a million characters and converted a document at a time.
     */
    private List<StepTime> converters(List<RawDocument> docs, int rounds) throws RejectedException {
        List<String> simplified = new ArrayList<>();
        for (RawDocument raw : docs) {
            ParsedText parsed = extractor.parse(raw);
            simplified.add(converter.toSimplified(parsed.text()));
        }
        List<String> traditional = simplified.stream().map(hanlpConverter::toTraditional).toList();
        List<StepTime> out = new ArrayList<>();
        for (var input : List.of(Map.entry("simplified", simplified), Map.entry("traditional", traditional))) {
            List<String> texts = new ArrayList<>();
            long chars = 0;
            while (chars < 1_000_000) {
                for (String t : input.getValue()) {
                    texts.add(t);
                    chars += t.length();
                }
            }
            long ours = 0;
            long theirs = 0;
            for (int r = 0; r < Math.max(3, rounds / 5); r++) {
                long t0 = System.nanoTime();
                for (String t : texts) {
                    converter.convert(t);
                }
                long t1 = System.nanoTime();
                for (String t : texts) {
                    hanlpConverter.toSimplified(t);
                }
                long t2 = System.nanoTime();
                if (r > 0) { // the first round warms both up
                    ours += t1 - t0;
                    theirs += t2 - t1;
                }
            }
            int measured = Math.max(3, rounds / 5) - 1;
            out.add(new StepTime("convert " + input.getKey() + " text: ours (OpenCC tables, offsets)", "convert", ours,
                chars * measured, (long) texts.size() * measured));
            out.add(new StepTime("convert " + input.getKey() + " text: HanLP portable", "convert", theirs,
                chars * measured, (long) texts.size() * measured));
        }
        return out;
    }

    private void once(RawDocument raw, Map<String, long[]> totals) {
        long t0 = System.nanoTime();
        ParsedText parsed;
        CleanDocument clean;
        try {
            parsed = extractor.parse(raw);
        } catch (RejectedException e) {
            return; // nothing to time past a rejection
        }
        long chars = parsed.text().length();
        long t1 = System.nanoTime();
        add(totals, "extract: parse (charset, HTML or Tika)", t1 - t0, chars);
        try {
            clean = extractor.extractParsed(raw, parsed);
        } catch (RejectedException e) {
            return;
        }
        long t2 = System.nanoTime();
        add(totals, "extract: article, header, repairs, normalise", t2 - t1, chars);
        add(totals, "extract: all steps", t2 - t0, chars);
        String text = clean.text();
        var words = segmenter.segment(text);
        long t3 = System.nanoTime();
        add(totals, "analyse: segment (HanLP)", t3 - t2, chars);
        entities.recognise(text, words);
        long t4 = System.nanoTime();
        add(totals, "analyse: entities (trained tagger)", t4 - t3, chars);
        indicators.extract(text);
        long t5 = System.nanoTime();
        add(totals, "analyse: indicators", t5 - t4, chars);
        language.identify(text);
        long t6 = System.nanoTime();
        add(totals, "analyse: language (OpenNLP)", t6 - t5, chars);
        add(totals, "analyse: all steps", t6 - t2, chars);
    }

    private static void add(Map<String, long[]> totals, String step, long nanos, long chars) {
        long[] t = totals.computeIfAbsent(step, k -> new long[3]);
        t[0] += nanos;
        t[1] += chars;
        t[2]++;
    }
}
