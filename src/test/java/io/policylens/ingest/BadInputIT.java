package io.policylens.ingest;

import io.policylens.app.Ingests;
import io.policylens.TestIngest;
import io.policylens.app.Cluster;
import io.policylens.app.Settings;

import io.policylens.TestCluster;
import io.policylens.TestCorpus;
import io.policylens.document.DocumentId;
import io.policylens.document.Rejection;
import io.policylens.document.SourceRef;
import io.policylens.index.EsConnection;
import io.policylens.index.IndexLayout;
import io.policylens.index.RejectionLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input among good: every input ends indexed or rejected with a clear reason, and the run goes on. Counted:
 * inputs = indexed + duplicates + unchanged + rejected, and every indexed id is there.
 */
class BadInputIT {

    private static final String ARTICLE = "市科技局发布创新券管理办法。本市创新券年度预算安排2000万元，单个企业每年申领额度最高50万元。";

    @TempDir
    Path tmp;
    private Settings settings;
    private EsConnection es;
    private IndexLayout layout;

    @BeforeEach
    void setUp() throws Exception {
        settings = TestCluster.settings(tmp.resolve("home"), "bad");
        es = Cluster.connect(settings, m -> { });
        layout = new IndexLayout(es.client(), settings.indexPrefix());
    }

    @AfterEach
    void tearDown() throws IOException {
        layout.drop();
        es.close();
    }

    @Test
    void everyBadInputIsRejectedWithItsReasonAndTheGoodOnesAreIndexed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String good : List.of("shanghai-utf8-bom.txt", "hsinchu-big5.html", "nanjing-rd-bulletin.pdf")) {
            Files.copy(TestCorpus.CORPUS.resolve(good), in.resolve(good));
        }
        Files.write(in.resolve("empty.html"), new byte[0]);
        byte[] garbage = new byte[8192];
        new Random(3).nextBytes(garbage);
        Files.write(in.resolve("garbage.html"), garbage);
        byte[] pdf = Files.readAllBytes(TestCorpus.CORPUS.resolve("nanjing-rd-bulletin.pdf"));
        Files.write(in.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
        Files.write(in.resolve("encrypted.pdf"), encryptedPdf());
        Files.write(in.resolve("bomb.docx"), zipBombDocx());
        Files.write(in.resolve("nested.zip"), nestedZip(30));
        try (RandomAccessFile big = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(200L * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
        }
        byte[] good = (ARTICLE + "\n" + ARTICLE).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 2];
        System.arraycopy(good, 0, broken, 0, 40);
        broken[40] = (byte) 0xC3;
        broken[41] = (byte) 0x28;
        System.arraycopy(good, 40, broken, 42, good.length - 40);
        Files.write(in.resolve("invalid-utf8.txt"), broken);
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000) + "<p>" + ARTICLE + "</p>"
            + "</div>".repeat(100_000) + "</body></html>");
        Files.writeString(in.resolve("all-boilerplate.html"), "<html><head><title>首页</title></head><body>"
            + "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/a\">机构设置</a> | <a href=\"/b\">政务公开</a></div>"
            + "<div class=\"footer\">版权所有：某市人民政府办公室 联系电话：0571-88886666 ICP备05012345号</div></body></html>");

        TestIngest job = new TestIngest(settings, Ingests.pipeline(settings));
        List<Path> inputs = job.inputs(List.of(in));
        IngestSummary summary = job.run(es, inputs, n -> { });

        assertThat(inputs).hasSize(13);
        assertThat(summary.ingested() + summary.duplicates() + summary.unchanged() + summary.rejected())
            .isEqualTo(inputs.size());
        Map<String, Rejection> rejected = new RejectionLog(es.client(), layout).list(100).stream()
            .collect(Collectors.toMap(r -> Path.of(java.net.URI.create(r.uri())).getFileName().toString(), r -> r));
        assertThat(rejected).hasSize(summary.rejected());
        assertThat(rejected.get("empty.html").reason()).contains("empty");
        assertThat(rejected.get("garbage.html").reason()).contains("binary data");
        assertThat(rejected.get("truncated.pdf").reason()).contains("cannot parse");
        assertThat(rejected.get("encrypted.pdf").reason()).containsIgnoringCase("encrypt");
        assertThat(rejected.get("bomb.docx").reason()).contains("cannot parse");
        assertThat(rejected.get("nested.zip").reason()).contains("no text found in application/zip");
        assertThat(rejected.get("huge.txt").reason()).contains("larger than the limit");
        assertThat(rejected.get("huge.txt").stage()).isEqualTo("read");
        assertThat(rejected.get("all-boilerplate.html").reason()).contains("no article");
        assertThat(rejected.values()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());

        layout.refresh();
        for (String name : List.of("shanghai-utf8-bom.txt", "hsinchu-big5.html", "nanjing-rd-bulletin.pdf",
            "invalid-utf8.txt", "deep.html")) {
            DocumentId id = DocumentId.of(SourceRef.ofFile(in.resolve(name)));
            var doc = es.client().get(g -> g.index(layout.alias(IndexLayout.DOCUMENTS)).id(id.value()),
                com.fasterxml.jackson.databind.node.ObjectNode.class);
            assertThat(doc.found()).as(name + " indexed").isTrue();
            if (name.equals("invalid-utf8.txt") || name.equals("deep.html")) {
                assertThat(doc.source().path("text").asText()).as(name).contains("创新券管理办法");
            }
        }
        assertThat(summary.ingested()).isEqualTo(5);
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX whose document part inflates to 200 MB from a few hundred kilobytes. */
    private static byte[] zipBombDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] nestedZip(int depth) throws IOException {
        byte[] inner = "x".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < depth; i++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(b)) {
                zip.putNextEntry(new ZipEntry(i == 0 ? "a.txt" : "level" + i + ".zip"));
                zip.write(inner);
            }
            inner = b.toByteArray();
        }
        return inner;
    }

}
