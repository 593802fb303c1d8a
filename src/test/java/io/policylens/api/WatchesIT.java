package io.policylens.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.TestIngest;
import io.policylens.app.Ingests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.policylens.api.ApiFixture.q;
import static org.assertj.core.api.Assertions.assertThat;

/** Watches on the real node: saved, listed, reporting only what was indexed after them, as JSON and as Atom. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchesIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private ApiFixture api;
    private final ObjectMapper json = new ObjectMapper();
    private Path tmp;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        this.tmp = tmp;
        api = new ApiFixture(tmp, ApiSettings.loopback(0), null);
    }

    @AfterAll
    void stop() throws Exception {
        api.close();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return api.send(HttpRequest.newBuilder(api.uri("/api/watches")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = api.get(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void documentsIndexedAfterTheWatchAppearInNewAndInTheFeedEarlierOnesDoNot() throws Exception {
        long before = ok("/api/search?size=1&q=" + q("创新")).path("total").asLong();
        assertThat(before).as("the corpus has documents about 创新").isPositive();

        HttpResponse<String> created = post("{\"name\":\"创新动态\",\"query\":\"創新\",\"filters\":{}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode watch = json.readTree(created.body());
        String id = watch.path("id").asText();
        assertThat(created.headers().firstValue("Location")).contains("/api/watches/" + id);
        assertThat(ok("/api/watches")).anySatisfy(w -> assertThat(w.path("name").asText()).isEqualTo("创新动态"));
        assertThat(ok("/api/watches/" + id + "/new").path("total").asLong()).as("nothing new yet").isZero();

        Path later = Files.createDirectories(tmp.resolve("later"));
        Files.writeString(later.resolve("later-innovation.txt"), "市科技局发布科技创新专项资金安排\n\n"
            + "为推动全市科技创新，市财政今年安排科技创新专项资金3000万元，重点支持企业研发机构建设。\n"
            + "到2027年，全市高新技术企业力争达到1500家。\n", StandardCharsets.UTF_8);
        Files.writeString(later.resolve("later-weather.txt"), "本周天气以晴为主\n\n"
            + "气象台预计本周全市以晴到多云天气为主，最高气温25摄氏度，早晚温差较大，市民注意添衣。\n",
            StandardCharsets.UTF_8);
        TestIngest job = new TestIngest(api.settings, Ingests.pipeline(api.settings));
        job.run(api.es, job.inputs(List.of(later)), n -> { });

        JsonNode fresh = ok("/api/watches/" + id + "/new");
        assertThat(fresh.path("total").asLong()).isEqualTo(1);
        assertThat(fresh.path("hits").get(0).path("title").asText()).isEqualTo("市科技局发布科技创新专项资金安排");
        assertThat(ok("/api/watches/创新动态/new?since=2000-01-01").path("total").asLong()).isEqualTo(before + 1);
        JsonNode listed = ok("/api/watches?since=" + q(watch.path("created").asText()));
        assertThat(listed).filteredOn(w -> w.path("id").asText().equals(id))
            .singleElement().satisfies(w -> assertThat(w.path("new").asLong()).isEqualTo(1));

        HttpResponse<String> feed = api.get("/api/watches/" + id + "/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Element root = atom(feed.body()).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated")) {
            assertThat(children(root, required)).as("feed/" + required).hasSize(1);
        }
        assertThat(children(root, "link")).anySatisfy(l -> assertThat(l.getAttribute("rel")).isEqualTo("self"));
        List<Element> entries = children(root, "entry");
        assertThat(entries).hasSize(1);
        Element entry = entries.get(0);
        for (String required : List.of("id", "title", "updated", "summary", "content")) {
            assertThat(children(entry, required)).as("entry/" + required).hasSize(1);
        }
        assertThat(children(entry, "title").get(0).getTextContent()).isEqualTo("市科技局发布科技创新专项资金安排");
        assertThat(children(entry, "link").get(0).getAttribute("href")).contains("#doc/");
        assertThat(children(entry, "content").get(0).getTextContent()).contains("3000万元");
        assertThat(java.time.Instant.parse(children(entry, "updated").get(0).getTextContent()))
            .isAfter(java.time.Instant.parse(watch.path("created").asText()));
    }

    @Test
    void badWatchesAreRefusedWithTheirReasonAndActionsAreGuarded() throws Exception {
        HttpResponse<String> unclosed = post("{\"name\":\"半截\",\"query\":\"\\\"创新\"}");
        assertThat(unclosed.statusCode()).isEqualTo(400);
        assertThat(unclosed.headers().firstValue("Content-Type").orElse("")).contains("charset=utf-8");
        assertThat(post("{\"name\":\"x\",\"query\":\"创新\",\"filters\":{\"planet\":\"火星\"}}").statusCode()).isEqualTo(400);
        assertThat(post("{\"name\":\"x\",\"query\":\"\"}").statusCode()).as("no query and no filter").isEqualTo(400);
        assertThat(post("{\"name\":\"浙江人才\",\"query\":\"人才\",\"filters\":{\"province\":\"浙江省\"}}").statusCode())
            .isEqualTo(201);
        assertThat(post("{\"name\":\"浙江人才\",\"query\":\"人才\"}").statusCode()).as("same name").isEqualTo(409);
        HttpResponse<String> foreign = api.send(HttpRequest.newBuilder(api.uri("/api/watches"))
            .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"e\",\"query\":\"a\"}")));
        assertThat(foreign.statusCode()).isEqualTo(403);

        HttpResponse<String> error = api.get("/api/search?kind=" + q("创新"));
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json; charset=utf-8");
        assertThat(error.body()).contains("创新");

        HttpResponse<String> gone = api.send(HttpRequest.newBuilder(api.uri("/api/watches/" + q("浙江人才"))).DELETE());
        assertThat(gone.statusCode()).isEqualTo(204);
        assertThat(api.get("/api/watches/" + q("浙江人才") + "/new").statusCode()).isEqualTo(404);
    }

    private static Document atom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
