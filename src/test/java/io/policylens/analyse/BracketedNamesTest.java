package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.policylens.analyse.Words.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BracketedNamesTest {

    private final BracketedNames names = new BracketedNames();

    @Test
    void aNameNeverRunsAcrossAQuotationMark() {
        String text = "积极推进“算力调度中心”建设。";
        List<Mention> found = List.of(mention(text, "推进“算力调度中心", EntityType.ORG));
        assertThat(names.apply(text, found, List.of())).extracting(Mention::surface).containsExactly("算力调度中心");
    }

    @Test
    void aGroupsCompanyForACountryOrACityIsNamedWithItsBracketedPlace() {
        String text = "星岚汽车集团（中国）与星岚电子公司（苏州）签约，星岚银行（总行）未参与。";
        List<Mention> found = List.of(mention(text, "星岚汽车集团", EntityType.ORG), mention(text, "中国", EntityType.LOC),
            mention(text, "星岚电子公司", EntityType.ORG), mention(text, "苏州", EntityType.LOC), mention(text, "星岚银行", EntityType.ORG));
        assertThat(names.apply(text, found, List.of())).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("星岚汽车集团（中国）", EntityType.ORG), tuple("星岚电子公司（苏州）", EntityType.ORG), tuple("星岚银行", EntityType.ORG));
    }

    @Test
    void aBodyWithItsPlaceInBracketsIsOneName() {
        String text = "宁波高新区(江北)科技局日前发布通知。";
        List<Mention> found = List.of(mention(text, "宁波高新区", EntityType.LOC), mention(text, "江北)科技局", EntityType.ORG));
        assertThat(names.apply(text, found, List.of())).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("宁波高新区(江北)科技局", EntityType.ORG));

        // The places written right before it open its name too.
        String placed = "山东省烟台市福山区（福山高新区）科技局与市财政局联合发文。";
        List<Mention> parts = List.of(mention(placed, "山东省", EntityType.LOC), mention(placed, "烟台市", EntityType.LOC),
            mention(placed, "福山区", EntityType.LOC), mention(placed, "福山高新区）科技局", EntityType.ORG),
            mention(placed, "市财政局", EntityType.ORG));
        assertThat(names.apply(placed, parts, List.of())).extracting(Mention::surface).containsExactly(
            "山东省烟台市福山区（福山高新区）科技局", "市财政局");

        // A department named by its function alone, which the tagger leaves out after the bracket, is the place's.
        String bare = "丽水市莲都区（丽水经开区）财政局发文，（试行）科技局不在其列。";
        List<Mention> places = List.of(mention(bare, "丽水市", EntityType.LOC), mention(bare, "莲都区", EntityType.LOC),
            mention(bare, "丽水经开区", EntityType.LOC));
        assertThat(names.apply(bare, places, List.of())).extracting(Mention::surface).containsExactly("丽水市莲都区（丽水经开区）财政局");
    }

    @Test
    void aCompanyWhoseTradeNameTheTaggerMissedTakesItBackAcrossItsBracketedPlace() {
        String text = "学校与星岚汽车科技（安徽）有限公司、与（上海）有限公司合作。";
        var words = Words.of(text, "学校/n", "与/cc", "星/ng", "岚/ng", "汽车/n", "科技/n", "（/w", "安徽/ns", "）/w",
            "有限公司/nis", "、/w", "与/cc", "（/w", "上海/ns", "）/w", "有限公司/nis", "合作/vn", "。/w");
        List<Mention> found = List.of(mention(text, "安徽）有限公司", EntityType.ORG), mention(text, "上海）有限公司", EntityType.ORG));
        assertThat(names.apply(text, found, words)).extracting(Mention::surface)
            .as("no trade name before the second bracket: nothing to take back, and no name begins inside a bracket")
            .containsExactly("星岚汽车科技（安徽）有限公司", "有限公司");
    }

    @Test
    void aCentreNamedInQuotationMarksIsABodyButATaskInThemIsNot() {
        String text = "两家单位共建“智能装备检测中心”，并提出“建设区域创新中心”的目标。";
        var words = Words.of(text, "两/m", "家/q", "单位/n", "共建/v", "“/w", "智能/n", "装备/n", "检测/vn", "中心/n",
            "”/w", "，/w", "并/c", "提出/v", "“/w", "建设/v", "区域/n", "创新/vn", "中心/n");
        assertThat(names.apply(text, List.of(), words)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("智能装备检测中心", EntityType.ORG));
    }

    @Test
    void aListCommaPartsTwoNames() {
        String text = "青岛大学、自然资源部第二海洋研究所等单位参加。";
        List<Mention> found = List.of(mention(text, "青岛大学、自然资源部第二海洋研究所", EntityType.ORG));
        assertThat(names.apply(text, found, List.of())).extracting(Mention::surface)
            .containsExactly("青岛大学", "自然资源部第二海洋研究所");
    }

    @Test
    void aBodyNamedAfterAQuotedNameKeepsItsMarks() {
        String text = "“春蕾计划”组委会和《集邮》杂志社联合发起。";
        List<Mention> found = List.of(mention(text, "“春蕾计划”组委会", EntityType.ORG),
            mention(text, "《集邮》杂志社", EntityType.ORG));
        assertThat(names.apply(text, found, List.of())).containsExactlyElementsOf(found);
    }

    @Test
    void aNationalZoneNamedByItsBracketedProvinceIsOnePlaceAndItsSectionsCommitteeOneBody() {
        String text = "中国（江苏）自由贸易试验区苏州片区管理委员会与园区企业座谈，企业将在中国（江苏）自由贸易试验区南京片区设厂。";
        List<Mention> found = List.of(mention(text, "中国", EntityType.LOC), mention(text, "江苏", EntityType.LOC),
            mention(text, "苏州片区管理委员会", EntityType.ORG), mention(text, "园区企业", EntityType.ORG));
        assertThat(names.apply(text, found, List.of())).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("中国（江苏）自由贸易试验区苏州片区管理委员会", EntityType.ORG), tuple("园区企业", EntityType.ORG),
            tuple("中国（江苏）自由贸易试验区南京片区", EntityType.LOC));

        // A name the tagger ran across the bracket stands; 中国 before a bracket that holds no zone is left alone.
        String other = "中国（深圳）综合开发研究院发布报告，中国（国际）服务贸易交易会开幕。";
        List<Mention> tagged = List.of(mention(other, "中国（深圳）综合开发研究院", EntityType.ORG), mention(other, "中国", EntityType.LOC, other.indexOf("中国（国际）")));
        assertThat(names.apply(other, tagged, List.of())).containsExactlyElementsOf(tagged);
    }

    @Test
    void aNameRunIntoItsShortNameInBracketsIsItsFullNameAndNoNameLeavesABracketOpen() {
        String text = "国家工业信息安全发展研究中心（工信部电子一所）发布报告，星河投资集团（福田）参与。";
        List<Mention> found = List.of(mention(text, "国家工业信息安全发展研究中心（工信部电子一所", EntityType.ORG),
            mention(text, "星河投资集团（福田", EntityType.ORG));
        assertThat(names.apply(text, found, List.of())).extracting(Mention::surface)
            .as("one body, named in its fullest form").containsExactly("国家工业信息安全发展研究中心", "星河投资集团");

        String campus = "北京理工大学（珠海）与粤港澳大湾区（广东）创新中心签约。";
        List<Mention> parts = List.of(mention(campus, "北京理工大学（珠海", EntityType.ORG), mention(campus, "广东）创新中心", EntityType.ORG));
        assertThat(names.apply(campus, parts, List.of())).extracting(Mention::surface)
            .as("a university's campus closes its bracket; a name begun inside a bracket begins after it")
            .containsExactly("北京理工大学（珠海）", "创新中心");
    }

    @Test
    void aShortNameInBracketsAfterItsFullNameIsNoSecondBodyThereOrLater() {
        String text = "湖州市产业投资发展集团有限公司（以下简称“湖州产投”）与湖州产投基金、星河集团（杭州）签约，湖州产投出资5亿元。";
        List<Mention> found = List.of(mention(text, "湖州市产业投资发展集团有限公司", EntityType.ORG), mention(text, "湖州产投", EntityType.ORG),
            mention(text, "湖州产投基金", EntityType.ORG), mention(text, "星河集团", EntityType.ORG),
            mention(text, "湖州产投", EntityType.ORG, text.lastIndexOf("湖州产投")));
        assertThat(names.apply(text, found, List.of())).extracting(Mention::surface)
            .as("another name that opens with the short name stays; a place in brackets is no short name")
            .containsExactly("湖州市产业投资发展集团有限公司", "湖州产投基金", "星河集团");
    }

    @Test
    void aSecondNameOfTheSameLengthInBracketsIsTheSameBody() {
        String text = "市市场监管局（市知识产权局）介绍，市知识产权局将联合市科技局（市外专局）和江海工业大学（南江省科学院）开展检查。";
        List<Mention> found = List.of(mention(text, "市市场监管局", EntityType.ORG), mention(text, "市知识产权局", EntityType.ORG),
            mention(text, "市知识产权局", EntityType.ORG, text.indexOf("介绍")), mention(text, "市科技局", EntityType.ORG),
            mention(text, "市外专局", EntityType.ORG), mention(text, "江海工业大学", EntityType.ORG),
            mention(text, "南江省科学院", EntityType.ORG));
        assertThat(names.apply(text, found, List.of())).extracting(Mention::surface).as("a second name of other words stays")
            .containsExactly("市市场监管局", "市科技局", "江海工业大学", "南江省科学院");
    }

    @Test
    void aZonesCommitteeAfterItsBracketedPlaceIsOneBodyButAPlacesIsNot() {
        String text = "嘉兴市高新区（秀洲）管委会受理申报，嘉兴市（秀洲）管委会未列入。";
        List<Mention> found = List.of(mention(text, "嘉兴市高新区", EntityType.LOC), Words.mention(text, "嘉兴市", EntityType.LOC, 10));
        assertThat(names.apply(text, found, List.of())).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("嘉兴市高新区（秀洲）管委会", EntityType.ORG), tuple("嘉兴市", EntityType.LOC));
    }
}
