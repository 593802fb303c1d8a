package io.policylens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

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
}
