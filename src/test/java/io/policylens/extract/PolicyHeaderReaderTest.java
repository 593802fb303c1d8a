package io.policylens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyHeaderReaderTest {

    @Test
    void aTableGivesLabelsAndValuesInCellsOfTheirOwn() {
        PolicyHeaderReader.Read r = PolicyHeaderReader.header(List.of("当前位置：首页 > 政务公开", "索引号",
            "002482070/2024-00341", "主题分类", "工业、交通/其他", "发文机关", "浙江省人民政府办公厅", "成文日期", "2024-06-18",
            "发文字号", "浙政办发〔2024〕27号", "发布日期", "2024-06-21", "有效性", "有效", "浙江省人民政府办公厅关于加快推进低空经济发展的实施意见"));
        assertThat(r.header()).isEqualTo(new PolicyHeader("002482070/2024-00341", "浙江省人民政府办公厅", "浙政办发〔2024〕27号",
            LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 21), "工业、交通/其他", "有效", List.of()));
        assertThat(r.lines()).contains("索引号", "002482070/2024-00341", "有效").doesNotContain("当前位置：首页 > 政务公开",
            "浙江省人民政府办公厅关于加快推进低空经济发展的实施意见");
    }

    @Test
    void labelValuePairsOneOrSeveralToALineAndInTraditionalWriting() {
        assertThat(PolicyHeaderReader.header(List.of("索 引 号：11500000MB1234567X/2024-00123　发布机构：重庆市人民政府办公厅",
            "发文字号：渝府办发[2024]18号", "有 效 性：有效")).header())
            .isEqualTo(new PolicyHeader("11500000MB1234567X/2024-00123", "重庆市人民政府办公厅", "渝府办发〔2024〕18号", null,
                null, null, "有效", List.of()));
        assertThat(PolicyHeaderReader.header(List.of("發布機關：臺中市政府經濟發展局", "發文字號：府授經商字第1130123456號",
            "發布日期：113-05-10")).header())
            .isEqualTo(new PolicyHeader(null, "臺中市政府經濟發展局", "府授經商字第1130123456号", null, LocalDate.of(2024, 5, 10),
                null, null, List.of()));
    }

    @Test
    void aBareClassLabelCountsWithItsColonOnlyAndIdeographicSpacesSpaceLabels() {
        PolicyHeaderReader.Read r = PolicyHeaderReader.header(List.of("索　引　号：", "014500858/2025-00017", "分　　类：",
            "工业、交通\\信息产业", "发文机关：", "江西省人民政府办公厅", "分类推进产业园区改造提升"));
        assertThat(r.header().topic()).isEqualTo("工业、交通\\信息产业");
        assertThat(r.header().indexNumber()).isEqualTo("014500858/2025-00017");
        assertThat(r.lines()).doesNotContain("分类推进产业园区改造提升");
    }

    @Test
    void oneLabelIsNoHeader() {
        assertThat(PolicyHeaderReader.header(List.of("发布日期：2024-06-21", "某市召开民营经济发展大会")).header())
            .isEqualTo(PolicyHeader.NONE);
    }

    @Test
    void withoutAHeaderTheTextGivesNumberIssuerAndDate() {
        assertThat(PolicyHeaderReader.fromText(List.of("杭科高〔2024〕86号", "各区、县（市）科技局、财政局：", "正文。",
            "杭州市科学技术局　杭州市财政局", "二〇二四年九月十二日")))
            .isEqualTo(new PolicyHeader(null, "杭州市科学技术局 杭州市财政局", "杭科高〔2024〕86号", LocalDate.of(2024, 9, 12),
                null, null, null, List.of()));
        assertThat(PolicyHeaderReader.fromText(List.of("据统计，全市发文字号为某某〔2024〕1号的文件已经撤回。", "正文。")))
            .as("a number inside a sentence is not the document's").isEqualTo(PolicyHeader.NONE);
    }

    @Test
    void citationsAreTitledDocumentsWithTheirNumbersButNotQuotationsOrItself() {
        String text = "为贯彻落实《国务院办公厅关于促进通用航空业发展的指导意见》（国办发〔2016〕38号）和《无人驾驶航空器飞行管理暂行条例》，"
            + "依据「中小企業發展條例」第十條，再读《人民日报》评论「这是一个好政策」，并修正「臺中市數位轉型補助作業要點」。"
            + "《国务院办公厅关于促进通用航空业发展的指导意见》要求……";
        assertThat(PolicyHeaderReader.citations(text, "公告修正「臺中市數位轉型補助作業要點」")).containsExactly(
            new PolicyHeader.Citation("国务院办公厅关于促进通用航空业发展的指导意见", "国办发〔2016〕38号"),
            new PolicyHeader.Citation("无人驾驶航空器飞行管理暂行条例", null),
            new PolicyHeader.Citation("中小企業發展條例", null));
    }
}
