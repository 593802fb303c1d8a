package io.policylens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.policylens.tools.eval.CorpusEvaluation;
import io.policylens.tools.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code policylens eval --gold DIR}: scores you can rerun. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score extraction and mining against gold files (<name>.expected.json beside each document):",
        "title (exact), body (character-level F1), entities (P/R/F1 per type), indicators (P/R/F1; kind agreement)."})
final class EvalCommand implements Callable<Integer>, WithoutCluster {

    @ParentCommand
    Main root;

    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of documents with gold files.")
    Path gold;

    @Option(names = "--ner", paramLabel = "FILE", description = "Char-per-line BIO data to score the entity tagger on.")
    Path ner;

    @Option(names = "--out", paramLabel = "PRED", description = "With --ner: write the predictions in the same format.")
    Path out;

    @Option(names = "--model", paramLabel = "MODEL", description = "With --ner: the tagger to score (default: the shipped one).")
    Path model;

    @Option(names = "--pipeline", description = "With --ner: score what the pipeline finds (the tagger, then the entity "
        + "rules, no single-character names) instead of the tagger alone.")
    boolean withRules;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if ((gold == null) == (ner == null)) {
            throw new IllegalArgumentException("give --gold DIR or --ner FILE");
        }
        if (ner != null) {
            return scoreNer();
        }
        CorpusEvaluation.Report r;
        try (var pipeline = io.policylens.app.Ingests.pipeline(root.settings())) {
            r = new CorpusEvaluation(pipeline).run(gold);
        }
        if (json) {
            System.out.println(new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .writerWithDefaultPrettyPrinter().writeValueAsString(r));
            return 0;
        }
        System.out.printf("%-36s %5s %5s %7s %7s %7s %6s%n", "document", "title", "date", "body F1", "ent F1", "ind F1",
            "policy");
        for (CorpusEvaluation.DocumentScore d : r.documents()) {
            String notes = d.rejected() != null ? "  rejected: " + d.rejected()
                : (d.titleExact() ? "" : "  title: " + d.title()) + (d.dateExact() ? "" : "  date: " + d.published());
            System.out.printf(Locale.ROOT, "%-36s %5s %5s %7.3f %7.3f %7.3f %6s%s%n", d.name(),
                d.titleExact() ? "ok" : "MISS", d.dateExact() ? "ok" : "MISS", d.body().f1(), d.entities().f1(),
                d.indicators().f1(), d.policyFields() == 0 ? "" : d.policyFieldsRight() + "/" + d.policyFields(), notes);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "title exact     %.1f %%%n", 100 * r.titleAccuracy());
        System.out.printf(Locale.ROOT, "date exact      %.1f %%%n", 100 * r.dateAccuracy());
        if (r.policyFields() > 0) {
            System.out.printf(Locale.ROOT, "policy header   %d/%d fields exact%n", r.policyFieldsRight(), r.policyFields());
        }
        System.out.printf(Locale.ROOT, "body F1         %.3f (mean over documents)%n", r.bodyF1());
        for (Map.Entry<String, Scores> e : r.entities().entrySet()) {
            System.out.printf(Locale.ROOT, "entities %-4s   P %.3f  R %.3f  F1 %.3f%n", e.getKey(), e.getValue().precision(),
                e.getValue().recall(), e.getValue().f1());
        }
        System.out.printf(Locale.ROOT, "indicators      P %.3f  R %.3f  F1 %.3f  (kind agrees on %.1f %% of matches)%n",
            r.indicators().precision(), r.indicators().recall(), r.indicators().f1(), 100 * r.kindAgreement());
        return 0;
    }

    /** The segmenter's words of a sentence, as the analyser gives them to the tagger. */
    static java.util.function.Function<String, java.util.List<io.policylens.text.Token>> words(Main root) {
        io.policylens.text.Segmenter segmenter = new io.policylens.text.Segmenter(
            io.policylens.text.HanLpRuntime.configure(root.settings().hanlp()));
        return segmenter::segment;
    }

    private int scoreNer() throws Exception {
        io.policylens.analyse.CharNerModel model;
        if (this.model == null) {
            model = io.policylens.analyse.CharNerModel.bundled();
        } else {
            try (var in = java.nio.file.Files.newInputStream(this.model)) {
                model = io.policylens.analyse.CharNerModel.read(in);
            }
        }
        var data = io.policylens.tools.train.BioCorpus.read(ner);
        var words = words(root);
        // The rules' gazetteers are loaded only when the pipeline is scored.
        var recogniser = withRules ? new io.policylens.analyse.EntityRecognizer(model, new io.policylens.analyse.PlaceResolver())
            : null;
        // The pipeline reads text with full-width digits and letters made half-width (NFKC), as the normaliser writes it.
        java.util.function.Function<String, java.util.List<String>> labelsOf = withRules
            ? text -> {
                String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
                String normal = nfkc.length() == text.length() ? nfkc : text;
                return io.policylens.analyse.BioLabels.labels(recogniser.recognise(normal, words.apply(normal)), text.length());
            }
            : text -> model.labels(text, words.apply(text));
        var score = withRules
            ? io.policylens.tools.train.CharNerTrainer.evaluate(data,
                s -> io.policylens.analyse.BioLabels.entities(labelsOf.apply(s.text())))
            : io.policylens.tools.train.CharNerTrainer.evaluate(model, data, words);
        if (out != null) {
            io.policylens.tools.train.BioCorpus.write(data.stream().map(s -> new io.policylens.tools.train.BioCorpus.Sentence(
                s.text(), labelsOf.apply(s.text()))).toList(), out);
        }
        System.out.println(data.size() + " sentences");
        for (String t : java.util.List.of("PER", "LOC", "ORG", "ALL")) {
            System.out.printf(Locale.ROOT, "%-4s P %.4f  R %.4f  F1 %.4f%n", t, score.precision(t), score.recall(t),
                score.f1(t));
        }
        return 0;
    }
}
