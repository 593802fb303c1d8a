package io.policylens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands as a user runs them, against the test node given with --es-url. */
class CliIT {

    /** Each test its own indices: JUnit makes a new instance per test. */
    private final String prefix = TestCluster.uniquePrefix("cli");

    record Run(int code, String out) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--es-url", TestCluster.url(), "--index-prefix", prefix));
        all.addAll(List.of(args));
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute(all.toArray(String[]::new));
            return new Run(code, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void drop() throws Exception {
        try (EsConnection es = TestCluster.connect()) {
            new IndexLayout(es.client(), prefix).drop();
        }
    }

    @Test
    void ingestSearchRejectsAndStatusAsAUserSeesThem() throws Exception {
        Run first = run("ingest", TestCorpus.CORPUS.toString());
        assertThat(first.code()).isZero();
        int corpus = TestCorpus.documents().size();
        assertThat(first.out().strip()).isEqualTo("ingested " + corpus + ", unchanged 0, rejected 0");
        assertThat(run("ingest", TestCorpus.CORPUS.toString()).out().strip())
            .isEqualTo("ingested 0, unchanged " + corpus + ", rejected 0");

        Run search = run("search", "科技創新", "--json", "--limit", "3");
        assertThat(search.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(search.out());
        assertThat(json.path("simplified_query").asText()).isEqualTo("科技创新");
        assertThat(json.path("hits").size()).isBetween(1, 3);
        assertThat(json.path("hits").get(0).path("snippets").toString()).contains("\"hit\":true");

        Run text = run("search", "绿色贷款");
        assertThat(text.out()).contains("上海绿色金融规模持续扩大").contains("【绿色贷款】");

        assertThat(run("rejects").out()).contains("0 rejected");
        Run status = run("es", "status");
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("(external)").containsPattern("health:\\s+(green|yellow)")
            .containsPattern("documents:\\s+" + corpus);
    }

    @Test
    void aCrawlOfAnUnreachableHostFailsAndSaysWhy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
        throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String seed = "http://127.0.0.1:" + closedPort + "/news/index.html";
        Run crawl = run("--home", home.toString(), "crawl", "--url", seed, "--once", "--timeout", "2", "--retries", "0");
        assertThat(crawl.code()).as("nothing could be fetched").isNotZero();
        assertThat(crawl.out()).contains("skipped by robots 0, failed 1; ingested 0, rejected 0")
            .contains("crawl adhoc: failed " + seed + " (fetch: robots.txt could not be fetched: connection refused");
        assertThat(run("rejects").out()).contains("fetch").contains(seed)
            .contains("robots.txt could not be fetched: connection refused by 127.0.0.1:" + closedPort);
    }

    @Test
    void indicatorsStreamAsJsonLinesAndCsvFollowingTheirSchema() throws Exception {
        run("ingest", TestCorpus.CORPUS.toString());
        com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory
            .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
            .getSchema(new ObjectMapper().readTree(java.nio.file.Path.of("schemas/policylens.indicator-1.schema.json").toFile()));
        Run money = run("indicators", "--kind", "money");
        assertThat(money.code()).isZero();
        String[] lines = money.out().strip().split("\n");
        assertThat(lines.length).isGreaterThanOrEqualTo(10);
        for (String line : lines) {
            JsonNode r = new ObjectMapper().readTree(line);
            assertThat(schema.validate(r)).as(line).isEmpty();
            assertThat(r.path("kind").asText()).isEqualTo("money");
        }
        Run shanghai = run("indicators", "--region", "上海市", "--since", "2025-01-01");
        String[] sh = shanghai.out().strip().split("\n");
        assertThat(sh).isNotEmpty();
        for (String line : sh) {
            JsonNode r = new ObjectMapper().readTree(line);
            assertThat(r.path("region").path("path").get(0).asText()).isEqualTo("上海市");
            assertThat(r.path("published").asText()).isGreaterThanOrEqualTo("2025-01-01");
        }
        Run csv = run("indicators", "--format", "csv", "--query", "綠色貸款");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("schema,document_id,url,title,published,kind,value");
        assertThat(csv.out()).contains("上海绿色金融规模持续扩大").doesNotContain("深圳设立100亿元人工智能产业基金");
    }

    @Test
    void aWatchListsOnlyWhatIsIndexedAfterIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path later) throws Exception {
        run("ingest", TestCorpus.CORPUS.toString());
        Run add = run("watch", "add", "绿色金融", "綠色貸款");
        assertThat(add.code()).isZero();
        assertThat(add.out()).contains("watch 绿色金融");
        assertThat(run("watch", "list").out()).contains("绿色金融").contains("1 watch");
        assertThat(run("watch", "new", "绿色金融").out()).contains("0 new for 绿色金融");
        java.nio.file.Files.writeString(later.resolve("later-green.txt"), "市绿色贷款余额再创新高\n\n"
            + "截至10月末，全市绿色贷款余额达到3200亿元，比年初增加410亿元。\n", StandardCharsets.UTF_8);
        run("ingest", later.toString());
        Run fresh = run("watch", "new", "绿色金融", "--jsonl");
        String[] lines = fresh.out().strip().split("\n");
        assertThat(lines).hasSize(1);
        assertThat(new ObjectMapper().readTree(lines[0]).path("title").asText()).isEqualTo("市绿色贷款余额再创新高");
        String all = run("watch", "new", "绿色金融", "--since", "2000-01-01").out();
        java.util.regex.Matcher n = java.util.regex.Pattern.compile("(\\d+) new for 绿色金融").matcher(all);
        assertThat(n.find()).isTrue();
        assertThat(Integer.parseInt(n.group(1))).as("the corpus's documents too").isGreaterThan(1);
        Run changes = run("indicators", "--measure", "change", "--query", "绿色贷款");
        assertThat(changes.out().strip().split("\n")).allSatisfy(l ->
            assertThat(new ObjectMapper().readTree(l).path("measure").asText()).isEqualTo("change"));
        assertThat(changes.out()).contains("410亿元");
        assertThat(run("watch", "delete", "绿色金融").code()).isZero();
    }

