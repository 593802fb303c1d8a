package io.policylens.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.TestCorpus;
import io.policylens.analyse.AnalysedDocument;
import io.policylens.analyse.Analyser;
import io.policylens.document.RejectedException;
import io.policylens.extract.ExtractSettings;
import io.policylens.extract.Extractor;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class IndexDocumentTest {

    @Test
    void carriesBothTextsTheWordsEntityFacetsAndNestedIndicators() throws RejectedException {
        AnalysedDocument doc = new Analyser(TestCorpus.hanlp()).analyse(
            new Extractor(ExtractSettings.defaults()).extract(TestCorpus.raw("hsinchu-big5.html")));
        ObjectNode src = new IndexDocument().toSource(doc,
            io.policylens.analyse.TextFingerprint.of(doc.clean().text()), Instant.parse("2026-01-01T00:00:00Z"), "7");
        assertThat(src.path("text").asText()).startsWith("国家科学及技术委员会");
        assertThat(src.path("text_original").asText()).startsWith("國家科學及技術委員會");
        assertThat(src.path("text_seg").asText()).contains(" 营业额 ");
        // 再创新高 is one fixed expression: the words hold no 创新 the text never used
        assertThat(src.path("title_seg").asText()).endsWith(" 去年 营业额 再创新高");
        assertThat(src.path("script").asText()).isEqualTo("traditional");
        assertThat(src.path("pipeline_version").asText()).isEqualTo("7");
        assertThat(src.path("entities").path("org").toString()).contains("国家科学及技术委员会");
        assertThat(src.path("indicators").size()).isEqualTo(doc.indicators().size());
        assertThat(src.path("indicator_kinds").toString()).contains("percent");
        assertThat(src.path("offset_map").path("segments").size()).isPositive();
    }
}
