package io.policylens.analyse;

import io.policylens.document.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ListedNamesTest {

    private final ListedNames listed = new ListedNames();

    @Test
    void companiesListedBeforeAWordForCompaniesAreOrganisationsWhateverTheTaggerMadeOfThem() {
        String text = "鼓励比亚迪、宁德时代、隆基绿能等龙头企业牵头组建创新联合体。";
        var words = Words.of(text, "鼓励/v", "比亚迪/nrf", "、/w", "宁德/ns", "时代/n", "、/w", "隆/ag", "基/ng", "绿/a", "能/v",
            "等/udeng", "龙头/n", "企业/n", "牵头/vi", "组建/v", "创新/vi", "联合体/n", "。/w");
        List<Mention> found = List.of(Words.mention(text, "比亚迪", EntityType.PER), Words.mention(text, "宁德", EntityType.LOC));
        assertThat(listed.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("比亚迪", EntityType.ORG), tuple("宁德时代", EntityType.ORG), tuple("隆基绿能", EntityType.ORG));
    }

    @Test
    void theHeadMayBeDescribedByAFewWordsButNotByAFieldOrAPlace() {
        String text = "星辰锂电、恒远智驾等一批电池和换电企业落户，晨光能源、远航储能等领域企业观望，包括云/帆、极/兔在内的多家企业参与。"
            .replace("/", "");
        var words = Words.of(text, "星辰/n", "锂/ng", "电/n", "、/w", "恒/ag", "远/a", "智/ng", "驾/vg", "等/udeng", "一批/mq",
            "电池/n", "和/cc", "换/v", "电/n", "企业/n", "落户/vi", "，/w", "晨光/n", "能源/n", "、/w", "远航/vn", "储能/vn", "等/udeng",
            "领域/n", "企业/n", "观望/v", "，/w", "包括/v", "云/n", "帆/ng", "、/w", "极/d", "兔/ng", "在内/f", "的/ude1", "多家/mq",
            "企业/n", "参与/v", "。/w");
        assertThat(listed.apply(text, List.of(), words)).extracting(Mention::surface)
            .containsExactly("星辰锂电", "恒远智驾", "云帆", "极兔");
    }

    @Test
    void theFirstItemOpensAfterTheClausesVerbAndKeepsAVerbOfItsOwn() {
        String text = "支持大疆创新、优必选、OPPO等杭州企业参展。";
        var words = Words.of(text, "支持/v", "大/a", "疆/b", "创新/vi", "、/w", "优/ag", "必/d", "选/v", "、/w", "OPPO/nx",
            "等/udeng", "杭州/ns", "企业/n", "参展/vi", "。/w");
        assertThat(ListedNames.lists(words)).containsExactly(List.of(span(text, "大疆创新"), span(text, "优必选"), span(text, "OPPO")));
        assertThat(listed.apply(text, List.of(Words.mention(text, "杭州", EntityType.LOC)), words)).extracting(Mention::surface)
            .containsExactly("大疆创新", "优必选", "OPPO", "杭州");
    }

    @Test
    void aCompanysShortNameVouchesForItsSiblings() {
        String text = "中兵光电、航天电器、振川科技等军工电子企业获得调研。";
        var words = Words.of(text, "中兵/j", "光电/b", "、/w", "航天/n", "电器/n", "、/w", "振川/nz", "科技/n", "等/udeng", "军工/n",
            "电子/n", "企业/n", "获得/v", "调研/vn", "。/w");
        assertThat(listed.apply(text, List.of(), words)).extracting(Mention::surface).containsExactly("中兵光电", "航天电器", "振川科技");
    }

    @Test
    void fieldsPlacesAndCommonWordsListedBeforeCompaniesAreNoNames() {
        String fields = "新材料、生物医药、人工智能等领域企业，以及新材料、新能源等企业。";
        var fieldWords = Words.of(fields, "新/a", "材料/n", "、/w", "生物/n", "医药/n", "、/w", "人工智能/n", "等/udeng",
            "领域/n", "企业/n", "，/w", "以及/cc", "新/a", "材料/n", "、/w", "新能源/nz", "等/udeng", "企业/n", "。/w");
        assertThat(listed.apply(fields, List.of(), fieldWords)).isEmpty();

        String places = "深圳、东莞等地企业和苏州、无锡等企业。";
        var placeWords = Words.of(places, "深圳/ns", "、/w", "东莞/ns", "等/udeng", "地/n", "企业/n", "和/cc", "苏州/ns", "、/w",
            "无锡/ns", "等/udeng", "企业/n", "。/w");
        List<Mention> found = List.of(Words.mention(places, "深圳", EntityType.LOC), Words.mention(places, "东莞", EntityType.LOC),
            Words.mention(places, "苏州", EntityType.LOC), Words.mention(places, "无锡", EntityType.LOC));
        assertThat(listed.apply(places, found, placeWords)).extracting(Mention::type).containsOnly(EntityType.LOC).hasSize(4);
    }

    @Test
    void anItemEndingWithTheBodyWordOfAListedOrganisationIsOne() {
        String text = "交通银行、邮储银行和兴业银行相继下调存款利率，税务部门、邮储银行另有安排。";
        var words = Words.of(text, "交通/n", "银行/nis", "、/w", "邮储/n", "银行/nis", "和/cc", "兴业银行/ntcb", "相继/d",
            "下调/v", "存款/n", "利率/n", "，/w", "税务/n", "部门/n", "、/w", "邮储/n", "银行/nis", "另/d", "有/vyou", "安排/vn", "。/w");
        List<Mention> found = List.of(Words.mention(text, "兴业银行", EntityType.ORG));
        assertThat(listed.apply(text, found, words)).extracting(Mention::surface)
            .as("the lists' items with their sibling's 银行; 税务部门 ends with no body word")
            .containsExactly("交通银行", "邮储银行", "兴业银行");
    }

    @Test
    void anOrganisationRunAcrossAConjunctionOrARelatingVerbBetweenTwoWholeBodiesIsTwo() {
        String text = "科技部火炬中心与中国信息通信研究院合作，市人力资源和社会保障局参加，高雄市政府经济发展局委托资策会办理培训，"
            + "省科技厅会同推进。";
        var words = Words.of(text, "科技部/nis", "火炬/n", "中心/n", "与/cc", "中国/ns", "信息/n", "通信/vn", "研究院/nis", "合作/vn", "，/w",
            "市/n", "人力资源/n", "和/cc", "社会保障/n", "局/n", "参加/v", "，/w", "高雄/ns", "市政府/nis", "经济/n", "发展局/nis",
            "委托/vn", "资/ng", "策/ng", "会/v", "办理/v", "培训/vn", "，/w", "省/n", "科技厅/nis", "会同/v", "推进/v", "。/w");
        List<Mention> found = List.of(Words.mention(text, "科技部火炬中心与中国信息通信研究院", EntityType.ORG),
            Words.mention(text, "市人力资源和社会保障局", EntityType.ORG), Words.mention(text, "高雄市政府经济发展局委托资策会", EntityType.ORG),
            Words.mention(text, "省科技厅会同推进", EntityType.ORG));
        assertThat(listed.apply(text, found, words)).extracting(Mention::surface)
            .as("人力资源 ends no body: one bureau named by two fields stays whole; after a verb, a body only where it ends as one")
            .containsExactly("科技部火炬中心", "中国信息通信研究院", "市人力资源和社会保障局", "高雄市政府经济发展局", "资策会", "省科技厅");
    }

    @Test
    void aCompanyRunOverTheWordForItsSubsidiaryAndACustomsHouseAfterARelatingVerbAreBodiesOfTheirOwn() {
        String text = "远洋物流集团有限公司旗下远洋码头控股有限公司开工，福建省商务厅联合厦门海关推进。";
        var words = Words.of(text, "远洋/b", "物流/n", "集团/nis", "有限公司/nis", "旗下/n", "远洋/b", "码头/n", "控股/vn",
            "有限公司/nis", "开工/vi", "，/w", "福建省/ns", "商务厅/nis", "联合/vd", "厦门/ns", "海关/nis", "推进/v", "。/w");
        List<Mention> found = List.of(Words.mention(text, "远洋物流集团有限公司旗下远洋码头控股有限公司", EntityType.ORG),
            Words.mention(text, "福建省商务厅联合厦门海关", EntityType.ORG));
        assertThat(listed.apply(text, found, words)).extracting(Mention::surface)
            .as("the rest after the relating word ends as a body (有限公司, 海关), not only as a short form")
            .containsExactly("远洋物流集团有限公司", "远洋码头控股有限公司", "福建省商务厅", "厦门海关");
    }

    @Test
    void aShortClauseOpeningWithTheListIsItsFirstItemAndANameVouchesForItsSiblings() {
        String text = "产能提升；中/创新航、蜂巢能源、星源材质等电池企业扩产，力积电、世/芯等大厂跟进。".replace("/", "");
        var words = Words.of(text, "产能/vn", "提升/v", "；/w", "中/f", "创/v", "新航/n", "、/w", "蜂巢/n", "能源/n", "、/w",
            "星源/nz", "材质/n", "等/udeng", "电池/n", "企业/n", "扩产/v", "，/w", "力积电/nz", "、/w", "世/ng", "芯/n", "等/udeng",
            "大厂/n", "跟进/v", "。/w");
        assertThat(listed.apply(text, List.of(), words)).extracting(Mention::surface)
            .as("中创新航 and 世芯 are cut into characters: names; the two-word items and a proper noun stand with them")
            .containsExactly("中创新航", "蜂巢能源", "星源材质", "力积电", "世芯");
    }

    @Test
    void zonesTownsAndStreetsListedBesideAPlaceArePlaces() {
        String text = "重点扶持白鹭小镇、青瓷小镇、柳岸小镇发展，在东溪街道、南塘街道试点，并与江北新城、临港产业集聚区对接。";
        var words = Words.of(text, "重点/d", "扶持/v", "白鹭/n", "小镇/n", "、/w", "青瓷/n", "小镇/n", "、/w", "柳/ng", "岸/n",
            "小镇/n", "发展/vn", "，/w", "在/p", "东溪/ns", "街道/n", "、/w", "南塘/n", "街道/n", "试点/vn", "，/w", "并/c", "与/p",
            "江北/ns", "新城/n", "、/w", "临港/ns", "产业/n", "集聚区/n", "对接/v", "。/w");
        List<Mention> found = List.of(Words.mention(text, "青瓷小镇", EntityType.LOC), Words.mention(text, "东溪街道", EntityType.LOC),
            Words.mention(text, "江北新城", EntityType.LOC), Words.mention(text, "临港", EntityType.LOC));
        assertThat(listed.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("白鹭小镇", EntityType.LOC), tuple("青瓷小镇", EntityType.LOC), tuple("柳岸小镇", EntityType.LOC),
            tuple("东溪街道", EntityType.LOC), tuple("南塘街道", EntityType.LOC), tuple("江北新城", EntityType.LOC),
            tuple("临港产业集聚区", EntityType.LOC));

        // A zone's name may hold a verb (临/…); the last item reaches its zone's word, not past a function word.
        String zones = "滨湖新区、肥东经开区、临湖经开区三方共建，与芜湖、马鞍山的产业园区协作。";
        var zoneWords = Words.of(zones, "滨湖/ns", "新区/n", "、/w", "肥东/ns", "经开区/nz", "、/w", "临/v", "湖/n", "经开区/nz",
            "三方/n", "共建/v", "，/w", "与/p", "芜湖/ns", "、/w", "马鞍山/ns", "的/ude1", "产业园区/n", "协作/vn", "。/w");
        List<Mention> zoneFound = List.of(Words.mention(zones, "滨湖新区", EntityType.LOC), Words.mention(zones, "芜湖", EntityType.LOC),
            Words.mention(zones, "马鞍山", EntityType.LOC));
        assertThat(listed.apply(zones, zoneFound, zoneWords)).extracting(Mention::surface).containsExactly(
            "滨湖新区", "肥东经开区", "临湖经开区", "芜湖", "马鞍山");

        // A town the tagger found whole stands: the first item's clause (带队深入) is none of its name.
        String visit = "带队深入沙溪镇、南岗镇等地督导检查。";
        var visitWords = Words.of(visit, "带队/vi", "深入/ad", "沙溪镇/ns", "、/w", "南岗镇/ns", "等/udeng", "地/ude2", "督导/vn",
            "检查/vn", "。/w");
        assertThat(listed.apply(visit, List.of(Words.mention(visit, "沙溪镇", EntityType.LOC), Words.mention(visit, "南岗镇",
            EntityType.LOC)), visitWords)).extracting(Mention::surface).containsExactly("沙溪镇", "南岗镇");

        // Without a place beside them, listed items ending so are left to the tagger (新区、新城 as kinds of places).
        String kinds = "规划建设特色小镇、产业新城。";
        assertThat(listed.apply(kinds, List.of(), Words.of(kinds, "规划/vn", "建设/vn", "特色/n", "小镇/n", "、/w", "产业/n",
            "新城/n", "。/w"))).isEmpty();
    }

    @Test
    void aPlaceWrittenWithNoPlacesWordAmongOrganisationsIsOne() {
        String text = "数码港、香港科技园公司及香港生产力促进局联合主办，深圳、腾讯、华为参加。";
        var words = Words.of(text, "数码/n", "港/n", "、/w", "香港/ns", "科技园/nz", "公司/nis", "及/cc", "香港/ns", "生产力/n",
            "促进局/nis", "联合/vd", "主办/v", "，/w", "深圳/ns", "、/w", "腾讯/ntc", "、/w", "华为/nt", "参加/v", "。/w");
        List<Mention> found = List.of(Words.mention(text, "数码港", EntityType.LOC), Words.mention(text, "香港科技园公司", EntityType.ORG),
            Words.mention(text, "香港生产力促进局", EntityType.ORG), Words.mention(text, "深圳", EntityType.LOC),
            Words.mention(text, "腾讯", EntityType.ORG), Words.mention(text, "华为", EntityType.ORG));
        assertThat(listed.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("数码港", EntityType.ORG), tuple("香港科技园公司", EntityType.ORG), tuple("香港生产力促进局", EntityType.ORG),
            tuple("深圳", EntityType.LOC), tuple("腾讯", EntityType.ORG), tuple("华为", EntityType.ORG));
    }

    private static Span span(String text, String surface) {
        int b = text.indexOf(surface);
        return new Span(b, b + surface.length());
    }

    @Test
    void aUniversityOpeningAListedSchoolStandsForItsSchool() {
        String text = "学校与南湖大学医学院、清溪大学测绘学院等单位开展合作。";
        var words = Words.of(text, "学校/nis", "与/cc", "南湖/ns", "大学/nis", "医学院/nis", "、/w", "清溪/ns", "大学/nis", "测绘/vn",
            "学院/nis", "等/udeng", "单位/n", "开展/v", "合作/vn", "。/w");
        List<Mention> found = List.of(Words.mention(text, "南湖大学", EntityType.ORG), Words.mention(text, "清溪大学", EntityType.ORG));
        assertThat(listed.apply(text, found, words)).extracting(Mention::surface).containsExactly("南湖大学", "清溪大学");
    }

    @Test
    void aSubsidiaryNamedAfterItsOwnerIsABody() {
        String text = "星河控股集团旗下云帆银行开业，集团旗下多只基金上涨。";
        var words = Words.of(text, "星河/n", "控股/vn", "集团/nis", "旗下/d", "云帆/nz", "银行/nis", "开业/vi", "，/w", "集团/nis",
            "旗下/d", "多/m", "只/q", "基金/n", "上涨/vi");
        List<Mention> found = List.of(Words.mention(text, "星河控股集团", EntityType.ORG));
        assertThat(listed.apply(text, found, words)).extracting(Mention::surface)
            .as("a count opens no name").containsExactly("星河控股集团", "云帆银行");
    }

    @Test
    void aNameListedAfterThingsIsAThingWhereverTheTextNamesIt() {
        String text = "苹果、香梨、阿依果都已采收，阿依果今年增产。王明、李华、张强出席。";
        var words = Words.of(text, "苹果/n", "、/w", "香梨/n", "、/w", "阿/b", "依/p", "果/ng", "都/d", "已/d", "采收/v", "，/w",
            "阿/b", "依/p", "果/ng", "今年/t", "增产/vi", "。/w", "王明/nr", "、/w", "李华/nr", "、/w", "张强/nr", "出席/v");
        List<Mention> found = List.of(Words.mention(text, "阿依果", EntityType.PER), Words.mention(text, "阿依果", EntityType.PER, 10),
            Words.mention(text, "王明", EntityType.PER), Words.mention(text, "李华", EntityType.PER), Words.mention(text, "张强", EntityType.PER));
        assertThat(listed.apply(text, found, words)).extracting(Mention::surface).containsExactly("王明", "李华", "张强");
    }
}
