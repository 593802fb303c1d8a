package io.policylens.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.policylens.TestCorpus;
import io.policylens.extract.ExtractSettings;
import io.policylens.ingest.DocumentPipeline;
import io.policylens.text.HanLpSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code eval --gold corpus}: every document of the corpus, read as a person read it. Article, title, date and policy
 * header are exact; entities and indicators may not fall below what they reach now (the figures the README
 * states).
 */
class CorpusEvaluationTest {

    private static DocumentPipeline pipeline;
    private static CorpusEvaluation.Report report;

    @BeforeAll
    static void evaluate() throws IOException {
        pipeline = new DocumentPipeline(ExtractSettings.defaults(), HanLpSettings.defaults());
        report = new CorpusEvaluation(pipeline).run(TestCorpus.CORPUS);
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    @Test
    void everyGoldFileFollowsTheGoldSchemaAndHasItsDocument() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(new ObjectMapper().readTree(Path.of("schemas/policylens.gold-1.schema.json").toFile()));
        List<Path> golds;
        try (Stream<Path> files = Files.list(TestCorpus.CORPUS)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertThat(golds).hasSizeGreaterThanOrEqualTo(26);
        for (Path g : golds) {
            JsonNode gold = new ObjectMapper().readTree(g.toFile());
            assertThat(schema.validate(gold)).as(g.toString()).isEmpty();
            String text = gold.path("text").asText();
            assertThat(text).as(g + ": text starts with its first sentence")
                .startsWith(gold.path("text_first_sentence").asText());
            assertThat(text).as(g + ": text ends with its last sentence").endsWith(gold.path("text_last_sentence").asText());
            gold.path("entities").forEach(e -> assertThat(text).as(g + ": entity in the text").contains(e.path("text").asText()));
            assertThat(GoldDocument.read(g).document()).exists();
        }
    }

    @Test
    void articlesTitlesDatesAndHeadersAreExact() {
        assertThat(report.documents()).allSatisfy(d -> {
            assertThat(d.rejected()).as(d.name()).isNull();
            assertThat(d.titleExact()).as(d.name() + " title " + d.title()).isTrue();
            assertThat(d.dateExact()).as(d.name() + " date " + d.published()).isTrue();
            assertThat(d.body().f1()).as(d.name() + " body").isGreaterThanOrEqualTo(0.999);
            assertThat(d.policyFieldsRight()).as(d.name() + " policy header").isEqualTo(d.policyFields());
        });
        assertThat(report.policyFields()).isGreaterThanOrEqualTo(32);
    }

    @Test
    void entitiesAndIndicatorsHoldTheirLevel() {
        assertThat(report.entities().get("ALL").f1()).isGreaterThanOrEqualTo(0.92);
        assertThat(report.indicators().f1()).isGreaterThanOrEqualTo(0.93);
    }
}
