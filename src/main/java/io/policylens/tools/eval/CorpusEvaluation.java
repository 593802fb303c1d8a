package io.policylens.tools.eval;

import io.policylens.ingest.DocumentPipeline;

import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.EntitySummary;
import io.policylens.analyse.Indicator;
import io.policylens.document.RawDocument;
import io.policylens.document.RejectedException;
import io.policylens.document.SourceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores the pipeline against gold files: title and date (exact), body (character-level F1), entities (exact type
 * and text, P/R/F1 per type), indicators (same value within 0.5 %, same unit, same upper bound; kind agreement
 * reported apart) and, where the gold gives one, the policy header (each field exact; the citations as one field).
 */
public final class CorpusEvaluation {

    /** One document's scores. */
    public record DocumentScore(String name, boolean titleExact, String title, boolean dateExact, String published,
                                Scores body, Scores entities, Scores indicators, int kindAgreements, int policyFields,
                                int policyFieldsRight, String rejected) {
    }

    /** All documents' scores and their totals. */
    public record Report(List<DocumentScore> documents, double titleAccuracy, double dateAccuracy, double bodyF1,
                         Map<String, Scores> entities, Scores indicators, double kindAgreement, int policyFields,
                         int policyFieldsRight) {
    }

    private final DocumentPipeline pipeline;

    public CorpusEvaluation(DocumentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Report run(Path goldDir) throws IOException {
        List<Path> golds;
        try (Stream<Path> files = Files.list(goldDir)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        if (golds.isEmpty()) {
            throw new IOException("no *.expected.json in " + goldDir);
        }
        List<DocumentScore> scores = new ArrayList<>();
        Map<String, Scores> byType = new LinkedHashMap<>();
        for (String t : List.of("PER", "LOC", "ORG", "ALL")) {
            byType.put(t, Scores.ZERO);
        }
        Scores indicators = Scores.ZERO;
        int kinds = 0;
        for (Path g : golds) {
            GoldDocument gold = GoldDocument.read(g);
            DocumentScore s = score(gold, byType);
            scores.add(s);
            indicators = indicators.plus(s.indicators());
            kinds += s.kindAgreements();
        }
        double titles = scores.stream().filter(DocumentScore::titleExact).count() / (double) scores.size();
        double dates = scores.stream().filter(DocumentScore::dateExact).count() / (double) scores.size();
        double body = scores.stream().mapToDouble(s -> s.body().f1()).average().orElse(0);
        return new Report(scores, titles, dates, body, byType, indicators,
            indicators.truePositives() == 0 ? 0 : kinds / (double) indicators.truePositives(),
            scores.stream().mapToInt(DocumentScore::policyFields).sum(),
            scores.stream().mapToInt(DocumentScore::policyFieldsRight).sum());
    }

    private DocumentScore score(GoldDocument gold, Map<String, Scores> byType) throws IOException {
        RawDocument raw = RawDocument.of(SourceRef.ofFile(gold.document()), Instant.now(), null, null,
            Files.readAllBytes(gold.document()));
        AnalysedDocument doc;
        try {
            doc = pipeline.process(raw);
        } catch (RejectedException e) {
            Scores missed = new Scores(0, 0, gold.entities().size());
            byType.merge("ALL", missed, Scores::plus);
            int fields = gold.policy() == null ? 0 : gold.policy().size();
            return new DocumentScore(gold.name(), false, "", false, null, new Scores(0, 0, 1), missed,
                new Scores(0, 0, gold.indicators().size()), 0, fields, 0, e.getMessage());
        }
        String title = doc.clean().title();
        Scores body = characters(doc.clean().text(), gold.text());
        Scores entities = Scores.ZERO;
        for (String type : List.of("PER", "LOC", "ORG")) {
            Set<String> predicted = new HashSet<>();
            for (EntitySummary e : doc.entities()) {
                if (e.type().name().equals(type)) {
                    predicted.add(e.text());
                }
            }
            Set<String> expected = new HashSet<>();
            gold.entities().stream().filter(e -> e.type().equals(type)).forEach(e -> expected.add(e.text()));
            Set<String> hit = new HashSet<>(predicted);
            hit.retainAll(expected);
            Scores s = new Scores(hit.size(), predicted.size(), expected.size());
            byType.merge(type, s, Scores::plus);
            entities = entities.plus(s);
        }
        byType.merge("ALL", entities, Scores::plus);
        int[] kinds = new int[1];
        Scores values = indicators(doc.indicators(), gold.indicators(), kinds);
        String published = doc.clean().published() == null ? null : doc.clean().published().toString();
        int fields = 0;
        int right = 0;
        if (gold.policy() != null) {
            Map<String, String> got = policyFields(doc.clean().policy());
            for (Map.Entry<String, String> f : gold.policy().entrySet()) {
                fields++;
                right += java.util.Objects.equals(f.getValue(), got.get(f.getKey())) ? 1 : 0;
            }
        }
        return new DocumentScore(gold.name(), title.equals(gold.title()), title,
            java.util.Objects.equals(published, gold.published()), published, body, entities, values, kinds[0], fields,
            right, null);
    }

    /** A header's fields as the gold file writes them: text, dates ISO, citations one per line. */
    static Map<String, String> policyFields(io.policylens.extract.PolicyHeader h) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("index_number", h.indexNumber());
        m.put("issuer", h.issuer());
        m.put("document_number", h.documentNumber());
        m.put("written", h.written() == null ? null : h.written().toString());
        m.put("published", h.published() == null ? null : h.published().toString());
        m.put("topic", h.topic());
        m.put("validity", h.validity());
        List<String> cites = new ArrayList<>();
        h.cites().forEach(c -> cites.add(c.title() + " | " + (c.documentNumber() == null ? "" : c.documentNumber())));
        m.put("cites", String.join("\n", cites));
        return m;
    }

    /** Multiset overlap of the non-space characters of two texts. */
    static Scores characters(String predicted, String expected) {
        Map<Integer, Integer> want = new HashMap<>();
        expected.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> want.merge(c, 1, Integer::sum));
        int hit = 0;
        int got = 0;
        for (int c : predicted.codePoints().filter(c -> !Character.isWhitespace(c)).toArray()) {
            got++;
            Integer n = want.get(c);
            if (n != null && n > 0) {
                hit++;
                want.put(c, n - 1);
            }
        }
        int total = (int) expected.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return new Scores(hit, got, total);
    }

    /** Greedy one-to-one matching in text order; {@code kinds[0]} counts matches whose kind also agrees. */
    static Scores indicators(List<Indicator> predicted, List<GoldDocument.Value> expected, int[] kinds) {
        boolean[] used = new boolean[expected.size()];
        int hit = 0;
        for (Indicator p : predicted) {
            for (int i = 0; i < expected.size(); i++) {
                GoldDocument.Value g = expected.get(i);
                if (!used[i] && g.unit().equals(p.unit()) && close(p.value(), g.value()) && sameMax(p.valueMax(), g.valueMax())) {
                    used[i] = true;
                    hit++;
                    if (g.kind().equals(p.kind().label())) {
                        kinds[0]++;
                    }
                    break;
                }
            }
        }
        return new Scores(hit, predicted.size(), expected.size());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
    }

    private static boolean sameMax(Double a, Double b) {
        return a == null ? b == null : b != null && close(a, b);
    }
}
