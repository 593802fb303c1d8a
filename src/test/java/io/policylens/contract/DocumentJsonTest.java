package io.policylens.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.policylens.TestCorpus;
import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.Analyser;
import io.policylens.document.RejectedException;
import io.policylens.extract.ExtractSettings;
import io.policylens.extract.Extractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole documents against golden JSON beside this test, and every output against the published JSON Schema.
 * After an intended change to the pipeline's output, rewrite the goldens with {@code -Dpolicylens.updateGoldens=true}
 * and review the diff.
 */
class DocumentJsonTest {

    private static final Path GOLDEN = Path.of("src/test/resources/io/policylens/contract");
    private final ObjectMapper mapper = Json.mapper();
    private final Extractor extractor = new Extractor(ExtractSettings.defaults());
    private final Analyser analyser = new Analyser(TestCorpus.hanlp());

    @ParameterizedTest
    @ValueSource(strings = {"shanghai-utf8-bom.txt", "hsinchu-big5.html", "shenzhen-ai-fund-utf8.html"})
    void matchesTheGoldenAndTheSchema(String file) throws RejectedException, IOException {
        AnalysedDocument doc = analyser.analyse(extractor.extract(TestCorpus.raw(file)));
        ObjectNode json = new DocumentJson().toJson(doc);

        Set<ValidationMessage> errors = schema().validate(json);
        assertThat(errors).as("schema violations").isEmpty();
        assertThat(json.path("text").asText().substring(
            json.path("indicators").path(0).path("begin").asInt(), json.path("indicators").path(0).path("end").asInt()))
            .isEqualTo(json.path("indicators").path(0).path("span").asText());

        // Ids and URIs depend on where the checkout lives; the golden holds placeholders.
        json.put("id", "ID");
        ((ObjectNode) json.path("source")).put("uri", "URI");
        Path golden = GOLDEN.resolve(file.replaceAll("\\.[a-z]+$", "") + ".document.json");
        if (Boolean.getBoolean("policylens.updateGoldens")) {
            Files.writeString(golden, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        }
        // compared as written: 1320000000000 must print as the golden does, never 1.32E+12
        assertThat(mapper.writeValueAsString(json)).isEqualTo(mapper.writeValueAsString(mapper.readTree(golden.toFile())));
        assertThat(mapper.writeValueAsString(json)).doesNotContain("E+");
    }

    static JsonSchema schema() throws IOException {
        JsonNode node = new ObjectMapper().readTree(Path.of("schemas/policylens.document-1.schema.json").toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }
}
