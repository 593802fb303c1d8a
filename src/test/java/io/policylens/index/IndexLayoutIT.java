package io.policylens.index;

import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.policylens.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class IndexLayoutIT {

    private EsConnection es;
    private IndexLayout layout;

    @BeforeEach
    void connect() throws IOException {
        es = TestCluster.connect();
        layout = new IndexLayout(es.client(), TestCluster.uniquePrefix("layout"));
    }

    @AfterEach
    void drop() throws IOException {
        layout.drop();
        es.close();
    }

    @Test
    void versionedIndicesBehindAliasesCreatedOnce() throws IOException {
        layout.ensure();
        layout.ensure();
        var aliases = es.client().indices().getAlias(a -> a.name(layout.alias(IndexLayout.DOCUMENTS)));
        assertThat(aliases.result().keySet()).containsExactly(layout.index(IndexLayout.DOCUMENTS));
        assertThat(layout.index(IndexLayout.DOCUMENTS)).endsWith("policylens-documents-v1");
        var mapping = es.client().indices().getMapping(m -> m.index(layout.alias(IndexLayout.DOCUMENTS)));
        var props = mapping.result().get(layout.index(IndexLayout.DOCUMENTS)).mappings().properties();
        assertThat(props.get("text_seg").text().analyzer()).isEqualTo("whitespace");
        assertThat(props.get("text").text().analyzer()).isEqualTo("standard");
        assertThat(props.get("indicators").isNested()).isTrue();
        assertThat(props.get("entities").object().properties().get("org").isKeyword()).isTrue();
    }

    @Test
    void theTwoTextFieldsTokeniseAsIntended() throws IOException {
        layout.ensure();
        AnalyzeResponse chars = es.client().indices().analyze(a -> a.index(layout.alias(IndexLayout.DOCUMENTS))
            .field("text").text("科技创新"));
        assertThat(chars.tokens()).extracting(AnalyzeToken::token).containsExactly("科", "技", "创", "新");
        AnalyzeResponse words = es.client().indices().analyze(a -> a.index(layout.alias(IndexLayout.DOCUMENTS))
            .field("text_seg").text("科技 创新 r&d"));
        assertThat(words.tokens()).extracting(AnalyzeToken::token).containsExactly("科技", "创新", "r&d");
    }
}
