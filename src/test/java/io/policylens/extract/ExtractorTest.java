package io.policylens.extract;

import io.policylens.TestCorpus;
import io.policylens.document.RejectedException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole documents of every format and charset the corpus holds, through Tika and the main-content step. */
class ExtractorTest {

    private final Extractor extractor = new Extractor(ExtractSettings.defaults(), TestCorpus.hanlp());

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
    void aSnippetIsItsOwnDocumentWithoutTitle() {
        CleanDocument d = extractor.extractSnippet(TestCorpus.raw("s.txt", "text/plain", new byte[] {1}), "  研發投入增長８％  ");
        assertThat(d.text()).isEqualTo("研发投入增长8%");
        assertThat(d.original()).isEqualTo("研發投入增長８％");
        assertThat(d.title()).isEmpty();
    }

    @Test
    void aParseThatTakesTooLongIsAbandonedAndTheInputRejected() {
        Extractor impatient = new Extractor(ExtractSettings.defaults().withParseTimeout(java.time.Duration.ofNanos(1)),
            TestCorpus.hanlp());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> impatient.extract(TestCorpus.raw("nanjing-rd-bulletin.pdf")))
            .isInstanceOf(io.policylens.document.RejectedException.class)
            .hasMessageContaining("parsing took longer than");
    }
}
