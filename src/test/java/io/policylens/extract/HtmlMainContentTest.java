package io.policylens.extract;

import io.policylens.text.ChineseConverter;

import io.policylens.TestCorpus;
import io.policylens.document.RejectedException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlMainContentTest {

    private final Extractor extractor = new Extractor(ExtractSettings.defaults());

    private static byte[] page(String name) throws IOException {
        try (InputStream in = HtmlMainContentTest.class.getResourceAsStream("pages/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void linkTeasersWithFullSentencesAreNotTheArticle() throws IOException, RejectedException {
        CleanDocument d = extractor.extract(TestCorpus.raw("teasers.html", "text/html", page("teasers-without-heading.html")));
        assertThat(d.title()).isEqualTo("某市出台支持科技型中小企业发展十条措施");
        assertThat(d.published()).hasToString("2025-03-12");
        assertThat(d.text()).startsWith("某市日前出台支持科技型中小企业发展的十条措施")
            .endsWith("今年全市将新培育科技型中小企业500家以上。")
            .doesNotContain("民营经济", "农产品", "城市更新", "关于我们");
    }

    @Test
    void densityPrefersPunctuatedTextAndIgnoresLinkHeavyBlocks() {
        HtmlBlocks.Node root = new HtmlBlocks.Node("div", null);
        HtmlBlocks.Block prose = new HtmlBlocks.Block(root, "某市日前出台措施，从研发投入、人才引进等方面加大支持力度。", 0);
        HtmlBlocks.Block teaser = new HtmlBlocks.Block(root, "某区召开民营经济发展大会，出台系列举措支持企业。", 24);
        HtmlBlocks.Block menu = new HtmlBlocks.Block(root, "首页 要闻 经济 社会 体育 娱乐 汽车 房产", 0);
        assertThat(HtmlMainContent.score(prose)).isGreaterThan(HtmlMainContent.score(menu));
        assertThat(HtmlMainContent.score(teaser)).isZero();
    }

    @Test
    void traditionalChineseIsSimplifiedByPhraseWithoutRegionalRewrites() {
        ChineseConverter c = ChineseConverter.opencc();
        assertThat(c.toSimplified("頭髮乾燥，乾隆年間")).isEqualTo("头发干燥，乾隆年间");
        // Taiwanese vocabulary stays itself (软体, not 软件): analysts search what the source said.
        assertThat(c.toSimplified("軟體與計程車")).isEqualTo("软体与计程车");
        assertThat(c.toSimplified("製造業週刊")).isEqualTo("制造业周刊");
    }
}
