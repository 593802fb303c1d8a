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
    void densityPrefersChinesePunctuationOverCodeAndIgnoresLinkHeavyBlocks() {
        org.jsoup.nodes.Element div = new org.jsoup.nodes.Element("div");
        HtmlBlocks.Block prose = block(div, "某市日前出台措施，从研发投入、人才引进等方面加大支持力度。", 0);
        HtmlBlocks.Block teaser = block(div, "某区召开民营经济发展大会，出台系列举措支持企业。", 24);
        HtmlBlocks.Block menu = block(div, "首页 要闻 经济 社会 体育 娱乐 汽车 房产", 0);
        HtmlBlocks.Block code = block(div, "var a = {x: 1, y: 2}; if (a.x > 0) { f(a, b, c); g(d, e); }", 0);
        assertThat(HtmlMainContent.score(prose)).isGreaterThan(HtmlMainContent.score(menu));
        assertThat(HtmlMainContent.score(prose)).isGreaterThan(5 * HtmlMainContent.score(code));
        assertThat(HtmlMainContent.score(teaser)).isZero();
    }

    private static HtmlBlocks.Block block(org.jsoup.nodes.Element owner, String text, int linkChars) {
        return new HtmlBlocks.Block(owner, text, linkChars, HtmlBlocks.Kind.TEXT, false, false, false, 0);
    }

    private CleanDocument html(String html) throws RejectedException {
        return extractor.extract(TestCorpus.raw("page.html", "text/html; charset=utf-8",
            html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static final String P1 = "某市日前印发支持智能制造发展的若干措施，从技术改造、数字化车间、工业互联网平台等方面提出十二条具体举措。";
    private static final String P2 = "措施明确，对年度技术改造投资超过一千万元的项目，按设备投资额的百分之十给予补助，单个项目最高五百万元。";
    private static final String P3 = "市经信局有关负责人表示，今年全市将新建数字化车间五十个，推动规模以上工业企业数字化改造全覆盖。";

    @Test
    void scriptStyleNoscriptAndTemplateAreNeverText() throws RejectedException {
        String css = ".nav li a{margin:0 4px;padding:2px 6px;font:14px/1.8 \"Microsoft YaHei\",sans-serif;color:#333;}\n".repeat(400);
        CleanDocument d = html("<html><head><title>某市出台智能制造若干措施_新闻_某某网</title><style>" + css + "</style>"
            + "<script>var cfg = {a: 1, b: [1, 2, 3], c: {d: \"，。；：\"}}; function f(x, y) { return x + y; }</script></head><body>"
            + "<noscript>您的浏览器未开启脚本，部分功能将无法使用，请开启后刷新本页面。为获得更好的体验，请使用最新浏览器。</noscript>"
            + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/n\">新闻</a></div>"
            + "<div class=\"article\"><h1>某市出台智能制造若干措施</h1><p>" + P1 + "</p>"
            + "<script>document.write('<div class=\"ad\">广告位招租，联系电话：0571-88886666，欢迎来电咨询合作事宜。</div>');</script>"
            + "<p>" + P2 + "</p><template><p>某区召开民营经济发展大会，出台系列举措支持民营企业做大做强，推动高质量发展。</p></template>"
            + "<p>" + P3 + "</p></div></body></html>");
        assertThat(d.title()).isEqualTo("某市出台智能制造若干措施");
        assertThat(d.text()).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void theHeadlineIsTheHeadingThatMatchesTheTitleNotACounterSloganOrPrefix() throws RejectedException {
        CleanDocument d = html("<html><head><title>要闻|某市出台智能制造若干措施 技改项目最高补助500万元_经济频道_某某网</title></head><body>"
            + "<h2>奋进新征程 建功新时代</h2><h2>某市出台智能制造</h2>"
            + "<div class=\"head\"><h1>某市出台智能制造若干措施</h1><div class=\"share\"><a href=\"#\">微信</a><a href=\"#\">微博</a></div>"
            + "<h3>技改项目最高补助500万元</h3><h5>1236人参与 48评论</h5><div>来源：某某网 2024-08-06 10:30</div></div>"
            + "<div class=\"side\"><ul><li><a href=\"/1\">某区召开民营经济发展大会</a></li><li><a href=\"/2\">某县发布乡村振兴规划</a></li></ul></div>"
            + "<div class=\"main\"><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div></body></html>");
        assertThat(d.title()).isEqualTo("某市出台智能制造若干措施");
        assertThat(d.published()).hasToString("2024-08-06");
        assertThat(d.text()).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void noHeadlineRatherThanAWrongOne() throws RejectedException {
        CleanDocument d = html("<html><head><title>某某网</title></head><body><div class=\"byline\">记者 张三</div>"
            + "<div><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>");
        assertThat(d.title()).isEmpty();
        assertThat(d.text()).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void photoCaptionsInEveryFormAreDropped() throws RejectedException {
        CleanDocument d = html("<html><head><title>某市出台智能制造若干措施</title></head><body><div class=\"content\">"
            + "<h1>某市出台智能制造若干措施</h1>"
            + "<figure><img src=\"a.jpg\"><figcaption>市民在智能制造展示中心参观体验工业机器人。</figcaption></figure>"
            + "<p>" + P1 + "</p>"
            + "<p style=\"text-align:center\"><img src=\"b.jpg\"></p><p>数字化车间内的工业机器人生产线</p>"
            + "<p>图为新建成的工业互联网平台展示大厅。</p>"
            + "<p>" + P2 + "</p>"
            + "<p>（市经信局供图）</p><p>产业园二期效果图</p><p>资料图</p><p style=\"text-align:center\">全市数字化车间分布示意图</p>"
            + "<p>新建的智能工厂厂房。 受访者供图</p>"
            + "<p>" + P3 + "</p></div></body></html>");
        assertThat(d.text()).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void theDateIsTheOnePageDeclaresOrShowsByTheHeadlineNeverARelatedArticles() throws RejectedException {
        String related = "<div class=\"related\"><ul><li><a href=\"/1\">某区召开民营经济发展大会</a><time datetime=\"2024-09-30\">2024-09-30</time></li>"
            + "<li><a href=\"/2\">某县发布乡村振兴规划</a><span>2024-09-28</span></li></ul></div>";
        String body = "<h1>某市出台智能制造若干措施</h1><div class=\"info\">作者：张三</div><div class=\"text\"><p>" + P1 + "</p><p>"
            + P2 + "</p></div>";
        assertThat(html("<html><head><title>t</title><meta property=\"article:published_time\" content=\"2024-08-06T10:30:00+08:00\">"
            + "</head><body>" + body + related + "</body></html>").published()).hasToString("2024-08-06");
        assertThat(html("<html><head><title>t</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2024-08-07T08:00:00+08:00\"}</script></head><body>" + body + related + "</body></html>")
            .published()).hasToString("2024-08-07");
        assertThat(html("<html><head><title>t</title></head><body><h1>某市出台智能制造若干措施</h1><div>发布时间：2024-08-08 09:00</div>"
            + "<div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p></div>" + related + "</body></html>").published())
            .hasToString("2024-08-08");
        assertThat(html("<html><head><title>t</title></head><body>" + body + related + "</body></html>").published())
            .as("only the related list has dates").isNull();
    }

    @Test
    void aTieGoesToTheFirstAndASecondCopyOfTheArticleIsFolded() throws RejectedException {
        String copy = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
        String page = "<html><head><title>某市出台智能制造若干措施</title></head><body><h1>某市出台智能制造若干措施</h1>"
            + "<div class=\"detail\"><div class=\"pc\">" + copy + "</div><div class=\"mobile\">" + copy + "</div></div></body></html>";
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            texts.add(html(page).text());
        }
        assertThat(texts).containsExactly(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void anArticleAScriptRevealsIsReadAndIconGlyphsAreNot() throws RejectedException {
        CleanDocument d = html("<html><head><title></title><meta property=\"og:title\" content=\"某市出台智能制造若干措施\">"
            + "<script>var ct = \"1722911400\";</script></head><body><h1 id=\"activity-name\">某市出台智能制造若干措施</h1>"
            + "<div class=\"meta\"><i class=\"icon\">\ue60e</i><span>12</span></div>"
            + "<div id=\"js_content\" style=\"visibility: hidden;\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
            + "<div style=\"display:none\">登录后可以发表评论，请输入用户名和密码。</div></body></html>");
        assertThat(d.title()).isEqualTo("某市出台智能制造若干措施");
        assertThat(d.published()).hasToString("2024-08-06");
        assertThat(d.text()).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void aCentredBoldLineIsACaptionUnlessItHeadsAPartOfThePolicy() throws RejectedException {
        CleanDocument d = html("<html><head><title>关于印发某市智能制造补助细则的通知</title></head><body>"
            + "<h1>关于印发某市智能制造补助细则的通知</h1><div class=\"text\">"
            + "<p style=\"text-align:center\">某经信〔2024〕12号</p><p>" + P1 + "</p>"
            + "<center><strong>活动现场</strong></center>"
            + "<p style=\"text-align:center\"><strong>某市智能制造补助细则</strong></p>"
            + "<p style=\"text-align:center\"><strong>一、总体要求</strong></p><p>" + P2 + "</p>"
            + "<p style=\"text-align:center\"><strong>01 数字化车间</strong></p><p>" + P3 + "</p></div></body></html>");
        assertThat(d.text()).isEqualTo(P1 + "\n某市智能制造补助细则\n一、总体要求\n" + P2 + "\n01 数字化车间\n" + P3);
        assertThat(d.policy().documentNumber()).isEqualTo("某经信〔2024〕12号");
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
