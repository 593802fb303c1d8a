package io.policylens.index;

import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.policylens.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        assertThat(layout.index(IndexLayout.DOCUMENTS)).endsWith("policylens-documents-v2");
        var mapping = es.client().indices().getMapping(m -> m.index(layout.alias(IndexLayout.DOCUMENTS)));
        var props = mapping.result().get(layout.index(IndexLayout.DOCUMENTS)).mappings().properties();
        assertThat(props.get("text_seg").text().analyzer()).isEqualTo("whitespace");
        assertThat(props.get("text").text().analyzer()).isEqualTo("standard");
        assertThat(props.get("text").text().indexPhrases()).isTrue();
        assertThat(props.get("indicators").isNested()).isTrue();
        assertThat(props.get("entities").object().properties().get("org").isKeyword()).isTrue();
    }

    @Test
    void aDocumentsIndexMadeBeforeThePolicyHeaderLearnsItsFieldsOnConnecting() throws IOException {
        String alias = layout.alias(IndexLayout.DOCUMENTS);
        String index = layout.index(IndexLayout.DOCUMENTS);
        // A documents-v2 index as PolicyLens made it before `policy` was added: today's mapping without it.
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(IndexLayout.class.getResourceAsStream("documents-v2.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("mappings").path("properties")).remove("policy");
        es.client().indices().create(c -> c.index(index).withJson(new java.io.StringReader(json.toString()))
            .aliases(alias, a -> a.isWriteIndex(true)));
        assertThat(es.client().indices().getMapping(m -> m.index(alias)).result().get(index).mappings().properties())
            .doesNotContainKey("policy");
        layout.ensure();
        var props = es.client().indices().getMapping(m -> m.index(alias)).result().get(index).mappings().properties();
        var policy = props.get("policy").object().properties();
        assertThat(policy.get("document_number").isKeyword()).isTrue();
        assertThat(policy.get("issuer").isKeyword()).isTrue();
        assertThat(policy.get("cites").object().properties().get("document_number").isKeyword()).isTrue();
        assertThat(props.get("title").isText()).as("what was there stays").isTrue();
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

    @Test
    void anIndexOfTheFirstVersionIsCopiedIntoTheCurrentOneAndTheAliasMoved() throws IOException {
        String alias = layout.alias(IndexLayout.DOCUMENTS);
        String v1 = alias + "-v1";
        try {
            // What PolicyLens 1 made: its mapping is kept in the test resources.
            try (InputStream json = IndexLayoutIT.class.getResourceAsStream("documents-v1.json")) {
                es.client().indices().create(c -> c.index(v1).withJson(json).aliases(alias, a -> a.isWriteIndex(true)));
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
            for (int i = 0; i < 1203; i++) {
                ObjectNode doc = JsonNodeFactory.instance.objectNode().put("id", "d" + i).put("title", "第" + i + "号")
                    .put("text", i % 3 == 0 ? "推动科技创新和产业发展" : "数字经济");
                bulk.operations(o -> o.index(x -> x.index(v1).id(doc.get("id").asText()).document(doc)));
            }
            assertThat(es.client().bulk(bulk.build()).errors()).isFalse();

            List<String> progress = new ArrayList<>();
            layout.ensure(progress::add);

            assertThat(es.client().indices().exists(e -> e.index(v1)).value()).isFalse();
            var aliases = es.client().indices().getAlias(a -> a.name(alias));
            assertThat(aliases.result().keySet()).containsExactly(layout.index(IndexLayout.DOCUMENTS));
            assertThat(es.client().count(c -> c.index(alias)).count()).isEqualTo(1203);
            assertThat(es.client().count(c -> c.index(alias).query(q -> q.matchPhrase(m -> m.field("text")
                .query("科技创新")))).count()).isEqualTo(401);
            assertThat(progress).anyMatch(m -> m.startsWith("copying 1203 document(s) from " + v1))
                .anyMatch(m -> m.startsWith("copied 1203 document(s) into " + layout.index(IndexLayout.DOCUMENTS)));
            // Writes go to the new index through the alias.
            es.client().index(x -> x.index(alias).id("new").document(Map.of("id", "new", "text", "新文档"))
                .refresh(Refresh.True));
            assertThat(es.client().count(c -> c.index(layout.index(IndexLayout.DOCUMENTS))).count()).isEqualTo(1204);

            layout.ensure(progress::add);
            assertThat(progress).hasSize(2);
        } finally {
            if (es.client().indices().exists(e -> e.index(v1)).value()) {
                es.client().indices().delete(d -> d.index(v1));
            }
        }
    }

    @Test
    void droppingTheLayoutDropsAnIndexOfAnEarlierVersionBehindItsAlias() throws IOException {
        String alias = layout.alias(IndexLayout.DOCUMENTS);
        String v1 = alias + "-v1";
        try (InputStream json = IndexLayoutIT.class.getResourceAsStream("documents-v1.json")) {
            es.client().indices().create(c -> c.index(v1).withJson(json).aliases(alias, a -> a.isWriteIndex(true)));
        }
        layout.drop();
        assertThat(es.client().indices().exists(e -> e.index(v1)).value()).isFalse();
    }
}
