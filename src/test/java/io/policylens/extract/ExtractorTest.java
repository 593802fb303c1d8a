package io.policylens.extract;

import io.policylens.text.Script;

import io.policylens.TestCorpus;
import io.policylens.document.RejectedException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole documents of every format and charset the corpus holds, through Tika and the main-content step. */
class ExtractorTest {

    private final Extractor extractor = new Extractor(ExtractSettings.defaults());

    @Test
    void htmlInUtf8() throws RejectedException {
        CleanDocument d = extractor.extract(TestCorpus.raw("shenzhen-ai-fund-utf8.html"));
        assertThat(d.title()).isEqualTo("深圳设立100亿元人工智能产业基金");
        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 9, 12));
        assertThat(d.script()).isEqualTo(Script.SIMPLIFIED);
        assertThat(d.text()).startsWith("深圳市人民政府办公厅近日印发").endsWith("首期提供算力补贴最高500万元。");
        assertThat(d.text()).doesNotContain("热门文章", "版权所有", "分享到", "var _hmt");
    }

    @Test
    void traditionalHtmlInBig5IsReadAndSimplified() throws RejectedException {
        CleanDocument d = extractor.extract(TestCorpus.raw("hsinchu-big5.html"));
        assertThat(d.titleOriginal()).isEqualTo("竹科去年營業額再創新高");
        assertThat(d.title()).isEqualTo("竹科去年营业额再创新高");
        assertThat(d.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(d.original()).startsWith("國家科學及技術委員會今天公布統計");
        assertThat(d.text()).startsWith("国家科学及技术委员会今天公布统计");
    }

    @Test
    void traditionalPlainTextScrapeLosesItsByLineKeywordsAndSpamTail() throws RejectedException {
        CleanDocument d = extractor.extract(TestCorpus.raw("ningbo-trad-scrape.txt"));
        assertThat(d.title()).isEqualTo("宁波：以“361”工作体系推动科技自立自强");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 2, 18));
        assertThat(d.text()).startsWith("2025年，宁波市科技局将全面落实").endsWith("科技信贷规模同比增长15%。");
        assertThat(d.text()).doesNotContain("猜你喜欢", "微信", "关键词");
    }

    @Test
    void utf8WithByteOrderMark() throws RejectedException {
        CleanDocument d = extractor.extract(TestCorpus.raw("shanghai-utf8-bom.txt"));
        assertThat(d.title()).isEqualTo("上海绿色金融规模持续扩大");
        assertThat(d.text()).startsWith("2024年末").doesNotContain("\uFEFF", "（完）");
    }

    @Test
    void pdfAndDocx() throws RejectedException {
        CleanDocument pdf = extractor.extract(TestCorpus.raw("nanjing-rd-bulletin.pdf"));
        assertThat(pdf.title()).isEqualTo("南京市2024年科技经费投入统计公报");
        assertThat(pdf.published()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(pdf.text()).contains("498.6亿元").endsWith("比上年下降2.1%。");
        CleanDocument docx = extractor.extract(TestCorpus.raw("chengdu-talent-measures.docx"));
        assertThat(docx.title()).isEqualTo("成都市关于支持青年人才创新创业的若干措施");
        assertThat(docx.published()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(docx.text()).startsWith("为加快建设创新人才高地");
    }

    @Test
    void emptyAndTextlessInputsAreRejectedWithAReason() {
        assertThatThrownBy(() -> extractor.extract(TestCorpus.raw("empty.html", null, new byte[0])))
            .isInstanceOf(RejectedException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> extractor.extract(TestCorpus.raw("blank.html", "text/html",
            "<html><body><script>x()</script></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
            .isInstanceOf(RejectedException.class).hasMessageContaining("no text");
    }

    @Test
    void textOfFewerThanTenLettersIsNotADocument() {
        // 15 KB of noncharacters behind a UTF-16 byte-order mark decode without error, and once made a document.
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(2 + 15_000);
        b.put((byte) 0xFE).put((byte) 0xFF);
        for (int i = 0; i < 7_500; i++) {
            b.putChar(i % 2 == 0 ? '\uFFFF' : '\uFDD0');
        }
        assertThatThrownBy(() -> extractor.extract(TestCorpus.raw("noise.txt", "text/plain", b.array())))
            .isInstanceOf(RejectedException.class).hasMessage("no text: 0 characters");
        assertThatThrownBy(() -> extractor.extract(TestCorpus.raw("one-letter.html", "text/html",
            "<html><body><p>a</p></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
            .isInstanceOf(RejectedException.class).hasMessage("no text: 1 character");
        // Private-use and control characters are no letters either; nine Chinese characters are too few.
        assertThatThrownBy(() -> extractor.extract(TestCorpus.raw("pua.txt", "text/plain",
            "\uE000\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A 市政府发布通知今日".getBytes(
                java.nio.charset.StandardCharsets.UTF_8))))
            .isInstanceOf(RejectedException.class).hasMessage("no text: 9 characters");
        assertThat(Extractor.letters("市政府发布通知今日施行")).isEqualTo(11);
    }

    @Test
    void officeFilesParsedInThisProcessKeepTikasZipBombGuard() {
        // With the parser processes off, a DOCX of tables nested 30 deep (120 levels of XHTML) once went straight
        // to the Word parser, past the guard the auto-detecting parser puts around every parse.
        Extractor inProcess = new Extractor(ExtractSettings.defaults().withIsolatedHeap(null));
        assertThatThrownBy(() -> inProcess.extract(TestCorpus.raw("nested.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", nestedTablesDocx(30))))
            .isInstanceOf(RejectedException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void closingTheExtractorStopsItsParserProcesses() throws Exception {
        Extractor isolated = new Extractor(ExtractSettings.defaults().withIsolatedHeap("96m"));
        assertThat(isolated.extract(TestCorpus.raw("nanjing-rd-bulletin.pdf")).text()).contains("南京");
        assertThat(forkProcesses("-Xmx96m")).as("a parser process was started").isPositive();
        isolated.close();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (forkProcesses("-Xmx96m") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(forkProcesses("-Xmx96m")).as("parser processes left running").isZero();
    }

    private static long forkProcesses(String heapFlag) {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
            .map(h -> h.info().commandLine().orElse("")).filter(c -> c.contains(heapFlag) && c.contains("tika-fork"))
            .count();
    }

    private static byte[] nestedTablesDocx(int depth) throws java.io.IOException {
        return docx(out -> {
            StringBuilder x = new StringBuilder();
            x.append("<w:tbl><w:tr><w:tc>".repeat(depth));
            x.append("<w:p><w:r><w:t>各区县科技局应当按照本办法的规定组织申报工作。</w:t></w:r></w:p>");
            x.append("</w:tc></w:tr></w:tbl>".repeat(depth));
            x.append("<w:p/>");
            out.write(x.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    /** Writes the body of a DOCX's document.xml. */
    private interface DocxBody {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /** A minimal DOCX (content types, relationships, document.xml) whose body the caller writes. */
    private static byte[] docx(DocxBody body) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "wordprocessingml.document.main+xml\"/></Types>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(zip);
            zip.write("</w:body></w:document>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void binaryGarbageNamedHtmlIsDetectedAndRejected() {
        byte[] garbage = new byte[2048];
        new java.util.Random(3).nextBytes(garbage);
        garbage[10] = 0;
        assertThatThrownBy(() -> extractor.extract(TestCorpus.raw("garbage.html", null, garbage)))
            .isInstanceOf(RejectedException.class);
    }

    @Test
    void aPageWithLittleArticleIsFlaggedLowContent() throws RejectedException {
        CleanDocument d = extractor.extract(TestCorpus.raw("short.txt", "text/plain",
            "某县召开会议\n2024-01-02\n会议部署今年工作。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(d.flags()).contains("low_content");
        assertThat(extractor.extract(TestCorpus.raw("shanghai-utf8-bom.txt")).flags()).doesNotContain("low_content");
    }

    @Test
    void theHeaderOfAProvincialPolicyInATableInGb18030() throws RejectedException {
        CleanDocument d = extractor.extract(TestCorpus.raw("zhejiang-gov-table-gb18030.html"));
        assertThat(d.policy()).isEqualTo(new PolicyHeader("002482070/2024-00341", "浙江省人民政府办公厅", "浙政办发〔2024〕27号",
            LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 21), "工业、交通/其他", "有效", List.of(
                new PolicyHeader.Citation("国务院办公厅关于促进通用航空业发展的指导意见", "国办发〔2016〕38号"),
                new PolicyHeader.Citation("无人驾驶航空器飞行管理暂行条例", null))));
        assertThat(d.published()).as("the header's publication date").isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(d.text()).startsWith("各市、县（市、区）人民政府，省政府直属各单位：").endsWith("有效期至2029年7月19日。")
            .contains("丽水市松阳县䢺口通用机场") // a character GBK has not
            .doesNotContain("索引号", "002482070", "浙政办发〔2024〕27号", "此件公开发布", "扫一扫", "网站标识码");
    }

    @Test
    void theHeaderOfACityNoticeInAListInBig5() throws RejectedException {
        CleanDocument d = extractor.extract(TestCorpus.raw("taichung-gov-list-big5.html"));
        assertThat(d.policy()).as("simplified, as the index filters it").isEqualTo(new PolicyHeader(null, "台中市政府经济发展局",
            "府授经商字第1130123456号", null, LocalDate.of(2024, 5, 10), "经济发展/产业辅导", "现行有效", List.of(
                new PolicyHeader.Citation("中小企业发展条例", null), new PolicyHeader.Citation("台中市产业发展自治条例", null))));
        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(d.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(d.original()).startsWith("主旨：修正「臺中市中小企業數位轉型補助作業要點」").doesNotContain("點閱次數", "局長　陳明哲");
    }

    @Test
    void theHeaderOfAPlainTextScrapeAndTheNoticeBeforeTheMeasuresItIssues() throws RejectedException {
        CleanDocument d = extractor.extract(TestCorpus.raw("chongqing-gov-plain-header.txt"));
        assertThat(d.title()).isEqualTo("重庆市人民政府办公厅关于印发重庆市促进科技成果转化若干措施的通知");
        assertThat(d.policy()).isEqualTo(new PolicyHeader("11500000MB1234567X/2024-00123", "重庆市人民政府办公厅",
            "渝府办发〔2024〕18号", LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 11), "科技、教育/科技", "有效", List.of(
                new PolicyHeader.Citation("中华人民共和国促进科技成果转化法", null),
                new PolicyHeader.Citation("国务院关于印发实施〈中华人民共和国促进科技成果转化法〉若干规定的通知", "国发〔2016〕16号"))));
        assertThat(d.text()).startsWith("各区县（自治县）人民政府，市政府各部门，有关单位：").contains("\n重庆市促进科技成果转化若干措施\n")
            .doesNotContain("此件公开发布", "2024年3月5日", "网站标识码");
    }

    @Test
    void withoutAHeaderTheNumberAndSignatureInTheTextAreRead() throws RejectedException {
        CleanDocument d = extractor.extract(TestCorpus.raw("hangzhou-number-in-text.html"));
        assertThat(d.policy().documentNumber()).isEqualTo("杭科高〔2024〕86号");
        assertThat(d.policy().issuer()).isEqualTo("杭州市科学技术局 杭州市财政局");
        assertThat(d.policy().written()).isEqualTo(LocalDate.of(2024, 9, 12));
        assertThat(d.published()).as("the page's own date: the header gives none").isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(d.text()).doesNotContain("杭科高〔2024〕86号\n", "二〇二四年九月十二日");
    }

    @Test
    void aParagraphOfChineseTextIsNeverRejectedButFlaggedWhenItsBoundsAreGuessed() throws RejectedException {
        // No headline, no date, nothing but furniture around one paragraph.
        CleanDocument d = extractor.extract(TestCorpus.raw("bare.txt", "text/plain", String.join("\n",
            "分享到：微博 微信", "首页 > 新闻", "某市日前印发支持智能制造发展的若干措施，从技术改造、数字化车间、工业互联网平台等方面提出十二条具体举措。",
            "相关阅读").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo("某市日前印发支持智能制造发展的若干措施，从技术改造、数字化车间、工业互联网平台等方面提出十二条具体举措。");
        assertThat(d.flags()).contains("article_uncertain");
        assertThat(extractor.extract(TestCorpus.raw("shanghai-utf8-bom.txt")).flags()).doesNotContain("article_uncertain");
    }

    @Test
    void aPageOfNothingButFurnitureIsRejectedSayingSo() {
        assertThatThrownBy(() -> extractor.extract(TestCorpus.raw("menu.html", "text/html", ("<html><body><ul>"
            + "<li><a href=\"/1\">首页</a></li><li><a href=\"/2\">新闻中心</a></li><li><a href=\"/3\">政务公开</a></li></ul>"
            + "<div>版权所有 某某网 浙ICP备12345678号</div></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8))))
            .isInstanceOf(RejectedException.class).hasMessage("no article text found");
    }

    @Test
    void aSnippetIsItsOwnDocumentWithoutTitle() {
        CleanDocument d = extractor.extractSnippet(TestCorpus.raw("s.txt", "text/plain", new byte[] {1}), "  研發投入增長８％  ");
        assertThat(d.text()).isEqualTo("研发投入增长8%");
        assertThat(d.original()).isEqualTo("研發投入增長８％");
        assertThat(d.title()).isEmpty();
    }

    @Test
    void aParseThatTakesTooLongIsAbandonedAndTheInputRejected() {
        Extractor impatient = new Extractor(ExtractSettings.defaults().withParseTimeout(java.time.Duration.ofNanos(1)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> impatient.extract(TestCorpus.raw("nanjing-rd-bulletin.pdf")))
            .isInstanceOf(io.policylens.document.RejectedException.class)
            .hasMessageContaining("parsing took longer than");
    }

    @Test
    void aParseThatRunsOutOfMemoryTakesDownItsOwnProcessNotTheRun() throws Exception {
        // The parser processes get 64 MB; a DOCX whose one run of text is 48 MB (no zip bomb: it compresses about
        // 6:1) needs more than that: the parser gathers a run's text before it hands it on.
        Extractor cramped = new Extractor(ExtractSettings.defaults().withIsolatedHeap("64m"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cramped.extract(TestCorpus.raw("big.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bigDocx(48 << 20))))
            .isInstanceOf(io.policylens.document.RejectedException.class)
            .hasMessageContaining("the parser process ran out of memory (its heap is 64m)");
        // The next input is parsed (by a new process), and this process is none the worse.
        assertThat(cramped.extract(TestCorpus.raw("nanjing-rd-bulletin.pdf")).text()).contains("南京");
        assertThat(ProcessHandle.current().children().map(h -> h.info().commandLine().orElse(""))
            .filter(c -> c.contains("-Xmx64m") && c.contains("tika-fork")).count()).as("parsed in a process of its own")
            .isPositive();
    }

    private static byte[] bigDocx(int textBytes) throws java.io.IOException {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        return docx(out -> {
            out.write("<w:p><w:r><w:t>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder chunk = new StringBuilder();
            for (int written = 0; written < textBytes; written += chunk.length() * 3) {
                chunk.setLength(0);
                for (int c = 0; c < 4096; c++) {
                    chunk.append((char) (0x4E00 + rnd.nextInt(16)));
                }
                out.write(chunk.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.write("</w:t></w:r></w:p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }
}
