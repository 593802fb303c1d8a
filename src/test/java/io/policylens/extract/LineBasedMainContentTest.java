package io.policylens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineBasedMainContentTest {

    private final LineBasedMainContent main = new LineBasedMainContent();

    @Test
    void keepsTheArticleBetweenCrumbAndRelatedList() {
        String page = String.join("\n",
            "当前位置:首页 > 新闻 > 正文",
            "某县发布数字经济三年行动方案",
            "2024-05-06 10:20 来源：某县融媒体中心",
            "  某县近日发布数字经济三年行动方案，提出到2026年数字经济核心产业增加值达到50亿元。",
            "方案还提出培育数字化车间20个。",
            "（完）",
            "相关文章",
            "某市召开数字经济大会",
            "版权所有 某县融媒体中心");
        MainText t = main.select(new ParsedText("", page, null, "text/plain", false));
        assertThat(t.title()).isEqualTo("某县发布数字经济三年行动方案");
        assertThat(t.published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(t.paragraphs()).containsExactly(
            "某县近日发布数字经济三年行动方案，提出到2026年数字经济核心产业增加值达到50亿元。",
            "方案还提出培育数字化车间20个。");
    }

    @Test
    void aDeclaredTitleLosesTheSiteNameAndPicksItsLine() {
        assertThat(LineBasedMainContent.cleanTitle("深圳设立产业基金_科技频道_某某网")).isEqualTo("深圳设立产业基金");
        String page = "首页 新闻 科技\n深圳设立产业基金\n深圳近日设立产业基金，规模为一百亿元，重点支持人工智能领域的发展。";
        MainText t = main.select(new ParsedText("深圳设立产业基金 - 某某网", page, null, "text/html", false));
        assertThat(t.title()).isEqualTo("深圳设立产业基金");
        assertThat(t.paragraphs()).hasSize(1);
    }
    private static final String P1 = "某市日前印发支持智能制造发展的若干措施，从技术改造、数字化车间、工业互联网平台等方面提出十二条具体举措。";
    private static final String P2 = "措施明确，对年度技术改造投资超过一千万元的项目，按设备投资额的百分之十给予补助，单个项目最高五百万元。";
    private static final String P3 = "市经信局有关负责人表示，今年全市将新建数字化车间五十个，推动规模以上工业企业数字化改造全覆盖。";

    private MainText scrape(String... lines) {
        return main.select(new ParsedText("", String.join("\n", lines), null, "text/plain", false));
    }

    @Test
    void aShareBarBeforeTheTextDoesNotEndTheArticle() {
        MainText t = scrape("某市出台智能制造若干措施", "2024-08-06 10:30 来源：某某网", "分享到：微博 微信 QQ空间",
            P1, P2, P3, "相关阅读", "某区召开民营经济发展大会");
        assertThat(t.paragraphs()).containsExactly(P1, P2, P3);
        // Nothing but furniture: an early end rule is not retried into an article.
        assertThat(scrape("某市出台智能制造若干措施", "分享到：微博 微信", "相关阅读", "某区召开民营经济发展大会").paragraphs())
            .allSatisfy(p -> assertThat(p).doesNotContain("分享到"));
    }

    @Test
    void theTextStartsAfterBylineDateSourceCreditAndCounterAndKeepsShortLines() {
        MainText t = scrape("某某新闻网", "首页 > 新闻 > 经济 > 正文", "某市出台智能制造若干措施", "记者 王海　通讯员 李一鸣",
            "来源：某某日报　2024-07-30 07:05", "1236人参与 48评论", "3421", "图为新建成的工业互联网平台展示大厅。",
            "（记者 王海 摄）", "青岛海洋经济交出上半年成绩单。", "同比增长7.2%。", "港口：吞吐量稳居全国前列", P1);
        assertThat(t.title()).isEqualTo("某市出台智能制造若干措施");
        assertThat(t.published()).isEqualTo(LocalDate.of(2024, 7, 30));
        assertThat(t.paragraphs()).containsExactly("青岛海洋经济交出上半年成绩单。", "同比增长7.2%。", "港口：吞吐量稳居全国前列", P1);
    }

    @Test
    void aBylineFusedToTheFirstParagraphIsCutWhateverTheOutlet() {
        assertThat(scrape("某市出台智能制造若干措施", "秦川新闻网讯（记者 郑宇航 通讯员 白露）" + P1, P2).paragraphs())
            .containsExactly(P1, P2);
    }

    @Test
    void photoCaptionsAreNotText() {
        assertThat(scrape("某市出台智能制造若干措施", P1, "图为新建成的工业互联网平台展示大厅。", "（市经信局供图）", P2,
            "产业园二期效果图", "资料图", "手机截图", "（资料图片）", "全市数字化车间分布示意图", P3).paragraphs())
            .containsExactly(P1, P2, P3);
    }

    @Test
    void aTailWithoutAStartOfLineKeywordIsCutFromTheEnd() {
        MainText t = scrape("某市出台智能制造若干措施", "2024-08-06", P1, P2, P3 + "返回某某网首页>>",
            "（本文资料来源：某市经信局）", "原题为《智能制造再加力》", "某市出台智能制造若干措施",
            "· 某区召开民营经济发展大会", "· 某县发布乡村振兴规划", "更多资讯请关注本号微信号：mouxinwen2024",
            "招商热线：0571-5551234 13906001234", "广告合作请加微信或手机：18650001111", "长按识别下方二维码，关注我们",
            "浙ICP备12000001号-3 某某文化传媒有限公司 版权所有", "互联网新闻信息服务许可证编号：33120170003", "技术支持：某某网络");
        assertThat(t.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aNoticesListOfAttachmentsIsCutButAnAttachmentPrintedInFullStays() {
        assertThat(LineBasedMainContent.trimTail(List.of(P1, P2, "附件：1．项目申报书（模板）", "2．推荐汇总表",
            "3．承诺书"), "")).containsExactly(P1, P2);
        assertThat(LineBasedMainContent.trimTail(List.of(P1, "附件2", "申报须知",
            "一、申报单位应当如实填写申报材料，并对材料的真实性负责。"), ""))
            .as("the attachment's own text ends in a sentence").hasSize(4);
        assertThat(LineBasedMainContent.trimTail(List.of(P1, "重点任务如下：", "1．加强组织领导和统筹协调机制建设", "2．强化财政资金保障和绩效评价管理"), ""))
            .as("a numbered list with no 附件 line above it").hasSize(4);
    }

    @Test
    void aCaptionCrumbOrSiteNameIsNeverTheTitle() {
        assertThat(scrape("香港科学园第三期扩建工程地盘。（资料图片）", "政府再注资100亿港元推动创科", "2024年10月17日 星期四 12:35",
            P1).title()).isEqualTo("政府再注资100亿港元推动创科");
        assertThat(scrape("某市人民政府网", "首页 > 政务公开 > 政策文件", "某市人民政府办公厅关于印发智能制造若干措施的通知", P1).title())
            .isEqualTo("某市人民政府办公厅关于印发智能制造若干措施的通知");
    }

    @Test
    void aSecondCopyOfTheArticleIsFoldedButRepeatedLinesStay() {
        assertThat(scrape("某市出台智能制造若干措施", P1, P2, P3, P1, P2, P3).paragraphs()).containsExactly(P1, P2, P3);
        assertThat(scrape("某市出台智能制造若干措施", P1, "import json", "import redis", "client = redis.Redis()", P2,
            "import json", "import redis", "client = redis.Redis()", P3).paragraphs())
            .containsExactly(P1, "import json", "import redis", "client = redis.Redis()", P2, "import json", "import redis",
                "client = redis.Redis()", P3);
    }

    @Test
    void aPolicysNumberSignatureAndPublicationNoteAreNotText() {
        MainText t = scrape("某市人民政府办公厅关于印发智能制造若干措施的通知", "某政办发〔2024〕18号", "各区县人民政府，市政府各部门：",
            P1, "某市人民政府办公厅", "2024年3月5日", "（此件公开发布）", P2);
        assertThat(t.paragraphs()).containsExactly("各区县人民政府，市政府各部门：", P1, P2);
    }
}
