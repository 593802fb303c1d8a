package io.policylens.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.text.ChineseConverter;
import io.policylens.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static io.policylens.api.ApiFixture.q;
import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP API on the real node: search, filters, facets, documents, indicators, errors, guards. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiServerIT {

    private ApiFixture api;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicReference<String> deleted = new AtomicReference<>();

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        api = new ApiFixture(tmp, ApiSettings.loopback(0), new Actions() {
            @Override
            public String startCrawl(String name) {
                return "crawl " + name + " started";
            }

            @Override
            public boolean deleteDocument(String id) {
                deleted.set(id);
                return true;
            }
        });
    }

    @AfterAll
    void stop() throws Exception {
        api.close();
    }

    private JsonNode ok(String pathAndQuery) throws Exception {
        HttpResponse<String> r = api.get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static List<String> ids(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.path("hits").forEach(h -> out.add(h.path("id").asText()));
        return out;
    }

    @Test
    void traditionalAndSimplifiedQueriesFindTheSameDocumentsWithFacets() throws Exception {
        JsonNode trad = ok("/api/search?q=" + q("科技創新"));
        JsonNode simp = ok("/api/search?q=" + q("科技创新"));
        assertThat(trad.path("total").asLong()).isPositive();
        assertThat(ids(trad)).isEqualTo(ids(simp));
        assertThat(trad.path("simplified_query").asText()).isEqualTo("科技创新");
        assertThat(trad.path("facets").path("province").toString()).contains("浙江省");
        assertThat(trad.path("hits").get(0).path("snippets").get(0).path("parts").toString()).contains("\"hit\":true");
    }

    @Test
    void filtersNarrowAndFacetsCount() throws Exception {
        JsonNode all = ok("/api/search?size=50");
        long total = all.path("total").asLong();
        assertThat(total).isEqualTo(TestCorpus.documents().size() + 1); // and the hostile page
        JsonNode zj = ok("/api/search?size=50&province=" + q("浙江省"));
        long zjCount = 0;
        for (JsonNode b : all.path("facets").path("province")) {
            if (b.path("key").asText().equals("浙江省")) {
                zjCount = b.path("count").asLong();
            }
        }
        assertThat(zj.path("total").asLong()).isEqualTo(zjCount).isBetween(1L, total - 1);
        JsonNode trad = ok("/api/search?size=50&script=traditional");
        assertThat(trad.path("hits")).allSatisfy(h -> assertThat(h.path("script").asText()).isEqualTo("traditional"));
        JsonNode money = ok("/api/search?size=50&kind=money&has_indicators=true");
        assertThat(money.path("total").asLong()).isBetween(1L, total);
        JsonNode none = ok("/api/search?size=50&has_indicators=false");
        assertThat(money.path("total").asLong() + none.path("total").asLong()).isLessThanOrEqualTo(total);
        JsonNode dated = ok("/api/search?size=50&from=2024-01-01&to=2024-12-31&sort=date");
        List<String> dates = new ArrayList<>();
        dated.path("hits").forEach(h -> dates.add(h.path("published").asText()));
        assertThat(dates).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2024-"));
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode page2 = ok("/api/search?size=5&page=2");
        assertThat(ids(page2)).hasSize(5).doesNotContainAnyElementsOf(ids(ok("/api/search?size=5&page=1")));
        assertThat(all.path("charts").path("yuan_by_year").size()).as("charts only when asked").isZero();
        JsonNode charts = ok("/api/search?size=1&charts=true");
        assertThat(charts.path("charts").path("yuan_by_year").size()).isPositive();
        assertThat(charts.path("charts").path("documents_by_month").size()).isPositive();
        // months on a continuous axis: each the one after the last, an empty month as zero
        List<java.time.YearMonth> months = new ArrayList<>();
        charts.path("charts").path("documents_by_month").forEach(p -> months.add(java.time.YearMonth.parse(p.path("key").asText())));
        for (int i = 1; i < months.size(); i++) {
            assertThat(months.get(i)).isEqualTo(months.get(i - 1).plusMonths(1));
        }
        assertThat(charts.path("charts").path("documents_by_month")).anySatisfy(p -> assertThat(p.path("value").asDouble()).isZero());
    }

    @Test
    void phrasesAndExclusions() throws Exception {
        long fund = ok("/api/search?q=" + q("\"人工智能\"")).path("total").asLong();
        long fundNotShenzhen = ok("/api/search?q=" + q("\"人工智能\" -深圳")).path("total").asLong();
        assertThat(fund).isPositive();
        assertThat(fundNotShenzhen).isLessThan(fund);
    }

    @Test
    void malformedRequestsAre400ProblemsNever500() throws Exception {
        for (String bad : List.of("/api/search?q=" + q("\"未闭合"), "/api/search?q=" + q("-深圳"), "/api/search?from=2024-13-01",
            "/api/search?page=0", "/api/search?size=101", "/api/search?sort=best", "/api/search?bogus=1",
            "/api/search?kind=gdp", "/api/search?has_indicators=maybe", "/api/search?from=2025-01-01&to=2024-01-01",
            "/api/documents/not-an-id", "/api/indicators?format=xml", "/api/search?page=x",
            "/api/search?q=" + q("长".repeat(501)))) {
            HttpResponse<String> r = api.get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode p = json.readTree(r.body());
            assertThat(p.path("status").asInt()).isEqualTo(400);
            assertThat(p.path("detail").asText()).as(bad).isNotBlank();
        }
        HttpResponse<String> missing = api.get("/api/documents/00000000000000000000");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aDocumentComesWhole_WithOffsetsIntoTheOriginalScript() throws Exception {
        JsonNode hit = ok("/api/search?q=" + q("創新科技署")).path("hits").get(0);
        JsonNode doc = ok("/api/documents/" + hit.path("id").asText());
        String text = doc.path("text").asText();
        String original = doc.path("text_original").asText();
        assertThat(doc.path("script").asText()).isEqualTo("traditional");
        ChineseConverter converter = ChineseConverter.opencc();
        assertThat(doc.path("entities").size()).isPositive();
        for (JsonNode e : doc.path("entities")) {
            for (int i = 0; i < e.path("spans").size(); i++) {
                JsonNode s = e.path("spans").get(i);
                JsonNode o = e.path("original_spans").get(i);
                String inText = text.substring(s.get(0).asInt(), s.get(1).asInt());
                String inOriginal = original.substring(o.get(0).asInt(), o.get(1).asInt());
                assertThat(converter.toSimplified(inOriginal)).as(e.toString()).isEqualTo(inText);
            }
        }
        assertThat(doc.path("indicators").size()).isPositive();
        for (JsonNode in : doc.path("indicators")) {
            String span = original.substring(in.path("original_begin").asInt(), in.path("original_end").asInt());
            assertThat(converter.toSimplified(span)).isEqualTo(text.substring(in.path("begin").asInt(), in.path("end").asInt()));
        }
    }

    @Test
    void indicatorsInJsonJsonLinesAndCsvWithTheSameFilters() throws Exception {
        JsonNode array = ok("/api/indicators?kind=money&format=json");
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isPositive();
        assertThat(array).allSatisfy(r -> {
            assertThat(r.path("kind").asText()).isEqualTo("money");
            assertThat(r.path("schema").asText()).isEqualTo("policylens.indicator/1");
        });
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
            .getSchema(json.readTree(Path.of("schemas/policylens.indicator-1.schema.json").toFile()));
        assertThat(array).allSatisfy(r -> assertThat(schema.validate(r)).isEmpty());
        HttpResponse<String> lines = api.get("/api/indicators?kind=money&format=jsonl");
        assertThat(lines.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        assertThat(lines.body().strip().split("\n")).hasSize(array.size());
        HttpResponse<String> csv = api.get("/api/indicators?kind=money&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).as("a byte-order mark for spreadsheets").startsWith("\uFEFF");
        assertThat(csv.body().substring(1).split("\n")[0]).startsWith("schema,document_id,url,title,published,kind,value");
        assertThat(csv.body().strip().split("\n")).hasSizeGreaterThan(array.size()); // header, and sentences may hold newlines
        JsonNode zj = ok("/api/indicators?format=json&province=" + q("浙江省"));
        assertThat(zj.size()).isBetween(1, ok("/api/indicators?format=json").size() - 1);
    }

    @Test
    void indicatorsFilterByMeasureAndTheChartsAddAnnouncedAmountsOnly() throws Exception {
        JsonNode all = ok("/api/indicators?format=json");
        JsonNode changes = ok("/api/indicators?format=json&measure=change");
        JsonNode levels = ok("/api/indicators?format=json&measure=level");
        JsonNode targets = ok("/api/indicators?format=json&measure=target");
        assertThat(changes.size()).isPositive();
        assertThat(changes).allSatisfy(r -> {
            assertThat(r.path("measure").asText()).isEqualTo("change");
            assertThat(r.path("direction").asText()).isIn("up", "down");
        });
        assertThat(levels).allSatisfy(r -> assertThat(r.path("measure").asText()).isEqualTo("level"));
        assertThat(targets).allSatisfy(r -> assertThat(r.path("kind").asText()).isEqualTo("target"));
        assertThat(changes.size() + levels.size() + targets.size()).isEqualTo(all.size());
        assertThat(api.get("/api/indicators?measure=rise").statusCode()).isEqualTo(400);

        // the chart's yuan per year is the sum of the amounts stated in yuan, never with a change added
        java.util.Map<String, java.math.BigDecimal> expected = new java.util.TreeMap<>();
        for (JsonNode r : ok("/api/indicators?format=json&kind=money")) {
            if (r.path("unit").asText().equals("CNY") && !r.path("measure").asText().equals("change")
                && !r.path("year").isNull()) {
                expected.merge(r.path("year").asText(), r.path("value").decimalValue(), java.math.BigDecimal::add);
            }
        }
        assertThat(expected).isNotEmpty();
        JsonNode byYear = ok("/api/search?size=1&charts=true").path("charts").path("yuan_by_year");
        java.util.Map<String, java.math.BigDecimal> charted = new java.util.TreeMap<>();
        byYear.forEach(p -> charted.put(p.path("key").asText(), p.path("value").decimalValue()));
        assertThat(charted.keySet()).isEqualTo(expected.keySet());
        charted.forEach((year, sum) -> assertThat(sum.doubleValue()).as(year)
            .isCloseTo(expected.get(year).doubleValue(), org.assertj.core.data.Percentage.withPercentage(1e-9)));

        // exact decimals, never an exponent, in every format
        assertThat(api.get("/api/indicators?format=csv").body()).doesNotContainPattern("[0-9]E[+-]?[0-9]");
        assertThat(api.get("/api/indicators?format=jsonl").body()).doesNotContainPattern("\"value\":[0-9.]+E");
    }

    @Test
    void hostileTextComesBackAsDataAndEveryResponseCarriesTheCsp() throws Exception {
        HttpResponse<String> r = api.get("/api/search?q=" + q("创新券"));
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
            .doesNotContain("unsafe-inline");
        JsonNode hit = json.readTree(r.body()).path("hits").get(0);
        JsonNode doc = ok("/api/documents/" + hit.path("id").asText());
        assertThat(doc.path("text_original").asText()).contains(ApiFixture.HOSTILE);
        HttpResponse<String> page = api.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>").contains("<script src=\"/app.js\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(api.get("/webjars/chart.js/4.5.1/dist/chart.umd.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionListsEveryEndpoint() throws Exception {
        JsonNode spec = ok("/api/openapi.json");
        assertThat(spec.path("openapi").asText()).startsWith("3.1");
        assertThat(spec.path("paths").fieldNames()).toIterable()
            .contains("/api/search", "/api/documents/{id}", "/api/indicators", "/api/crawls/{name}", "/api/watches",
                "/api/watches/{id}", "/api/watches/{id}/new", "/api/watches/{id}/feed.atom");
    }

    @Test
    void actionsRefuseOtherOrigins() throws Exception {
        String id = ids(ok("/api/search?size=1")).get(0);
        HttpResponse<String> cross = api.send(HttpRequest.newBuilder(api.uri("/api/documents/" + id))
            .header("Origin", "http://evil.example").DELETE());
        assertThat(cross.statusCode()).isEqualTo(403);
        assertThat(deleted.get()).isNull();
        HttpResponse<String> same = api.send(HttpRequest.newBuilder(api.uri("/api/documents/" + id)).DELETE());
        assertThat(same.statusCode()).isEqualTo(204);
        assertThat(deleted.get()).isEqualTo(id);
        HttpResponse<String> crawl = api.send(HttpRequest.newBuilder(api.uri("/api/crawls/zjkjt"))
            .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(crawl.statusCode()).isEqualTo(202);
        assertThat(crawl.body()).contains("crawl zjkjt started");
    }
}