    @Test
    void extractPrintsTheContractAndSnippetsPrintOneDocumentPerLine() throws Exception {
        Run doc = run("extract", "--json", "corpus/hongkong-trad-utf8.html");
        JsonNode json = new ObjectMapper().readTree(doc.out());
        assertThat(json.path("schema").asText()).isEqualTo("policylens.document/1");
        assertThat(json.path("title").asText()).isEqualTo("创新科技署推出新一轮科研资助计划");
        assertThat(json.path("script").asText()).isEqualTo("traditional");
        assertThat(json.path("policy").path("document_number").isNull()).as("not a policy document").isTrue();

        JsonNode policy = new ObjectMapper().readTree(run("extract", "--json", "corpus/chongqing-gov-plain-header.txt")
            .out()).path("policy");
        assertThat(policy.path("document_number").asText()).isEqualTo("渝府办发〔2024〕18号");
        assertThat(policy.path("issuer").asText()).isEqualTo("重庆市人民政府办公厅");
        assertThat(policy.path("cites").get(1).path("document_number").asText()).isEqualTo("国发〔2016〕16号");

        java.nio.file.Path lines = java.nio.file.Files.createTempFile("snippets", ".txt");
        java.nio.file.Files.writeString(lines, "研發投入達到86.5億元\n\n上海新增企业300家\n");
        Run snippets = run("extract", "--snippets", lines.toString(), "--json");
        String[] out = snippets.out().strip().split("\n");
        assertThat(out).hasSize(3);
        JsonNode firstLine = new ObjectMapper().readTree(out[0]);
        assertThat(firstLine.path("text").asText()).isEqualTo("研发投入达到86.5亿元");
        assertThat(firstLine.path("indicators").get(0).path("value").asDouble()).isEqualTo(8.65e9);
        assertThat(firstLine.path("indicators").get(0).path("begin").asInt()).isEqualTo(6);
        assertThat(new ObjectMapper().readTree(out[1]).path("text").asText()).isEmpty();
        assertThat(new ObjectMapper().readTree(out[2]).path("source").path("uri").asText()).endsWith("#L3");
    }

    @Test
    void anUnreachableClusterIsAClearErrorAndExitCode() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.commandLine().execute("--es-url", "http://127.0.0.1:9", "search", "创新");
        } finally {
            System.setErr(saved);
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not answer").doesNotContain("\tat ");
    }

    @Test
    void aCrawlPrintsOneLinePerRejectedPage() throws Exception {
        try (io.policylens.source.TestSite site = new io.policylens.source.TestSite()) {
            Run crawl = run("crawl", "--url", site.url("/notes/index.html"), "--once", "--max-depth", "1", "--delay",
                "0", "--home", java.nio.file.Files.createTempDirectory("policylens-cli").toString());
            assertThat(crawl.code()).isZero();
            assertThat(crawl.out().lines().toList()).contains("crawl adhoc: rejected " + site.url("/notes/2026/photo.html")
                + " (extract: no text: 8 characters)").last().asString().endsWith("; ingested 0, rejected 1");
            assertThat(crawl.out()).doesNotContain("DeadLetterChannel").doesNotContain("Exception");
            assertThat(run("rejects").out()).contains(site.url("/notes/2026/photo.html"));
        }
    }

    @Test
    void anAdHocCrawlOfOneSiteAndThePipelinesList() throws Exception {
        try (io.policylens.source.TestSite site = new io.policylens.source.TestSite()) {
            site.setSlowMillis(1500);
            Run crawl = run("crawl", "--url", site.url("/news/index.html?page=2"), "--once", "--max-pages", "10",
                "--max-depth", "1", "--delay", "0", "--timeout", "1", "--retries", "0", "--home",
                java.nio.file.Files.createTempDirectory("policylens-cli").toString());
            assertThat(crawl.code()).isZero();
            // page 2 (the seed), the changing article and page 1 (a page of the site like any other, and a list)
            assertThat(crawl.out().strip()).isEqualTo("crawl adhoc: rejected " + site.url("/news/index.html")
                + " (extract: no article text found)\ncrawl adhoc: fetched 3, new 2, changed 0, unchanged 0, skipped by "
                + "robots 0, failed 0; ingested 1, rejected 1");
            assertThat(run("search", "统计公报").out()).contains("高新区发布年度统计公报");
        }
        Run list = run("pipelines");
        assertThat(list.code()).isZero();
        assertThat(list.out()).containsPattern("crawl-zjkjt\\s+0 10 6,18 \\* \\* \\?\\s+never")
            .contains("inbox").contains("ingest");
    }
}
