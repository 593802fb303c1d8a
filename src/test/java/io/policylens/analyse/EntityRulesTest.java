package io.policylens.analyse;

import io.policylens.document.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EntityRulesTest {

    private final EntityRules rules = new EntityRules(Set.of("南山区", "顺德区", "成都市", "深圳市", "诸暨市"));

    private static List<io.policylens.text.Token> words(String text, String... words) {
        return Words.of(text, words);
    }

    private static Mention m(String text, String surface, EntityType type) {
        return Words.mention(text, surface, type);
    }

    @Test
    void aPersonOfThreeCharactersOpensWithAFamilyNameOrIsWrittenBySound() {
        String text = "手机用上麒麟芯片，陈立新、欧阳明和撒切尔夫人都到场。";
        assertThat(EntityRules.fragment(m(text, "上麒麟", EntityType.PER))).isTrue();
        assertThat(EntityRules.fragment(m(text, "陈立新", EntityType.PER))).isFalse();
        assertThat(EntityRules.fragment(m(text, "欧阳明", EntityType.PER))).isFalse();
        assertThat(EntityRules.fragment(m(text, "撒切尔", EntityType.PER))).isFalse();
        assertThat(EntityRules.fragment(m(text, "上麒麟", EntityType.ORG))).as("only persons").isFalse();
    }

    @Test
    void aPlaceCutBeforeItsSuffixIsCompleted() {
        String text = "南山区将建设人工智能创新街区。";
        assertThat(rules.apply(text, List.of(m(text, "南山", EntityType.LOC))))
            .extracting(Mention::surface, Mention::type).containsExactly(tuple("南山区", EntityType.LOC));
    }

    @Test
    void zonesAreWhole() {
        String text = "在南太湖新区，研究院集聚人才。";
        assertThat(rules.apply(text, List.of(m(text, "南太湖", EntityType.LOC)))).extracting(Mention::surface)
            .containsExactly("南太湖新区");
    }

    @Test
    void organisationsJoinedByHeAreOneName() {
        String text = "由成都市科学技术局会同成都市人力资源和社会保障局负责实施。";
        List<Mention> found = List.of(m(text, "成都市科学技术局", EntityType.ORG),
            new Mention(new Span(11, 14), "成都市", EntityType.LOC, "成都市"), m(text, "社会保障局", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("成都市科学技术局", EntityType.ORG), tuple("成都市人力资源和社会保障局", EntityType.ORG));
    }

    @Test
    void divisionsTheTaggerMissedAreAddedWithoutOverlaps() {
        String text = "顺德区企业代表介绍经验，深圳市科技创新局表示支持。";
        List<Mention> out = rules.apply(text, List.of(m(text, "深圳市科技创新局", EntityType.ORG)));
        assertThat(out).extracting(Mention::surface).containsExactly("顺德区", "深圳市科技创新局");
    }

    @Test
    void aPlaceOrBodyRightBeforeABodyIsPartOfItsName() {
        String text = "深圳市科技创新局和中国人民银行常德市中心支行联合发文。";
        List<Mention> found = List.of(m(text, "深圳市", EntityType.LOC), m(text, "科技创新局", EntityType.ORG),
            m(text, "中国人民银行", EntityType.ORG), m(text, "常德市中心支行", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("深圳市科技创新局", EntityType.ORG), tuple("中国人民银行常德市中心支行", EntityType.ORG));
        // a list keeps its parts: 、 stands between them
        String list = "深圳市、科技创新局";
        assertThat(rules.apply(list, List.of(m(list, "深圳市", EntityType.LOC), m(list, "科技创新局", EntityType.ORG))))
            .hasSize(2);
    }

    @Test
    void bareSuffixWordsAndSingleCharactersAreNoNames() {
        String text = "公司与研究院、党委和创新团队，由张负责。";
        List<Mention> found = List.of(m(text, "公司", EntityType.ORG), m(text, "研究院", EntityType.ORG),
            m(text, "党委", EntityType.ORG), m(text, "创新团队", EntityType.ORG), m(text, "张", EntityType.PER));
        assertThat(rules.apply(text, found)).isEmpty();
    }

    @Test
    void bodiesNamedByTheirLevelAreWholeOrganisations() {
        String text = "省科技厅规划处负责人说，诸暨市科技局和区发改局将争取国家发改委支持，加快城市更新局面。";
        List<io.policylens.text.Token> words = words(text, "省", "科技厅/nis", "规划处", "负责人", "说", "，", "诸暨市",
            "科技局/nis", "和", "区", "发改局/nis", "将", "争取", "国家", "发改委/nis", "支持", "，", "加快", "城市", "更新",
            "局面", "。");
        List<Mention> found = List.of(m(text, "省科技厅规划处", EntityType.ORG), m(text, "市科技局", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("省科技厅", EntityType.ORG), tuple("诸暨市科技局", EntityType.ORG), tuple("区发改局", EntityType.ORG),
            tuple("国家发改委", EntityType.ORG));
        String office = "由区仓前街道办事处负责。";
        assertThat(rules.apply(office, List.of(), words(office, "由/p", "区/n", "仓前/ns", "街道/n", "办事处/n", "负责/v", "。/w")))
            .extracting(Mention::surface).containsExactly("区仓前街道办事处");
        String long_ = "自治区人力资源和社会保障厅推出人才卡，市场监管部门联合公安局检查。";
        assertThat(rules.apply(long_, List.of(), words(long_, "自治区/n", "人力资源/n", "和/cc", "社会保障/n", "厅/n", "推出/v", "人才/n",
            "卡/n", "，/w", "市场/n", "监管/vn", "部门/n", "联合/vd", "公安局/nis", "检查/vn", "。/w"))).extracting(Mention::surface)
            .as("a field of nine characters; 市 of 市场 opens no body").containsExactly("自治区人力资源和社会保障厅");
    }

    @Test
    void anInternalUnitFoldsIntoItsParentButNamedUnitsStay() {
        String text = "财政部预算司、常德市互联网信息办公室与腾讯玄武安全实验室、诸暨市浣东街道办事处。";
        List<Mention> found = List.of(m(text, "财政部预算司", EntityType.ORG), m(text, "常德市互联网信息办公室", EntityType.ORG),
            m(text, "腾讯玄武安全实验室", EntityType.ORG), m(text, "诸暨市浣东街道办事处", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface)
            .containsExactly("财政部", "常德市互联网信息办公室", "腾讯玄武安全实验室", "诸暨市浣东街道办事处");
    }

    @Test
    void aCourtsOrAProcuratoratesOwnDepartmentFoldsIntoItButATribunalStays() {
        String text = "市中级人民法院执行局与区人民检察院第三检察部、温州市人民法院民事审判第二庭和最高人民法院第一巡回法庭座谈，"
            + "市中院知识产权庭参加。";
        List<Mention> found = List.of(m(text, "市中级人民法院执行局", EntityType.ORG), m(text, "区人民检察院第三检察部", EntityType.ORG),
            m(text, "温州市人民法院民事审判第二庭", EntityType.ORG), m(text, "最高人民法院第一巡回法庭", EntityType.ORG),
            m(text, "市中院知识产权庭", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface)
            .containsExactly("市中级人民法院", "区人民检察院", "温州市人民法院", "最高人民法院第一巡回法庭", "市中院");
    }

    @Test
    void aTeamsUnitFoldsIntoItsParentAndACompanysBranchByRegionStays() {
        String text = "市第二人民医院心内科团队与星岚电网有限公司华南分部、星岚科技股份有限公司财务部合作。";
        List<Mention> found = List.of(m(text, "市第二人民医院心内科团队", EntityType.ORG),
            m(text, "星岚电网有限公司华南分部", EntityType.ORG), m(text, "星岚科技股份有限公司财务部", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface)
            .containsExactly("市第二人民医院", "星岚电网有限公司华南分部", "星岚科技股份有限公司");
    }

    @Test
    void aBodyTheTaggerBeganInsideAKnownBodysNameIsTheKnownBodysUnit() {
        String text = "工业和信息化部电子第五研究所发布报告，交通运输部和省交通运输厅随后转发。";
        var words = words(text, "工业/n", "和/cc", "信息化/vn", "部/n", "电子/n", "第五/mq", "研究所/nis", "发布/v", "报告/n",
            "，/w", "交通运输部/nt", "和/cc", "省/n", "交通运输/n", "厅/n", "随后/d", "转发/v", "。/w");
        List<Mention> found = List.of(m(text, "信息化部电子第五研究所", EntityType.ORG), m(text, "运输部和省交通运输厅", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("not across 和").containsExactly("工业和信息化部电子第五研究所", "交通运输部", "省交通运输厅");
    }

    @Test
    void aPlaceBeforeAVerbOfAgreeingIsAPlaceAndNoZoneRunsOverTheVerb() {
        String text = "研究所与合肥市签订雷达产业园合作协议。";
        var words = words(text, "研究所/nis", "与/cc", "合肥市/ns", "签订/v", "雷达/n", "产业园/nz", "合作/vn", "协议/n", "。/w");
        List<Mention> found = List.of(m(text, "合肥市签订雷达产业园", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("合肥市", EntityType.LOC));
    }

    @Test
    void anExchangeIsABodyAndAVenueIsAPlace() {
        String text = "北京电力交易中心在滨江会展中心召开推介会。";
        List<Mention> found = List.of(m(text, "北京电力交易中心", EntityType.LOC), m(text, "滨江会展中心", EntityType.LOC));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("北京电力交易中心", EntityType.ORG), tuple("滨江会展中心", EntityType.LOC));
    }

    @Test
    void aWatersOrAMountainsNameTakenForAPersonIsAPlaceWhereAPlacesWordsStandAroundIt() {
        String text = "钦州市在茅尾海开展修复，赤水河流域水质向好，涠洲岛综合整治完成，东塘河沿线整治；在张江海的帮助下，李长江说，王海山表示支持。";
        List<Mention> found = List.of(m(text, "茅尾海", EntityType.PER), m(text, "赤水河", EntityType.PER), m(text, "涠洲岛", EntityType.PER), m(text, "东塘", EntityType.PER),
            m(text, "张江海", EntityType.PER), m(text, "李长江", EntityType.PER), m(text, "王海山", EntityType.PER));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("茅尾海", EntityType.LOC), tuple("赤水河", EntityType.LOC), tuple("涠洲岛", EntityType.LOC), tuple("东塘河", EntityType.LOC), tuple("张江海", EntityType.PER),
            tuple("李长江", EntityType.PER), tuple("王海山", EntityType.PER));
    }

    @Test
    void aRegionNamedByItsProvincesShortNamesIsAPlaceNotAPerson() {
        String text = "生态补偿覆盖云贵川三省，江浙沪企业踊跃参与。";
        List<Mention> found = List.of(m(text, "云贵川", EntityType.PER));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("云贵川", EntityType.LOC), tuple("江浙沪", EntityType.LOC));
    }

    @Test
    void aBodyRunIntoTheFirstCharacterOfTheWordAfterItEndsWithItsBodysWord() {
        String text = "投资推广署联同贸易署举办论坛，立法院院长出席，铁路分局党委书记致辞。";
        var words = words(text, "投资/vn", "推广/vn", "署/ng", "联同/nz", "贸易署/nis", "举办/v", "论坛/n", "，/w", "立法院/nis",
            "院长/nnt", "出席/v", "，/w", "铁路/n", "分局/nis", "党委书记/nnt", "致辞/vi", "。/w");
        List<Mention> found = List.of(m(text, "投资推广署联", EntityType.ORG), m(text, "贸易署", EntityType.ORG),
            m(text, "立法院院", EntityType.ORG), m(text, "铁路分局党委", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("a party committee before 书记 is a body of its own").containsExactly("投资推广署", "贸易署", "立法院", "铁路分局党委");
    }

    @Test
    void aPrepositionTheSegmenterJoinedToALevelWordIsNoPartOfTheBody() {
        String text = "经县人民政府同意，各乡镇人民政府、街道办事处和经开区管委会遵照执行。";
        var words = words(text, "经县/nz", "人民政府/nis", "同意/v", "，/w", "各/rz", "乡镇/n", "人民政府/nis", "、/w", "街道/ns",
            "办事处/nis", "和/cc", "经开区/j", "管委会/nis", "遵照/v", "执行/v", "。/w");
        List<Mention> found = List.of(m(text, "经县人民政府", EntityType.ORG), m(text, "街道办事处", EntityType.ORG),
            m(text, "经开区管委会", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("a sub-district office of no place is a class").containsExactly("县人民政府", "经开区管委会");
    }

    @Test
    void aPartyCommitteeOrAGovernmentNamedByItsLevelAloneIsTheDocumentsOwnBody() {
        String text = "落实省委、省政府部署，在市委市政府领导下，市委书记出席；中共杭州市委、各市政府、区县人民政府和市政府采购中心参加，政府采购规范。";
        var words = words(text, "落实/v", "省委/nis", "、/w", "省政府/n", "部署/vn", "，/w", "在/p", "市委/nis", "市政府/n", "领导/n",
            "下/f", "，/w", "市委书记/nnt", "出席/v", "；/w", "中共/n", "杭州/ns", "市委/nis", "、/w", "各/rz", "市政府/n", "、/w",
            "区县/n", "人民政府/nis", "和/cc", "市政府/n", "采购中心/nis", "参加/v", "，/w", "政府采购/n", "规范/n", "。/w");
        assertThat(rules.apply(text, List.of(), words)).extracting(Mention::surface)
            .as("not after a place, a count or another level, nor before a body's word").containsExactly("省委", "省政府", "市委", "市政府", "市委");
    }

    @Test
    void aCorridorNamedAfterAPlaceIsOnePlaceWithIt() {
        String text = "长三角G60科创走廊和杭州城西科创大走廊联动，杭州打造科创走廊。";
        var words = words(text, "长三角/nz", "G/nx", "60/m", "科创/nz", "走廊/n", "和/cc", "杭州/ns", "城西/d", "科创/nz", "大/a",
            "走廊/n", "联动/vn", "，/w", "杭州/ns", "打造/v", "科创/nz", "走廊/n", "。/w");
        List<Mention> found = List.of(m(text, "长三角", EntityType.LOC), m(text, "杭州", EntityType.LOC),
            m(text, "城西", EntityType.LOC), Words.mention(text, "杭州", EntityType.LOC, 20));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("not across a verb").containsExactly("长三角G60科创走廊", "杭州城西科创大走廊", "杭州");

        String alone = "深化G60 科创走廊协同机制，推进B2B走廊和宁波甬江科创走廊。";
        assertThat(rules.apply(alone, List.of(Words.mention(alone, "宁波甬江科创", EntityType.ORG)), words(alone, "深化/v", "G/nx",
            "60/m", "科创/nz", "走廊/n", "协同/vd", "机制/n", "，/w", "推进/v", "B2B/nx", "走廊/n", "和/cc", "宁波/ns", "甬江/ns", "科创/nz",
            "走廊/n", "。/w"))).extracting(Mention::surface)
            .as("a corridor named by its road's code alone, or cut before its word").containsExactly("G60 科创走廊", "宁波甬江科创走廊");
    }

    @Test
    void aRegionOfANationalPlanTakesOverAnOrganisationTheTaggerRanFromInsideIt() {
        String text = "西部陆海新通道海铁联运班列开行量增长，全国人大常委会听取报告。";
        List<Mention> found = List.of(m(text, "陆海新通道海铁联运班列", EntityType.ORG), m(text, "全国人大常委会", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("西部陆海新通道", EntityType.LOC), tuple("全国人大常委会", EntityType.ORG));
    }

    @Test
    void aLevelsBodyIsNoDeputysTitle() {
        String text = "第十届省政协委员出席，省政协办公厅发文。";
        List<Mention> found = List.of(m(text, "第十届省政协", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).as("委 of 委员 ends no body")
            .containsExactly("省政协", "省政协办公厅");
    }

    @Test
    void aCompanyWhoseIndustryEndsInADepartmentsCharacterIsNoInternalUnit() {
        // 零部 + 件有限公司 reads like 财政部 + 预算司; 公司 is no 司.
        String text = "支持宁波安达汽车零部件有限公司和省农业农村厅计划财务处开展合作。";
        List<Mention> found = List.of(m(text, "宁波安达汽车零部件有限公司", EntityType.ORG),
            m(text, "省农业农村厅计划财务处", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface)
            .containsExactly("宁波安达汽车零部件有限公司", "省农业农村厅");
    }

    @Test
    void aNationalBodysShortNameInsideACommonWordIsNone() {
        String text = "由区县科技部门推荐，报科技部备案。";
        List<io.policylens.text.Token> words = words(text, "由/p", "区县/n", "科技/n", "部门/n", "推荐/v", "，/w", "报/v",
            "科技部/nt", "备案/vn", "。/w");
        assertThat(rules.apply(text, List.of(), words)).extracting(Mention::surface).containsExactly("科技部");
    }

    @Test
    void bodiesNamedByTheirRankAreAClassNotABody() {
        String text = "对新认定的省级企业研究院和国家级孵化器给予奖励，温州市级机关工委另行通知，本港大学和本田技研工业公司参与。";
        List<Mention> found = List.of(m(text, "省级企业研究院", EntityType.ORG), m(text, "国家级孵化器", EntityType.ORG),
            m(text, "温州市级机关工委", EntityType.ORG), m(text, "本港大学", EntityType.ORG), m(text, "本田技研工业公司", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).as("the bodies of this city are a class too")
            .containsExactly("温州市级机关工委", "本田技研工业公司");
    }

    @Test
    void aNamesEndIsReadFromItsLastCharactersAsTheWholeNameWouldBe() {
        String alternatives = "局|管理委员会|委员会|[省市区]委|(?<!代表|联合国)大会|园区|开发区";
        EntityRules.EndPattern body = EntityRules.EndPattern.of(alternatives);
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile("(" + alternatives + ")$");
        for (String name : List.of("杭州市科技局", "局", "管理委员会", "苏州工业园区管理委员会", "委员会", "股东大会", "职工代表大会",
            "联合国大会", "大会", "局长", "", "中共杭州市委", "区委", "县委", "经济技术开发区", "园区", "工业园区管理")) {
            java.util.regex.Matcher m = regex.matcher(name);
            assertThat(body.endLength(name)).as(name).isEqualTo(m.find() ? m.end() - m.start() : -1);
            assertThat(body.endOf(name)).as(name).isEqualTo(body.endLength(name) >= 0);
        }
        assertThat(body.endLength("苏州工业园区管理委员会")).as("the longest end").isEqualTo(5);
        assertThat(EntityRules.endsLikeABody("宁波市科学技术局")).isTrue();
        assertThat(EntityRules.endsLikeABody("宁波市科学技术局局长")).isFalse();
        assertThat(EntityRules.endsAsAZone("合肥高新技术产业开发区")).isTrue();
    }

    @Test
    void bodiesCountedAreANumberOfThemNotABody() {
        String text = "多家银行、12家企业和两所高校签约，逾200组团队、三支队伍报名，三一重工与百度公司参与。";
        List<Mention> found = List.of(m(text, "多家银行", EntityType.ORG), m(text, "12家企业", EntityType.ORG),
            m(text, "两所高校", EntityType.ORG), m(text, "200组", EntityType.ORG), m(text, "三支队伍", EntityType.ORG),
            m(text, "三一重工", EntityType.ORG), m(text, "百度公司", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).containsExactly("三一重工", "百度公司");
    }

    @Test
    void aBriefsSourceLabelIsAMediumAndASectionHeadingIsNot() {
        String text = "【政策解读】\n【上海证券报】中基协：优化备案流程。【第一财经】财政部发文。";
        List<Mention> found = List.of(m(text, "上海证券报】中基协", EntityType.ORG), m(text, "财政部", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("上海证券报", EntityType.ORG), tuple("第一财经", EntityType.ORG), tuple("财政部", EntityType.ORG));
    }

    @Test
    void wordsTheDictionaryKnowsAsNamesAreAddedWhereTheTaggerSawNone() {
        String text = "腾讯与网龙的工程师合作，习近平指出，公司要创新。";
        List<io.policylens.text.Token> words = words(text, "腾讯/ntc", "与/p", "网龙/ntc", "的/u", "工程师/n", "合作/v",
            "，/w", "习近平/nr", "指出/v", "，/w", "公司/nis", "要/v", "创新/v", "。/w");
        assertThat(rules.apply(text, List.of(m(text, "网龙", EntityType.LOC)), words))
            .extracting(Mention::surface, Mention::type).containsExactly(tuple("腾讯", EntityType.ORG),
                tuple("网龙", EntityType.LOC), tuple("习近平", EntityType.PER));
    }

    @Test
    void aCompanyBriefsSubjectIsTheWholeCompanyName() {
        String text = "运达股份：确定为风电场项目中标人。金陵药业：获高管增持。人工智能：新的赛道。";
        List<io.policylens.text.Token> words = words(text, "运达/nz", "股份/n", "：/w", "确定/v", "为/p", "风电场/n",
            "项目/n", "中标人/n", "。/w", "金陵/ns", "药业/nis", "：/w", "获/v", "高管/n", "增持/v", "。/w", "人工智能/n",
            "：/w", "新/a", "的/u", "赛道/n", "。/w");
        List<Mention> found = List.of(m(text, "运达", EntityType.PER), m(text, "金陵", EntityType.LOC));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("运达股份", EntityType.ORG), tuple("金陵药业", EntityType.ORG));
    }

    @Test
    void besideACompanysBriefASubjectDoingWhatCompaniesDoIsACompanyWhateverItsName() {
        String text = "宏发股份：获继电器订单。精达股份：拟回购股份。柯达斯：拟以2000万元收购子公司少数股权。王明：我认为市场会回暖。";
        var words = words(text, "宏发/nz", "股份/n", "：/w", "获/v", "继电器/n", "订单/n", "。/w", "精达/nz", "股份/n",
            "：/w", "拟/v", "回购/v", "股份/n", "。/w", "柯达斯/nrf", "：/w", "拟/v", "以/p", "2000万/m", "元/q", "收购/v",
            "子公司/n", "少数/m", "股权/n", "。/w", "王明/nr", "：/w", "我/r", "认为/v", "市场/n", "会/v", "回暖/v", "。/w");
        List<Mention> found = List.of(m(text, "柯达斯", EntityType.PER), m(text, "王明", EntityType.PER));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("宏发股份", EntityType.ORG), tuple("精达股份", EntityType.ORG), tuple("柯达斯", EntityType.ORG),
            tuple("王明", EntityType.PER));

        // Without a company's brief beside them, such subjects stay what the tagger said.
        String alone = text.substring(text.indexOf("柯达斯"));
        assertThat(rules.apply(alone, List.of(m(alone, "柯达斯", EntityType.PER)), words(alone, "柯达斯/nrf", "：/w",
            "拟/v", "以/p", "2000万/m", "元/q", "收购/v", "子公司/n", "少数/m", "股权/n", "。/w", "王明/nr", "：/w", "我/r",
            "认为/v", "市场/n", "会/v", "回暖/v", "。/w")))
            .extracting(Mention::surface, Mention::type).containsExactly(tuple("柯达斯", EntityType.PER),
                tuple("王明", EntityType.PER));
    }

    @Test
    void whoOpensAClauseAndAnnouncesIsACompany() {
        String text = "3日晚间，华东重科发布公告称，拟出售资产。次日，该公司公告称停牌；公司公告显示，营收增长。";
        List<Mention> found = List.of(m(text, "华东", EntityType.LOC));
        assertThat(rules.apply(text, found, List.of())).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("华东重科", EntityType.ORG));
    }

    @Test
    void aResearchBodyNamedByTwoFieldsJoinedBy与IsWhole() {
        String text = "江苏省先进材料与智能制造研究院揭牌，浙江大学与之江实验室签约，加强基础研究与杭州研究院合作。";
        var words = words(text, "江苏省/ns", "先进/a", "材料/n", "与/cc", "智能/n", "制造/vn", "研究院/nis", "揭牌/vi",
            "，/w", "浙江大学/nt", "与/cc", "之江/ns", "实验室/nis", "签约/vi", "，/w", "加强/v", "基础/n", "研究/vn", "与/cc",
            "杭州/ns", "研究院/nis", "合作/vn", "。/w");
        List<Mention> found = List.of(m(text, "智能制造研究院", EntityType.ORG), m(text, "浙江大学", EntityType.ORG),
            m(text, "之江实验室", EntityType.ORG), m(text, "杭州研究院", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface).containsExactly(
            "江苏省先进材料与智能制造研究院", "浙江大学", "之江实验室", "杭州研究院");
    }

    @Test
    void aCompanyTakesItsTradeNameAndPlace() {
        String text = "包括北京一流科技有限公司，与浙江我武生物科技股份有限公司合作，成立的科技有限公司。";
        List<Mention> found = List.of(m(text, "北京", EntityType.LOC), m(text, "科技有限公司", EntityType.ORG),
            m(text, "生物科技股份有限公司", EntityType.ORG),
            new Mention(new Span(text.lastIndexOf("科技有限公司"), text.lastIndexOf("科技有限公司") + 6), "科技有限公司",
                EntityType.ORG, "科技有限公司"));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).containsExactly("北京一流科技有限公司",
            "浙江我武生物科技股份有限公司", "科技有限公司");
    }

    @Test
    void nationalBodiesAreFoundWholeAndGovernmentsJoinTheirPlace() {
        String text = "交通运输部会同证监会，联合国家自然科学基金委发文。美国政府宣布加征关税，中国证监会上海监管局表示关注。";
        List<Mention> found = List.of(m(text, "联合国", EntityType.ORG), m(text, "美国", EntityType.LOC),
            m(text, "中国证监会上海监管局", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("交通运输部", EntityType.ORG), tuple("证监会", EntityType.ORG), tuple("国家自然科学基金委", EntityType.ORG),
            tuple("美国政府", EntityType.ORG), tuple("中国证监会上海监管局", EntityType.ORG));
    }

    @Test
    void knownCompaniesAreOrganisationsWhereTheyCutNoWordWhateverTheTaggerMadeOfThem() {
        String text = "药明康德与宁德时代签约，台积电扩产，京东方在建新线，宁德时代新能源科技股份有限公司回应。";
        var words = words(text, "药/n", "明/ag", "康/ag", "德/b", "与/cc", "宁德/ns", "时代/n", "签约/vi", "，/w", "台积电/nz",
            "扩产/vi", "，/w", "京东方/nz", "在建/v", "新/a", "线/n", "，/w", "宁德/ns", "时代/n", "新能源/nz", "科技/n", "股份/n",
            "有限公司/nis", "回应/v", "。/w");
        List<Mention> found = List.of(m(text, "药明康德", EntityType.PER), m(text, "宁德", EntityType.LOC),
            m(text, "宁德时代新能源科技股份有限公司", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).as("京东 of 京东方 is none")
            .containsExactly(tuple("药明康德", EntityType.ORG), tuple("宁德时代", EntityType.ORG), tuple("台积电", EntityType.ORG),
                tuple("京东方", EntityType.ORG), tuple("宁德时代新能源科技股份有限公司", EntityType.ORG));
    }

    @Test
    void aVerbTheTaggerRanIntoANationalBodyIsLeftOut() {
        String text = "联合国家自然科学基金委设立专项。";
        List<io.policylens.text.Token> words = words(text, "联合/v", "国家/n", "自然科学/n", "基金委/nis", "设立/v",
            "专项/n", "。/w");
        assertThat(rules.apply(text, List.of(m(text, "联合国家自然科学基金委", EntityType.ORG)), words))
            .extracting(Mention::surface).containsExactly("国家自然科学基金委");
    }

    @Test
    void aBodysTermIsNotPartOfItsName() {
        String text = "第十四届全国人民代表大会常务委员会第六次会议审议了草案。";
        assertThat(rules.apply(text, List.of(m(text, "第十四届全国人民代表大会常务委员会", EntityType.ORG))))
            .extracting(Mention::surface).containsExactly("全国人民代表大会常务委员会");
    }

    @Test
    void regionsOfNationalPlansArePlacesAndAPartOfOneGivesWay() {
        String text = "推动京津冀企业与粤港澳大湾区的高校合作。";
        assertThat(rules.apply(text, List.of(m(text, "澳大湾", EntityType.LOC))))
            .extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("京津冀", EntityType.LOC), tuple("粤港澳大湾区", EntityType.LOC));
    }

    @Test
    void programmesPlatformsAndDirectionsAreNoNames() {
        String text = "依托星河平台开展服务，园区位于城市东北角，启动启明工程，举办绍兴集成电路产业发展大会，市人民代表大会批准，"
            + "民企兵团出海，新疆生产建设兵团参加。";
        List<Mention> found = List.of(m(text, "星河平台", EntityType.ORG), m(text, "东北角", EntityType.LOC),
            m(text, "启明工程", EntityType.ORG), m(text, "绍兴集成电路产业发展大会", EntityType.ORG), m(text, "市人民代表大会", EntityType.ORG),
            m(text, "民企兵团", EntityType.ORG), m(text, "新疆生产建设兵团", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).as("an event is no body; a congress is")
            .containsExactly("市人民代表大会", "新疆生产建设兵团");

        String people = "青年创业者与志愿者协会交流。";
        var words = words(people, "青年/n", "创业者/ntc", "与/p", "志愿者/n", "协会/nis", "交流/vn", "。/w");
        assertThat(rules.apply(people, List.of(m(people, "志愿者协会", EntityType.ORG)), words)).extracting(Mention::surface)
            .as("people who do something are no body").containsExactly("志愿者协会");
    }

    @Test
    void aPartyBodyOrAResearchUnitOfAnInstitutionFoldsIntoIt() {
        String text = "复旦大学党委书记与宁波海天精工股份有限公司技术研究院院长座谈，腾讯优图实验室也参加。";
        List<Mention> found = List.of(m(text, "复旦大学党委", EntityType.ORG),
            m(text, "宁波海天精工股份有限公司技术研究院", EntityType.ORG), m(text, "腾讯优图实验室", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface)
            .containsExactly("复旦大学", "宁波海天精工股份有限公司", "腾讯优图实验室");

        String department = "湖州宏达轴承股份有限公司人力资源部与星河集团市场营销部对接，星河集团驻沪办事处协办。";
        List<Mention> units = List.of(m(department, "湖州宏达轴承股份有限公司人力资源部", EntityType.ORG),
            m(department, "星河集团市场营销部", EntityType.ORG), m(department, "星河集团驻沪办事处", EntityType.ORG));
        assertThat(rules.apply(department, units)).extracting(Mention::surface)
            .as("a company's department, whatever its name; an office is a body of its own")
            .containsExactly("湖州宏达轴承股份有限公司", "星河集团", "星河集团驻沪办事处");
    }

    @Test
    void aMannerOrAThingNamedAfterSomeoneIsNoPlaceOrPersonButAnAwardKeepsItsPerson() {
        String text = "走好中国式现代化之路，基于图灵机模型的课程开讲，获得图灵奖的学者和中国代表团也到了。";
        int award = text.indexOf("图灵奖");
        int delegation = text.lastIndexOf("中国");
        List<Mention> found = List.of(m(text, "中国", EntityType.LOC), m(text, "图灵机", EntityType.PER),
            new Mention(new Span(award, award + 2), "图灵", EntityType.PER, "图灵"),
            new Mention(new Span(delegation, delegation + 2), "中国", EntityType.LOC, "中国"));
        assertThat(rules.apply(text, found)).extracting(Mention::span)
            .containsExactly(new Span(award, award + 2), new Span(delegation, delegation + 2));
    }

    @Test
    void aPlaceWrittenWithAMiddleDotOpensAtTheNameBeforeTheDot() {
        String text = "活动在时代·未来城广场举行。";
        assertThat(rules.apply(text, List.of(m(text, "未来城广场", EntityType.LOC)))).extracting(Mention::surface)
            .containsExactly("时代·未来城广场");
    }

    @Test
    void aCompanyCutToItsIndustryTakesBackItsTradeNameButNotTheVerbBeforeIt() {
        String text = "公告称确认中标海光储能公司项目，并确定为东岳风电公司供货。";
        var words = words(text, "公告/n", "称/v", "确认/v", "中标/vi", "海光/nz", "储能/vn", "公司/nis", "项目/n",
            "，/w", "并/c", "确定/v", "为/p", "东岳/nz", "风电/nz", "公司/nis", "供货/vn");
        List<Mention> found = List.of(m(text, "储能公司", EntityType.ORG), m(text, "风电公司", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("海光储能公司", "东岳风电公司");
    }

    @Test
    void aUniversitysSchoolFoldsIntoItButABranchNamedByItsPlaceAndAnAcademysInstituteStay() {
        String text = "暨南大学经济学院与南山大学深圳研究院合作，湖北省农业科学院植物保护研究所参加，兰州大学商学院承办。";
        EntityRules withShenzhen = new EntityRules(Set.of("深圳市"));
        List<Mention> found = List.of(m(text, "暨南大学经济学院", EntityType.ORG), m(text, "南山大学深圳研究院", EntityType.ORG),
            m(text, "湖北省农业科学院植物保护研究所", EntityType.ORG), m(text, "兰州大学商学院", EntityType.ORG));
        assertThat(withShenzhen.apply(text, found)).extracting(Mention::surface)
            .containsExactly("暨南大学", "南山大学深圳研究院", "湖北省农业科学院植物保护研究所", "兰州大学");
    }

    @Test
    void aPlaceTakesItsZonesLongSuffixButNoFunctionWordOnTheWay() {
        String text = "合肥经济技术开发区新增企业，厦门航空有限公司在片区设立基地。";
        List<Mention> found = List.of(m(text, "合肥", EntityType.LOC), m(text, "厦门", EntityType.LOC));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).containsExactly("合肥经济技术开发区", "厦门");
    }

    @Test
    void aPlaceTakesAZonesShortWordButNotAZoneThatAnotherPlaceOpensFurtherOn() {
        String text = "芜湖经开区、潍坊综保区和长沙大学城签约，星河科技华东总部落户芜湖经开区，淄博高新技术产业园区同日揭牌。";
        var words = words(text, "芜湖/ns", "经开区/nz", "、/w", "潍坊/ns", "综保区/nz", "和/cc", "长沙/ns", "大学城/nz", "签约/vi",
            "，/w", "星河/n", "科技/n", "华东/ns", "总部/nis", "落户/vi", "芜湖/ns", "经开区/nz", "，/w", "淄博/ns", "高新技术/n",
            "产业园区/n", "同日/t", "揭牌/vi", "。/w");
        List<Mention> found = List.of(m(text, "芜湖", EntityType.LOC), m(text, "潍坊", EntityType.LOC), m(text, "长沙", EntityType.LOC),
            m(text, "华东", EntityType.LOC), Words.mention(text, "芜湖", EntityType.LOC, text.indexOf("落户")), m(text, "淄博", EntityType.LOC));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface).as("华东 takes no zone: 芜湖 opens it")
            .containsExactly("芜湖经开区", "潍坊综保区", "长沙大学城", "华东", "芜湖经开区", "淄博高新技术产业园区");
    }

    @Test
    void aNameRunOverAVerbOfActingTogetherIsTheTwoBodies() {
        String text = "区纪委监委第二监督检查室联合区财政局开展检查，城郊农工商联合公司参加。";
        var words = words(text, "区/n", "纪委/nnt", "监委/nz", "第/mq", "二/m", "监督/vn", "检查/vn", "室/n", "联合/vd", "区/n",
            "财政局/nis", "开展/v", "检查/vn", "，/w", "城郊/n", "农工商/n", "联合/vd", "公司/nis", "参加/v", "。/w");
        List<Mention> found = List.of(m(text, "区纪委监委第二监督检查室联合区财政局", EntityType.ORG),
            m(text, "城郊农工商联合公司", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface).as("the internal unit folds into its body")
            .containsExactly("区纪委监委", "区财政局", "城郊农工商联合公司");

        String hongKong = "创新科技署联同香港生产力促进局推出计划。";
        var hongKongWords = words(hongKong, "创新/v", "科技/n", "署/ng", "联同/v", "香港/ns", "生产力/n", "促进局/nis", "推出/v",
            "计划/n", "。/w");
        assertThat(rules.apply(hongKong, List.of(m(hongKong, "创新科技署联同香港生产力促进局", EntityType.ORG)), hongKongWords))
            .extracting(Mention::surface).containsExactly("创新科技署", "香港生产力促进局");
    }

    @Test
    void aNameRunOverAVerbOfSettingABodyUpIsTheBodyBeforeIt() {
        String text = "医院与京东健康共建互联网医院联合实验室，市共建共享服务中心揭牌。";
        var words = words(text, "医院/nis", "与/cc", "京东/ntc", "健康/a", "共建/v", "互联网/n", "医院/nis", "联合/vd", "实验室/nis",
            "，/w", "市/n", "共建/v", "共享/v", "服务/vn", "中心/nis", "揭牌/v", "。/w");
        List<Mention> found = List.of(m(text, "京东健康共建互联网医院", EntityType.ORG), m(text, "市共建共享服务中心", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("a verb in a name's first two characters is the name's").containsExactly("京东健康", "市共建共享服务中心");
    }

    @Test
    void aNameRunOverAConjunctionBetweenTwoBodiesIsTheTwoBodies() {
        String text = "省商务厅产业促进署与材料研究院合办论坛，国家发展和改革委员会出席。";
        var words = words(text, "省/n", "商务厅/nis", "产业/n", "促进/v", "署/ng", "与/cc", "材料/n", "研究院/nis", "合办/v", "论坛/n",
            "，/w", "国家/n", "发展/vn", "和/cc", "改革/vn", "委员会/nis", "出席/v", "。/w");
        List<Mention> found = List.of(m(text, "省商务厅产业促进署与材料研究院", EntityType.ORG), m(text, "国家发展和改革委员会", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("国家发展 is no body: 和 joins a field's words").containsExactly("省商务厅产业促进署", "材料研究院", "国家发展和改革委员会");
    }

    @Test
    void aFloorIsNoPartOfANameAndACampaignsQuotedNameIsNoPlace() {
        String text = "报名地点设在区政务服务中心3楼，开展“护苗·三秦”网络文明专项行动，“瓯江”号首航。";
        List<Mention> found = List.of(m(text, "区政务服务中心3楼", EntityType.ORG), m(text, "三秦", EntityType.LOC),
            m(text, "瓯江", EntityType.LOC));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).as("a quoted name before no campaign stays")
            .containsExactly("区政务服务中心", "瓯江");
    }

    @Test
    void aPersonBegunOneCharacterLateTakesItsCompoundFamilyNameAfterAVerbOnly() {
        String text = "免去司马立新的职务，副院长孙立平、公司马立军出席。";
        var words = words(text, "免去/v", "司/ng", "马立新/nr", "的/ude1", "职务/n", "，/w", "副/b", "院/ng", "长孙/nr", "立平/nr",
            "、/w", "公司/nis", "马立军/nr", "出席/v", "。/w");
        List<Mention> found = List.of(m(text, "马立新", EntityType.PER), m(text, "孙立平", EntityType.PER),
            m(text, "马立军", EntityType.PER));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("司马立新", "孙立平", "马立军");
    }

    @Test
    void aBodyNamedBeforeOrABareOfficeIsNoName() {
        String text = "该局办公室主任介绍，办公厅主任陪同，区各委、办、局参加。";
        List<Mention> found = List.of(m(text, "该局办公室", EntityType.ORG), m(text, "办公厅", EntityType.ORG),
            m(text, "区各委", EntityType.ORG));
        assertThat(rules.apply(text, found)).isEmpty();
    }

    @Test
    void aBodyOpenedInsideAWordOpensWithItAndTakesTheKnownBodyBeforeIt() {
        String text = "上交所科创板上市委员会审议通过，华为云、腾讯云同步上线。";
        var words = words(text, "上交所/n", "科创板/nz", "上市/vn", "委员会/nis", "审议/v", "通过/p", "，/w", "华为/nt", "云/vg",
            "、/w", "腾讯/ntc", "云/vg", "同步/vd", "上线/vi", "。/w");
        List<Mention> found = List.of(m(text, "板上市委员会", EntityType.ORG), m(text, "华为云", EntityType.PER),
            m(text, "腾讯云", EntityType.PER));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).as("a company's cloud arm is a body")
            .containsExactly(tuple("上交所科创板上市委员会", EntityType.ORG), tuple("华为云", EntityType.ORG), tuple("腾讯云", EntityType.ORG));
    }

    @Test
    void aNameEndingInAPartnershipsFormIsOneOrganisation() {
        String text = "股东苏州禾丰创业投资合伙企业（有限合伙）减持，天衡会计师事务所（特殊普通合伙）审计，注明（有限合伙）。";
        var words = words(text, "股东/n", "苏州/ns", "禾/ng", "丰/a", "创业/vn", "投资/vn", "合伙/vn", "企业/n", "（/w", "有限/a",
            "合伙/vn", "）/w", "减持/v", "，/w", "天/q", "衡/ng", "会计师/nnt", "事务所/nis", "（/w", "特殊/a", "普通/a", "合伙/vn",
            "）/w", "审计/vn", "，/w", "注明/v", "（/w", "有限/a", "合伙/vn", "）/w", "。/w");
        List<Mention> found = List.of(m(text, "苏州", EntityType.LOC), m(text, "天衡会计师事务所", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface).as("a form after a verb names nothing")
            .containsExactly("苏州禾丰创业投资合伙企业（有限合伙）", "天衡会计师事务所（特殊普通合伙）");
    }

    @Test
    void aFreeTradePortIsAZoneAndAFunctionCharacterInsideAWordEndsNoName() {
        String text = "海南自由贸易港建设提速，厦门航空有限公司在片区设点。";
        var words = words(text, "海南/ns", "自由/a", "贸易/vn", "港/n", "建设/vn", "提速/vi", "，/w", "厦门/ns", "航空/n",
            "有限公司/nis", "在/p", "片区/n", "设点/vi", "。/w");
        List<Mention> found = List.of(m(text, "海南", EntityType.LOC), m(text, "厦门", EntityType.LOC));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface).containsExactly("海南自由贸易港", "厦门");
    }

    @Test
    void plannedRegionsAreWholeAndDivisionsCountedAreNone() {
        String text = "建设北部湾城市群和南宁都市圈，沿江五省市与兰州三县合作。";
        List<Mention> found = List.of(m(text, "北部湾", EntityType.LOC), m(text, "南宁", EntityType.LOC),
            m(text, "江五省市", EntityType.LOC), m(text, "兰州三县", EntityType.LOC));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).containsExactly("北部湾城市群", "南宁都市圈");
    }

    @Test
    void aZoneTakesNoSitesOfAKindAfterIt() {
        String text = "益阳高新区各类园区，娄底经开区企业园区，郴州高新区两个产业园，邵阳经开区宝庆产业园，两江新区获批。";
        List<Mention> found = List.of(m(text, "益阳", EntityType.LOC), m(text, "娄底", EntityType.LOC), m(text, "郴州", EntityType.LOC),
            m(text, "邵阳", EntityType.LOC), m(text, "两江", EntityType.LOC));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).as("两江 is a name, 两个 counts")
            .containsExactly("益阳高新区", "娄底经开区", "郴州高新区", "邵阳经开区宝庆产业园", "两江新区");
    }

    @Test
    void aWholeBodyDoesNotRunIntoAZoneAndABodyOpenedInsideAZoneIsTheZones() {
        String text = "蛇口街道办事处联合前海深港合作区管理局和南山科技园管委会举办活动，桂湖大学科技城同日揭牌。";
        List<Mention> found = List.of(m(text, "蛇口街道办事处", EntityType.ORG), m(text, "前海", EntityType.LOC),
            m(text, "合作区管理局", EntityType.ORG), m(text, "南山", EntityType.LOC), m(text, "桂湖大学", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).as("a zone's word right after a body")
            .containsExactly(tuple("蛇口街道办事处", EntityType.ORG), tuple("前海深港合作区管理局", EntityType.ORG),
                tuple("南山", EntityType.LOC), tuple("桂湖大学科技城", EntityType.LOC));
    }

    @Test
    void anAgencyNamedByItsFieldIsABodyAndAShortBodyIsNoPerson() {
        String text = "政府知识产权署与海关联合执法，签署协议后部署工作，知产署表示欢迎。";
        var words = words(text, "政府/nis", "知识产权/n", "署/ng", "与/cc", "海关/n", "联合/vd", "执法/vi", "，/w", "签署/v",
            "协议/n", "后/f", "部署/v", "工作/vn", "，/w", "知/v", "产/v", "署/ng", "表示/v", "欢迎/v", "。/w");
        List<Mention> found = List.of(m(text, "知产署", EntityType.PER));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("知识产权署", EntityType.ORG), tuple("知产署", EntityType.ORG));
    }

    @Test
    void thePlacesWrittenRightBeforeAnAirportOrAPortArePartOfItsName() {
        String text = "温州市苍南县通用机场开工，连云港港吞吐量增长，南京禄口国际机场和上海、浦东机场，生于深圳连云港。";
        EntityRules rules = new EntityRules(Set.of("连云港市"));
        List<Mention> found = List.of(m(text, "温州市", EntityType.LOC), m(text, "苍南县", EntityType.LOC),
            m(text, "通用机场", EntityType.LOC), m(text, "连云港港", EntityType.LOC), m(text, "南京", EntityType.LOC),
            m(text, "禄口国际机场", EntityType.LOC), m(text, "上海", EntityType.LOC), m(text, "浦东机场", EntityType.LOC),
            m(text, "深圳", EntityType.LOC), new Mention(new Span(text.lastIndexOf("连云港"), text.lastIndexOf("连云港") + 3), "连云港",
                EntityType.LOC, "连云港"));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).as("a list mark keeps 上海 apart; 连云港 is a city")
            .containsExactly("温州市苍南县通用机场", "连云港港", "南京禄口国际机场", "上海", "浦东机场", "深圳", "连云港");
    }

    @Test
    void aSchoolTheTaggerCutAfterTheConjunctionOfItsFieldIsItsUniversitys() {
        String text = "厦门大学能源与材料科学学院教授认为，集美大学航海学院和诚毅学院参加。";
        List<Mention> found = List.of(m(text, "厦门大学", EntityType.ORG), m(text, "材料科学学院", EntityType.ORG),
            m(text, "集美大学航海学院", EntityType.ORG), m(text, "诚毅学院", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).as("a school listed after 和 is not the field's")
            .containsExactly("厦门大学", "集美大学", "诚毅学院");
    }

    @Test
    void aBodyOfTheUnitedNationsIsNamedByItsFieldAndWhoAnnouncesIsACompany() {
        String text = "联合国贸易和发展会议发布报告，联合国在日内瓦开会，联合国大会通过决议，华森电气公告称将扩产。";
        List<Mention> found = List.of(m(text, "联合国", EntityType.ORG),
            new Mention(new Span(text.indexOf("联合国在"), text.indexOf("联合国在") + 3), "联合国", EntityType.ORG, "联合国"),
            m(text, "联合国大会", EntityType.ORG), m(text, "华森电气", EntityType.PER));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("联合国贸易和发展会议", EntityType.ORG), tuple("联合国", EntityType.ORG), tuple("联合国大会", EntityType.ORG),
            tuple("华森电气", EntityType.ORG));
    }

    @Test
    void aLevelWordBeforeAVerbOrACommonWordOpensNoBodyButADistrictsNameBeforeABodyDoes() {
        String text = "四区签署协议，项目纳入国家布局，鹿城区人才办负责落实。";
        var words = words(text, "四/m", "区/n", "签署/v", "协议/n", "，/w", "项目/n", "纳入/v", "国家/n", "布局/n", "，/w",
            "鹿城区/ns", "人才/n", "办/v", "负责/v", "落实/v");
        EntityRules withLucheng = new EntityRules(Set.of("鹿城区"));
        assertThat(withLucheng.apply(text, List.of(m(text, "鹿城区", EntityType.LOC)), words))
            .extracting(Mention::surface, Mention::type).containsExactly(tuple("鹿城区人才办", EntityType.ORG));
    }

    @Test
    void aDepartmentByItsFunctionAloneIsNoNameButWithItsLevelOrPlaceItIs() {
        String text = "请科技局、财政局和市场监督管理局配合，市财政局和海宁市科技局牵头。";
        List<Mention> found = List.of(m(text, "科技局", EntityType.ORG), m(text, "财政局", EntityType.ORG),
            m(text, "市场监督管理局", EntityType.ORG), m(text, "市财政局", EntityType.ORG),
            m(text, "海宁市科技局", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).containsExactly("市财政局", "海宁市科技局");
    }

    @Test
    void aDocumentNumbersIssuerCodeIsNoName() {
        String text = "依据（杭科高〔2021〕102号）和宁科〔2023〕5号，宁科集团（2023年成立）另行报送。";
        List<Mention> found = List.of(m(text, "杭科高", EntityType.PER), m(text, "宁科", EntityType.ORG),
            new Mention(new Span(text.lastIndexOf("宁科集团"), text.lastIndexOf("宁科集团") + 4), "宁科集团", EntityType.ORG,
                "宁科集团"));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).containsExactly("宁科集团");
    }

    @Test
    void aPlaceTakesAPilotZonesSuffix() {
        String text = "济南新旧动能转换起步区和深圳前海合作区各有安排。";
        List<Mention> found = List.of(m(text, "济南", EntityType.LOC), m(text, "深圳前海", EntityType.LOC));
        assertThat(rules.apply(text, found)).extracting(Mention::surface)
            .containsExactly("济南新旧动能转换起步区", "深圳前海合作区");
    }

    @Test
    void aCompanyNameThatIsAnEverydayWordIsLeftToTheTagger() {
        String text = "共建现代产业学院，鼓励大众创业，联想集团参与。";
        List<io.policylens.text.Token> words = words(text, "共建/v", "现代/ntc", "产业/n", "学院/nis", "，/w", "鼓励/v",
            "大众/ntc", "创业/v", "，/w", "联想集团/ntc", "参与/v", "。/w");
        assertThat(rules.apply(text, List.of(), words)).extracting(Mention::surface).containsExactly("联想集团");
    }

    @Test
    void aPartyCommitteesOfficeIsOneBodyNotTheBareCommittee() {
        String text = "责任单位：省委人才办、省教育厅。";
        List<io.policylens.text.Token> words = words(text, "责任/n", "单位/n", "：/w", "省委/nt", "人才/n", "办/v", "、/w",
            "省/n", "教育厅/nis", "。/w");
        assertThat(rules.apply(text, List.of(m(text, "省委", EntityType.ORG)), words)).extracting(Mention::surface)
            .containsExactly("省委人才办", "省教育厅");
    }

    @Test
    void aDivisionTheTaggerMissedTakesItsGovernment() {
        String text = "南山区人民政府与顺德区签约，成都市人民政府办公厅发文。";
        List<Mention> found = List.of(m(text, "人民政府", EntityType.ORG), m(text, "成都市人民政府办公厅", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("南山区人民政府", EntityType.ORG), tuple("顺德区", EntityType.LOC), tuple("成都市人民政府办公厅", EntityType.ORG));
    }

    @Test
    void aBureauNamedByTwoFieldsIsWholeButTwoBodiesStayTwo() {
        String text = "创新科技及工业局局长宣布，由商务及经济发展局负责，市科技局和工业局配合，农业部畜牧及兽医局指导。";
        List<Mention> found = List.of(m(text, "工业局", EntityType.ORG), m(text, "经济发展局", EntityType.ORG),
            m(text, "市科技局", EntityType.ORG), new Mention(new Span(text.indexOf("和工业局") + 1, text.indexOf("和工业局") + 4),
                "工业局", EntityType.ORG, "工业局"), m(text, "农业部", EntityType.ORG), m(text, "兽医局", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface)
            .containsExactly("创新科技及工业局", "商务及经济发展局", "市科技局", "农业部畜牧及兽医局");
    }

    @Test
    void aSchoolTakesItsFounderButNotTheVerbBeforeIt() {
        String text = "国立清华大学与市立第一医院合作，共同建立浙江大学分中心。";
        List<Mention> found = List.of(m(text, "清华大学", EntityType.ORG), m(text, "第一医院", EntityType.ORG),
            m(text, "浙江大学", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface)
            .containsExactly("国立清华大学", "市立第一医院", "浙江大学");
    }

    @Test
    void aDivisionWhoseLastCharacterOpensAWordIsNotTakenOrCompleted() {
        String text = "深圳市民可以申领，成都市长听取汇报，诸暨市科技局牵头。";
        var words = words(text, "深圳/ns", "市民/n", "可以/v", "申领/v", "，/w", "成都/ns", "市长/nnt", "听取/v", "汇报/vn",
            "，/w", "诸暨市/ns", "科技局/nis", "牵头/v", "。/w");
        assertThat(rules.apply(text, List.of(m(text, "成都", EntityType.LOC)), words))
            .extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("成都", EntityType.LOC), tuple("诸暨市科技局", EntityType.ORG));
    }

    @Test
    void aLevelWordThatOpensACommonWordOpensNoBody() {
        String text = "市民当晚为稽查局提供线索。";
        var words = words(text, "市民/n", "当晚/t", "为/p", "稽查局/nis", "提供/v", "线索/n", "。/w");
        assertThat(rules.apply(text, List.of(), words)).isEmpty();
    }

    @Test
    void aBureauNamedByTwoFieldsAfterItsGovernmentIsTheGovernmentsButNotAfterAVerb() {
        String text = "香港特别行政区政府创新科技及工业局局长宣布，王明视察科技及工业局。";
        var words = words(text, "香港特别行政区/n", "政府/nis", "创新/vi", "科技/n", "及/cc", "工业局/nis", "局长/nnt", "宣布/v",
            "，/w", "王明/nr", "视察/v", "科技/n", "及/cc", "工业局/nis", "。/w");
        int second = text.lastIndexOf("工业局");
        List<Mention> found = List.of(m(text, "香港特别行政区", EntityType.LOC), m(text, "工业局", EntityType.ORG),
            m(text, "王明", EntityType.PER), new Mention(new Span(second, second + 3), "工业局", EntityType.ORG, "工业局"));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).as("视察 is no field")
            .containsExactly(tuple("香港特别行政区政府创新科技及工业局", EntityType.ORG), tuple("王明", EntityType.PER));
    }

    @Test
    void theBodiesOfHongKongMacaoAndTaiwanAreKnownByTheirShortNamesWhereTheyCutNoWord() {
        String text = "国发会与数位发展部、贸发局和数码港合作，各级经济部门配合，这样做不公平会引起不满。";
        var words = words(text, "国/n", "发/v", "会/v", "与/cc", "数位/n", "发展部/nis", "、/w", "贸/ng", "发/v", "局/n", "和/cc",
            "数码港/nz", "合作/vn", "，/w", "各级/b", "经济/n", "部门/n", "配合/v", "，/w", "这样/r", "做/v", "不/d", "公平/a",
            "会/v", "引起/v", "不满/a", "。/w");
        assertThat(rules.apply(text, List.of(), words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("国发会", EntityType.ORG), tuple("数位发展部", EntityType.ORG), tuple("贸发局", EntityType.ORG),
            tuple("数码港", EntityType.ORG));
    }

    @Test
    void aPlaceBeforeItsLevelAndGovernmentIsTheGovernment() {
        String text = "南部科学园区管理局与台南市政府合作。";
        var words = words(text, "南部/f", "科学/n", "园区/n", "管理局/nis", "与/cc", "台南/ns", "市政府/n", "合作/vn", "。/w");
        List<Mention> found = List.of(m(text, "南部科学园区管理局", EntityType.ORG), m(text, "台南", EntityType.LOC));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("南部科学园区管理局", EntityType.ORG), tuple("台南市政府", EntityType.ORG));
    }

    @Test
    void anAirlineNamedByItsCountryIsOneOrganisationButAnAirportZoneOrAnIndustryIsNot() {
        String text = "阿联酋航空的货机在郑州航空港起降，中国航空发展迅速。";
        var words = words(text, "阿联酋/nsf", "航空/n", "的/ude1", "货机/n", "在/p", "郑州/ns", "航空港/n", "起降/vi", "，/w",
            "中国/ns", "航空/n", "发展/vn", "迅速/ad", "。/w");
        List<Mention> found = List.of(m(text, "阿联酋", EntityType.LOC), m(text, "郑州", EntityType.LOC),
            m(text, "中国", EntityType.LOC));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("阿联酋航空", EntityType.ORG), tuple("郑州", EntityType.LOC), tuple("中国", EntityType.LOC));
    }

    @Test
    void aKindOfDivisionWithoutItsNameIsNoPlace() {
        String text = "各区县（自治县）人民政府，市政府各部门。";
        assertThat(rules.apply(text, List.of(m(text, "自治县", EntityType.LOC)))).isEmpty();
    }

    @Test
    void universitiesAreKnownByTheirShortNamesWhereTheyCutNoWord() {
        String text = "浙大与港大合作，他教大家使用平台大幅提速。";
        var words = words(text, "浙/b", "大/a", "与/cc", "港/n", "大/a", "合作/vn", "，/w", "他/rr", "教/v", "大家/rr", "使用/v",
            "平台/n", "大幅/d", "提速/vi", "。/w");
        assertThat(rules.apply(text, List.of(), words)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("浙大", EntityType.ORG), tuple("港大", EntityType.ORG));
    }

    @Test
    void aTeamIsItsBodysOrItsLeadersNotAnOrganisationOfItsOwn() {
        String text = "中科大潘建伟团队与华为研究团队合作。";
        List<Mention> found = List.of(m(text, "中科大潘建伟团队", EntityType.ORG), m(text, "华为研究团队", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("中科大", EntityType.ORG), tuple("潘建伟", EntityType.PER), tuple("华为", EntityType.ORG));
        String twoCharacters = "武大李华团队参与合作。";
        assertThat(rules.apply(twoCharacters, List.of(m(twoCharacters, "武大李华团队", EntityType.ORG))))
            .extracting(Mention::surface, Mention::type).as("a known name of two characters and a name of two")
            .containsExactly(tuple("武大", EntityType.ORG), tuple("李华", EntityType.PER));
    }

    @Test
    void aKnownNameTheTaggerRanOnIntoAFunctionWordIsTheName() {
        String text = "安永则认为市场仍有压力。";
        var words = words(text, "安永/nz", "则/d", "认为/v", "市场/n", "仍/d", "有/vyou", "压力/n", "。/w");
        assertThat(rules.apply(text, List.of(m(text, "安永则", EntityType.PER)), words))
            .extracting(Mention::surface, Mention::type).containsExactly(tuple("安永", EntityType.ORG));
    }

    @Test
    void exchangesAndInternationalOrganisationsAreKnownByTheirFullAndShortNames() {
        String text = "世界知识产权组织发布报告，上交所和北交所同步发布新规。";
        var words = words(text, "世界/n", "知识产权/nz", "组织/n", "发布/v", "报告/n", "，/w", "上交所/n", "和/cc", "北/f",
            "交/v", "所/usuo", "同步/vd", "发布/v", "新规/nz", "。/w");
        assertThat(rules.apply(text, List.of(), words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("世界知识产权组织", EntityType.ORG), tuple("上交所", EntityType.ORG), tuple("北交所", EntityType.ORG));
    }

    @Test
    void aNameDoesNotEndInsideACodeThatTheNameGoesOnAfterNorBeginInsideOne() {
        String text = "长三角G60沿线城市发布政策，支持120FPS游戏，深长城A12.79元。";
        List<Mention> found = List.of(m(text, "长三角G", EntityType.ORG), m(text, "FPS", EntityType.ORG),
            m(text, "深长城A", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).as("a price table's name stays")
            .containsExactly(tuple("长三角", EntityType.LOC), tuple("深长城A", EntityType.ORG));
    }

    @Test
    void aCampusNamedByItsCityInBracketsIsPartOfItsUniversitysName() {
        String text = "香港科技大学（广州）与浙江大学（以下简称浙大）合作。";
        List<Mention> found = List.of(m(text, "香港科技大学", EntityType.ORG), m(text, "广州", EntityType.LOC),
            m(text, "浙江大学", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("香港科技大学（广州）", EntityType.ORG), tuple("浙江大学", EntityType.ORG), tuple("浙大", EntityType.ORG));
    }

    @Test
    void aMentionRunOverTwoKnownNamesAndAVerbIsBothNames() {
        String text = "花旗预计美联储将降息，摩根士丹利认为市场触底。";
        var words = words(text, "花旗/nz", "预计/v", "美联储/nt", "将/d", "降息/vi", "，/w", "摩根士丹利/nrf", "认为/v", "市场/n",
            "触底/vi", "。/w");
        List<Mention> found = List.of(m(text, "花旗预计美联储", EntityType.ORG), m(text, "摩根士丹利", EntityType.PER));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("花旗", EntityType.ORG), tuple("美联储", EntityType.ORG), tuple("摩根士丹利", EntityType.ORG));
    }

    @Test
    void aDivisionsNameAloneIsAPlaceThoughTheTaggerTookItForABody() {
        String text = "成都市主席团会议召开，成都市人民政府发布通知。";
        List<Mention> found = List.of(m(text, "成都市", EntityType.ORG), m(text, "成都市人民政府", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("成都市", EntityType.LOC), tuple("成都市人民政府", EntityType.ORG));
    }

    @Test
    void aPartyCommitteesCommissionAndACommitteesOfficeAreNamedWholeAfterTheirParent() {
        String text = "中共江苏省委财经委员会办公室印发通知，中共南京市委召开全面深化改革委员会会议。";
        List<Mention> found = List.of(m(text, "中共江苏省委", EntityType.ORG), m(text, "中共南京市委", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface)
            .as("召开 says the words before 委员会 are the sentence's").containsExactly("中共江苏省委财经委员会办公室", "中共南京市委");

        String office = "湖南省人才工作领导小组办公室日前印发方案，领导小组成员单位参加。";
        List<Mention> group = List.of(m(office, "湖南省人才工作领导小组", EntityType.ORG));
        assertThat(rules.apply(office, group)).extracting(Mention::surface).containsExactly("湖南省人才工作领导小组办公室");
    }

    @Test
    void aNationalCentreIsNamedByItsFieldAndTheCityThatHostsIt() {
        String text = "国家超级计算郑州中心与国家技术转移苏南中心签约，国家支持西安中心城区改造。";
        List<Mention> found = List.of(m(text, "郑州中心", EntityType.LOC), m(text, "苏南", EntityType.LOC),
            m(text, "西安", EntityType.LOC));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("国家超级计算郑州中心", EntityType.ORG), tuple("国家技术转移苏南中心", EntityType.ORG),
            tuple("西安", EntityType.LOC));
    }

    @Test
    void aCityClusterIsOnePlaceWithItsClusterWordAndTheCitiesThatNameIt() {
        String text = "推动京津冀城市群、哈长城市群和兰州—西宁城市群发展，北京—上海高铁运行平稳。";
        List<Mention> found = List.of(m(text, "京津冀", EntityType.LOC), m(text, "哈长", EntityType.PER),
            m(text, "兰州", EntityType.LOC), m(text, "西宁", EntityType.LOC), m(text, "北京", EntityType.LOC),
            m(text, "上海", EntityType.LOC));
        var words = Words.of(text, "推动/v", "京津冀/nz", "城市群/n", "、/w", "哈/b", "长/a", "城市群/n", "和/cc", "兰州/ns", "—/w",
            "西宁/ns", "城市群/n", "发展/vn", "，/w", "北京/ns", "—/w", "上海/ns", "高铁/nz", "运行/vn", "平稳/a", "。/w");
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("京津冀城市群", EntityType.LOC), tuple("哈长城市群", EntityType.LOC), tuple("兰州—西宁城市群", EntityType.LOC),
            tuple("北京", EntityType.LOC), tuple("上海", EntityType.LOC));
    }

    @Test
    void aBodyIsNamedWithoutTheVerbBeforeItOrTheBracketItRanOutOfAndAllOfAKindIsNoBody() {
        String text = "特首今日（十二月五日）率领特区政府代表团抵京，向全港中学拨款，全国人大常委会审议。";
        var words = words(text, "特首/n", "今日/t", "（/w", "十二月/t", "五/m", "日/b", "）/w", "率领/v", "特区/n", "政府/nis",
            "代表团/n", "抵/v", "京/b", "，/w", "向/p", "全港/n", "中学/nis", "拨款/v", "，/w", "全国人大常委会/nt", "审议/v", "。/w");
        List<Mention> found = List.of(m(text, "十二月五日）率领特区政府代表团", EntityType.ORG), m(text, "全港中学", EntityType.ORG),
            m(text, "全国人大常委会", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("特区政府代表团", "全国人大常委会");
    }

    @Test
    void aBodyIsNotOpenedWithThePrepositionBeforeItNorIsAStrategysChinaAPlace() {
        String text = "由省教育厅主办的数字中国建设峰会在中国福州举行。";
        var words = words(text, "由省/v", "教育厅/nis", "主办/v", "的/ude1", "数字/n", "中国/ns", "建设/vn", "峰会/n", "在/p",
            "中国/ns", "福州/ns", "举行/v", "。/w");
        List<Mention> found = List.of(m(text, "省教育厅", EntityType.ORG), m(text, "中国", EntityType.LOC),
            Words.mention(text, "中国", EntityType.LOC, text.indexOf("在中国")), m(text, "福州", EntityType.LOC));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("the country where it is held is a place").containsExactly("省教育厅", "中国", "福州");
    }

    @Test
    void aPlaceThatOpensAnEventsNameIsTheEventsNotAPlaceOfTheText() {
        String text = "第二十届中国国际中小企业博览会在广州召开，杭州召开峰会。";
        var words = words(text, "第二十/m", "届/q", "中国/ns", "国际/n", "中小企业/n", "博览会/n", "在/p", "广州/ns", "召开/v", "，/w",
            "杭州/ns", "召开/v", "峰会/n", "。/w");
        assertThat(EntityRules.opensAnEventsName(text, m(text, "中国", EntityType.LOC), words)).isTrue();
        assertThat(EntityRules.opensAnEventsName(text, m(text, "广州", EntityType.LOC), words)).isFalse();
        assertThat(EntityRules.opensAnEventsName(text, m(text, "杭州", EntityType.LOC), words)).as("a verb between").isFalse();
        assertThat(EntityRules.opensAnEventsName(text, m(text, "中国国际中小企业", EntityType.ORG), words)).as("places only").isFalse();
        String partners = "参加中国—南亚博览会，中国—南亚商会发布报告。";
        var partnerWords = words(partners, "参加/v", "中国/ns", "—/w", "南亚/ns", "博览会/n", "，/w", "中国/ns", "—/w", "南亚/ns",
            "商会/nis", "发布/v", "报告/n", "。/w");
        assertThat(EntityRules.opensAnEventsName(partners, m(partners, "中国—南亚", EntityType.ORG), partnerWords))
            .as("two partners joined by a dash open the event's name").isTrue();
        assertThat(EntityRules.opensAnEventsName(partners, Words.mention(partners, "中国—南亚商会", EntityType.ORG, 10), partnerWords))
            .as("a body named after its partners").isFalse();

        String meeting = "洛州市区域医疗联合体建设推进会召开，洛州市召开推进会。";
        var cut = words(meeting, "洛州市/ns", "区域/n", "医疗/n", "联合体/n", "建设/vn", "推进/v", "会/n", "召开/v", "，/w",
            "洛州市/ns", "召开/v", "推进/v", "会/n", "。/w");
        assertThat(EntityRules.opensAnEventsName(meeting, m(meeting, "洛州市", EntityType.LOC), cut)).as("a meeting the segmenter cuts")
            .isTrue();
        assertThat(EntityRules.opensAnEventsName(meeting, Words.mention(meeting, "洛州市", EntityType.LOC, 10), cut)).isFalse();
    }

    @Test
    void aRegionTakesTheNationalZoneOverItAndTwoParksJoinedBy和AreNoBody() {
        String text = "苏南国家自主创新示范区和郑洛新国家自主创新示范区建设提速，企业入驻杭州软件园和天津软件园。";
        var words = words(text, "苏南/ns", "国家/n", "自主创新/v", "示范区/n", "和/cc", "郑/tg", "洛/b", "新/a", "国家/n", "自主创新/v",
            "示范区/n", "建设/vn", "提速/v", "，/w", "企业/n", "入/v", "驻/v", "杭州/ns", "软件园/nz", "和/cc", "天津/ns", "软件园/nz", "。/w");
        List<Mention> found = List.of(m(text, "郑洛新", EntityType.PER), m(text, "杭州", EntityType.LOC), m(text, "天津软件园", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface).containsExactly(
            "苏南国家自主创新示范区", "郑洛新国家自主创新示范区", "杭州", "天津软件园");
    }

    @Test
    void aVillagesCooperativeIsABodyWithItsPlacesAndAVillagesCommitteeAloneIsNone() {
        String text = "德清县莫干山镇劳岭村股份经济合作社分红，村委会主任出席，在杭州举办合作社培训。";
        var words = words(text, "德/b", "清/tg", "县/n", "莫/d", "干/v", "山/n", "镇/n", "劳/ng", "岭/ng", "村/n", "股份/n", "经济/n",
            "合作社/nis", "分红/vi", "，/w", "村委会/nis", "主任/nnt", "出席/v", "，/w", "在/p", "杭州/ns", "举办/v", "合作社/nis",
            "培训/vn", "。/w");
        List<Mention> found = List.of(m(text, "德清县", EntityType.LOC), m(text, "莫干山镇", EntityType.LOC),
            m(text, "劳岭村", EntityType.LOC), m(text, "村委会", EntityType.ORG), m(text, "杭州", EntityType.LOC));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("德清县莫干山镇劳岭村股份经济合作社", EntityType.ORG), tuple("杭州", EntityType.LOC));
    }

    @Test
    void aBareWordsBoardAndABodyOfGenericWordsAreNoNames() {
        String text = "合众科技股份有限公司公告，公司董事会同意回购，集团党委表示支持，两地共建工程技术研究中心和重点实验室，浙江大学学生会参与。";
        List<Mention> found = List.of(m(text, "合众科技股份有限公司", EntityType.ORG), m(text, "公司董事会", EntityType.ORG),
            m(text, "集团党委", EntityType.ORG), m(text, "工程技术研究中心", EntityType.ORG), m(text, "重点实验室", EntityType.ORG),
            m(text, "浙江大学学生会", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface)
            .containsExactly("合众科技股份有限公司", "浙江大学学生会");
    }

    @Test
    void aStudentsTeamIsItsUniversitysAndABuildingVerbOpensNoName() {
        String text = "南湖大学材料学院学生团队夺冠，两市共建国家海洋装备创新中心。";
        var words = words(text, "南湖/ns", "大学/nis", "材料/n", "学院/nis", "学生/nnt", "团队/n", "夺冠/v", "两/m",
            "市/n", "共建/v", "国家/n", "海洋/n", "装备/n", "创新/vn", "中心/nis");
        List<Mention> found = List.of(m(text, "南湖大学材料学院学生团队", EntityType.ORG), m(text, "共建国家海洋装备创新中心", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("南湖大学", "国家海洋装备创新中心");
    }

    @Test
    void aUniversitysShortNameOpeningASchoolsOrAHospitalsNameIsNotTheUniversity() {
        String text = "同济医学院的专家和同济的学生一起调研，日本外务省和财务省发布声明。";
        var words = words(text, "同济/nz", "医学院/nis", "的/ude1", "专家/nnt", "和/cc", "同济/nz", "的/ude1", "学生/nnt",
            "一起/s", "调研/vn", "，/w", "日本/ns", "外务省/n", "和/cc", "财务省/n", "发布/v", "声明/n", "。/w");
        List<Mention> found = List.of(m(text, "日本", EntityType.LOC));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("同济", EntityType.ORG), tuple("日本外务省", EntityType.ORG), tuple("财务省", EntityType.ORG));
    }

    @Test
    void aBodyRunIntoWhatItDoesEndsWithItsBodysWordAndAnOrganisationOfAFieldStays() {
        String text = "青田县东门街道办事处组织开展演练，国际电信组织发布报告。";
        var words = words(text, "青田县/ns", "东门/nz", "街道/ns", "办事处/nis", "组织/n", "开展/v", "演练/vn", "，/w", "国际/n",
            "电信/n", "组织/n", "发布/v", "报告/n", "。/w");
        List<Mention> found = List.of(m(text, "青田县东门街道办事处组织", EntityType.ORG), m(text, "国际电信组织", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("青田县东门街道办事处", "国际电信组织");
    }

    @Test
    void aBodyRunOverASendingActAndWhatItSendsEndsBeforeTheAct() {
        String text = "湘南大学附属医院派出医疗队赴藏，援疆工作组派出单位另行通知。";
        var words = words(text, "湘南/ns", "大学/n", "附属医院/nis", "派出/v", "医疗队/n", "赴/v", "藏/j", "，/w", "援疆/v",
            "工作组/n", "派出/v", "单位/n", "另行/d", "通知/v", "。/w");
        List<Mention> found = List.of(m(text, "湘南大学附属医院派出医疗队", EntityType.ORG), m(text, "援疆工作组派出单位", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("援疆工作组: no body's word before the act").containsExactly("湘南大学附属医院", "援疆工作组派出单位");
    }

    @Test
    void aBodyRunOverSettingSomethingUpOrHoldingAnEventEndsBeforeTheAct() {
        String text = "临江市第二人民医院建立专科联盟，市科学技术协会举办科普周。";
        var words = words(text, "临江市/ns", "第二/mq", "人民医院/nis", "建立/v", "专科/n", "联盟/n", "，/w", "市/n", "科学技术/n",
            "协会/nis", "举办/v", "科普/n", "周/qt", "。/w");
        List<Mention> found = List.of(m(text, "临江市第二人民医院建立专科联盟", EntityType.ORG), m(text, "市科学技术协会举办科普周", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("临江市第二人民医院", "市科学技术协会");
    }

    @Test
    void aBranchNamedByItsPlaceIsTheBodysNotAPlaceRunningIntoAZone() {
        String text = "中国农业银行股份有限公司成都市分行为高新区企业授信，成都市分行业统计显示增长。";
        var words = words(text, "中国农业银行/nt", "股份/n", "有限公司/nis", "成都市/ns", "分/q", "行为/n", "高新区/nz", "企业/n",
            "授信/vn", "，/w", "成都市/ns", "分/q", "行业/n", "统计/vn", "显示/v", "增长/v", "。/w");
        int second = text.lastIndexOf("成都市");
        List<Mention> found = List.of(m(text, "中国农业银行股份有限公司", EntityType.ORG), m(text, "成都市", EntityType.LOC),
            Words.mention(text, "成都市", EntityType.LOC, second));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).contains(
            tuple("中国农业银行股份有限公司成都市分行", EntityType.ORG), tuple("成都市", EntityType.LOC))
            .as("分行业 is by industry: no branch").doesNotContain(tuple("成都市分行业", EntityType.ORG));
    }

    @Test
    void aDepartmentAfterAProvinceWhoseNameHoldsALevelCharacterIsWhole() {
        EntityRules withProvinces = new EntityRules(Set.of("贵州省", "福州市"));
        String text = "福州市文化和旅游局发布冬季线路。";
        var words = words(text, "福州市/ns", "文化/n", "和/cc", "旅游/vn", "局/n", "发布/v", "冬季/t", "线路/n", "。/w");
        assertThat(withProvinces.apply(text, List.of(m(text, "福州市", EntityType.LOC)), words))
            .as("州 of 福州市 opens no level's body; 市 after it does").extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("福州市文化和旅游局", EntityType.ORG));
    }

    @Test
    void aDatelinesMediumIsAnOrganisationButThePagesOwnIsNot() {
        String text = "江南网临安11月5日电（记者 王珂）本报讯 据东海之声11月6日讯，国家电网11月1日电价调整。";
        var words = words(text, "江南/ns", "网/n", "临安/ns", "11月/t", "5/m", "日/qt", "电/n", "（/w", "记者/n", "王珂/nr", "）/w",
            "本报讯/n", "据/p", "东海/ns", "之/uzhi", "声/n", "11月/t", "6/m", "日/qt", "讯/ng", "，/w", "国家电网/nt", "11月/t", "1/m",
            "日/qt", "电价/n", "调整/vn", "。/w");
        List<Mention> found = List.of(m(text, "江南", EntityType.LOC), m(text, "临安", EntityType.LOC), m(text, "王珂", EntityType.PER));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type)
            .as("江南 of 江南网 gives way; 国家电网 is named by the dictionaries, not as a dateline's medium")
            .containsExactly(tuple("江南网", EntityType.ORG), tuple("临安", EntityType.LOC), tuple("王珂", EntityType.PER),
                tuple("东海之声", EntityType.ORG), tuple("国家电网", EntityType.ORG));
        String reporter = "澎湃新闻记者从市统计局获悉。";
        assertThat(rules.apply(reporter, List.of(), words(reporter, "澎湃/a", "新闻记者/nnt", "从/p", "市/n", "统计局/nis", "获悉/v", "。/w")))
            .as("a known medium whose last word the segmenter joined to 记者").extracting(Mention::surface)
            .containsExactly("澎湃新闻", "市统计局");
    }

    @Test
    void aBodyTheTaggerOpenedInsideARegionIsNamedAfterTheWholeRegion() {
        String text = "长江三角洲区域合作办公室发布年度计划，三角洲以南的城市跟进。";
        var words = words(text, "长江/ns", "三角洲/n", "区域/n", "合作/vn", "办公室/n", "发布/v", "年度/n", "计划/n", "，/w",
            "三角洲/n", "以南/f", "的/ude1", "城市/n", "跟进/v", "。/w");
        assertThat(rules.apply(text, List.of(m(text, "三角洲区域合作办公室", EntityType.ORG)), words)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("长江三角洲区域合作办公室", EntityType.ORG));
    }

    @Test
    void aGroupABodySendsIsTheBodysWhereItsNameEndsAsABodys() {
        String text = "临江市人民医院医疗队赴灾区，省卫健委专家组随行，援外工作组出发。";
        var words = words(text, "临江市/ns", "人民医院/nis", "医疗队/n", "赴/v", "灾区/n", "，/w", "省/n", "卫健委/nis",
            "专家组/nis", "随行/v", "，/w", "援外/vn", "工作组/n", "出发/v", "。/w");
        List<Mention> found = List.of(m(text, "临江市人民医院医疗队", EntityType.ORG), m(text, "省卫健委专家组", EntityType.ORG),
            m(text, "援外工作组", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("援外 ends no body's name: the group stays as the tagger found it")
            .containsExactly("临江市人民医院", "省卫健委", "援外工作组");
    }

    @Test
    void aNameTheTaggerRanFromPlacesOverABuildingVerbIsThePlaces() {
        String text = "宝马公司将在沈阳铁西区建设电池工厂，上海市建设交通委员会批复。";
        var words = words(text, "宝马/nz", "公司/nis", "将/d", "在/p", "沈阳/ns", "铁西区/ns", "建设/vn", "电池/n", "工厂/nis",
            "，/w", "上海市/ns", "建设/vn", "交通/n", "委员会/nis", "批复/v", "。/w");
        List<Mention> found = List.of(m(text, "宝马公司", EntityType.ORG), m(text, "沈阳铁西区建设电池工厂", EntityType.ORG),
            m(text, "上海市建设交通委员会", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type)
            .as("a body's name after 建设 (…交通委员会) is one name").contains(tuple("上海市建设交通委员会", EntityType.ORG))
            .doesNotContain(tuple("沈阳铁西区建设电池工厂", EntityType.ORG)).contains(tuple("沈阳铁西区", EntityType.LOC));
    }

    @Test
    void aHeadquartersNamedByItsPlaceAloneIsThePlace() {
        String text = "小禾科技在成都总部发布新品，华为成都总部也在场。";
        var words = words(text, "小禾/nz", "科技/n", "在/p", "成都/ns", "总部/nis", "发布/v", "新品/n", "，/w", "华为/ntc",
            "成都/ns", "总部/nis", "也/d", "在/p", "场/n", "。/w");
        List<Mention> found = List.of(m(text, "成都总部", EntityType.ORG), m(text, "华为成都总部", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("成都", EntityType.LOC), tuple("华为成都总部", EntityType.ORG));
    }

    @Test
    void aTimeBeforeANameTheWritersOwnBodiesAndABareWordsClauseAreNoNames() {
        String text = "近三年学院学生团队获奖，天衡信实验室发布报告，学校材料学院党委和我校团委参加，中心实行理事会领导下的负责制。";
        var words = words(text, "近/a", "三/m", "年/qt", "学院/nis", "学生/nnt", "团队/n", "获奖/vi", "，/w", "天/qt", "衡信/nz", "实验室/nis",
            "发布/v", "报告/n", "，/w", "学校/nis", "材料/n", "学院/nis", "党委/nis", "和/cc", "我/rr", "校/ng", "团委/nis", "参加/v",
            "，/w", "中心/nis", "实行/v", "理事会/nis", "领导/n", "下/f", "的/ude1", "负责制/n", "。/w");
        List<Mention> found = List.of(m(text, "近三年学院学生团队", EntityType.ORG), m(text, "天衡信实验室", EntityType.ORG),
            m(text, "学校材料学院党委", EntityType.ORG), m(text, "我校团委", EntityType.ORG), m(text, "中心实行理事会", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface).containsExactly("天衡信实验室");
    }

    @Test
    void aPartyDepartmentByItsFunctionAloneIsItsCommitteesAndWithItsCommitteeABody() {
        String text = "县委常委、组织部部长出席，市委宣传部和中央统战部参加。";
        List<Mention> found = List.of(m(text, "组织部", EntityType.ORG), m(text, "市委宣传部", EntityType.ORG),
            m(text, "中央统战部", EntityType.ORG));
        var words = words(text, "县委/nt", "常委/nnt", "、/w", "组织部/nis", "部长/nnt", "出席/v", "，/w", "市委/nt", "宣传部/nis",
            "和/cc", "中央/n", "统战部/nis", "参加/v", "。/w");
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("县委", "市委宣传部", "中央统战部");
    }

    @Test
    void aBodysFieldMayHoldGrasslandButTheFormerBodyOpensNoName() {
        EntityRules withProvinces = new EntityRules(Set.of("甘肃省"));
        String text = "甘肃省林业和草原局联合市总工会和原市体育局开展植树活动。";
        var words = words(text, "甘肃省/ns", "林业/n", "和/cc", "草原/n", "局/n", "联合/vn", "市/n", "总工会/nis", "和/cc",
            "原/b", "市/n", "体育局/nis", "开展/v", "植树/vi", "活动/vn", "。/w");
        assertThat(withProvinces.apply(text, List.of(m(text, "甘肃省", EntityType.LOC)), words)).extracting(Mention::surface)
            .contains("甘肃省林业和草原局", "市体育局").as("原 is the former: no name across it")
            .noneMatch(s -> s.contains("原市"));
    }

    @Test
    void aPrefectureOrALeagueCutBeforeItsSuffixIsCompleted() {
        EntityRules withPrefectures = new EntityRules(Set.of("塔城地区", "阿拉善盟"));
        String text = "塔城地区与阿拉善盟签约，北京地区也派员参加。";
        var words = words(text, "塔城/ns", "地区/n", "与/cc", "阿拉善/ns", "盟/ng", "签约/vi", "，/w", "北京/ns", "地区/n");
        List<Mention> found = List.of(m(text, "塔城", EntityType.LOC), m(text, "阿拉善", EntityType.LOC), m(text, "北京", EntityType.LOC));
        assertThat(withPrefectures.apply(text, found, words)).extracting(Mention::surface)
            .as("北京地区 is no division").containsExactly("塔城地区", "阿拉善盟", "北京");
    }

    @Test
    void aSchoolNamedByItsCityAndNumberIsABody() {
        String text = "南平三中与南平一小结对帮扶，南平一小时车程内初步形成，支队二中队参加。";
        var words = words(text, "南平/ns", "三/m", "中/f", "与/cc", "南平/ns", "一/m", "小/a", "结对/v", "帮扶/v", "，/w",
            "南平/ns", "一/m", "小时/q", "车程/n", "内/f", "初步/d", "形成/v", "，/w", "支队/n", "二/m", "中队/n");
        int third = text.lastIndexOf("南平");
        List<Mention> found = List.of(m(text, "南平", EntityType.LOC), Words.mention(text, "南平", EntityType.LOC, 5),
            Words.mention(text, "南平", EntityType.LOC, third));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("南平三中", EntityType.ORG), tuple("南平一小", EntityType.ORG), tuple("南平", EntityType.LOC));
    }

    @Test
    void aCooperativeOrAFarmNamedAfterItsFounderIsOneBody() {
        String text = "泸溪县刘春华柑橘种植专业合作社和泸溪县刘春华书法协会都收到了订单。";
        var words = words(text, "泸溪县/ns", "刘春华/nr", "柑橘/n", "种植/vn", "专业/n", "合作社/nis", "和/cc", "泸溪县/ns",
            "刘春华/nr", "书法/n", "协会/nis", "都/d", "收到/v");
        int second = text.lastIndexOf("泸溪县");
        List<Mention> found = List.of(m(text, "泸溪县", EntityType.LOC), m(text, "刘春华", EntityType.PER),
            Words.mention(text, "泸溪县", EntityType.LOC, second), Words.mention(text, "刘春华", EntityType.PER, second));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type)
            .as("an association named after a person is not taken").containsExactly(
                tuple("泸溪县刘春华柑橘种植专业合作社", EntityType.ORG), tuple("泸溪县", EntityType.LOC), tuple("刘春华", EntityType.PER));
    }

    @Test
    void aFamilyFarmTheTaggerTookForAPlaceIsABody() {
        String text = "该县青禾家庭农场今年扩种了小麦，山河农场也在扩种。";
        List<Mention> found = List.of(m(text, "青禾家庭农场", EntityType.LOC), m(text, "山河农场", EntityType.LOC));
        var words = words(text, "该县/r", "青/a", "禾/ng", "家庭/n", "农场/nis", "今年/t", "扩种/v", "了/ule", "小麦/n", "，/w",
            "山河/n", "农场/nis");
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface, Mention::type)
            .as("a farm alone may be a place").containsExactly(tuple("青禾家庭农场", EntityType.ORG), tuple("山河农场", EntityType.LOC));
    }

    @Test
    void aNameWrittenWithAMiddleDotOpensWhereItsCharactersBegin() {
        String text = "会上，阿不都克里木·买买提发言，他们都艾买提·吐尔逊的意见表示赞同。";
        var words = words(text, "会上/n", "，/w", "阿/b", "不/d", "都/d", "克里木/nrf", "·/w", "买买提/nrf", "发言/v", "，/w",
            "他们/r", "都/d", "艾买提/nrf", "·/w", "吐尔逊/nrf");
        List<Mention> found = List.of(m(text, "克里木·买买提", EntityType.PER), m(text, "艾买提·吐尔逊", EntityType.PER));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("都 after 他们 is an adverb").containsExactly("阿不都克里木·买买提", "艾买提·吐尔逊");
    }

    @Test
    void aCountrysFullNameIsOnePlace() {
        String text = "代表团访问了尼泊尔联邦民主共和国和泰国。";
        List<Mention> found = List.of(m(text, "尼泊尔", EntityType.LOC), m(text, "联邦民主共和国", EntityType.LOC),
            m(text, "泰国", EntityType.LOC));
        assertThat(rules.apply(text, found)).extracting(Mention::surface).containsExactly("尼泊尔联邦民主共和国", "泰国");
    }

    @Test
    void aCompanysWordsAloneAreNoName() {
        String text = "公司子公司与该公司全资子公司、蚂蚁集团、集团公司。";
        assertThat(EntityRules.fragment(m(text, "公司子公司", EntityType.ORG))).isTrue();
        assertThat(EntityRules.fragment(m(text, "该公司全资子公司", EntityType.ORG))).isTrue();
        assertThat(EntityRules.fragment(m(text, "集团公司", EntityType.ORG))).isTrue();
        assertThat(EntityRules.fragment(m(text, "蚂蚁集团", EntityType.ORG))).isFalse();
    }

    @Test
    void aCompanysBoardFoldsIntoTheCompany() {
        String text = "青山环保股份有限公司董事会审议通过了分红方案。";
        assertThat(rules.apply(text, List.of(m(text, "青山环保股份有限公司董事会", EntityType.ORG)))).extracting(Mention::surface)
            .containsExactly("青山环保股份有限公司");
    }

    @Test
    void placesTheTaggerCutADivisionsFullNameIntoAreThatDivision() {
        EntityRules withPrefectures = new EntityRules(Set.of("临夏回族自治州", "积石山保安族东乡族撒拉族自治县"));
        String text = "临夏回族自治州积石山保安族东乡族撒拉族自治县开展灾后重建。";
        List<Mention> found = List.of(m(text, "临夏", EntityType.LOC), m(text, "回族自治州", EntityType.LOC),
            m(text, "积石山", EntityType.LOC), m(text, "保安族东乡族", EntityType.ORG));
        assertThat(withPrefectures.apply(text, found)).extracting(Mention::surface, Mention::type)
            .as("a body inside the name stands: the tagger's, not ours to undo").containsExactly(
                tuple("临夏回族自治州", EntityType.LOC), tuple("积石山", EntityType.LOC), tuple("保安族东乡族", EntityType.ORG));
    }

    @Test
    void aCountyWhoseNameEndsAsACountIsAPlace() {
        EntityRules withCounties = new EntityRules(Set.of("治多县"));
        String text = "治多县与周边三县联合巡护。";
        assertThat(withCounties.noName(m(text, "治多县", EntityType.LOC))).isFalse();
        assertThat(withCounties.noName(m(text, "三县", EntityType.LOC))).isTrue();
    }

    @Test
    void aPrefecturesBodyIsNamedByItsLevelButARegionOfAKindIsNot() {
        EntityRules withPrefectures = new EntityRules(Set.of("和田地区"));
        String text = "和田地区林业和草原局、地区农业农村局参加，各地区发展改革委和贫困地区教育局列席。";
        var words = words(text, "和田/ns", "地区/n", "林业/n", "和/cc", "草原/n", "局/n", "、/w", "地区/n", "农业/n", "农村/n",
            "局/n", "参加/v", "，/w", "各/rz", "地区/n", "发展/vn", "改革委/nis", "和/cc", "贫困/a", "地区/n", "教育局/nis", "列席/v");
        assertThat(withPrefectures.apply(text, List.of(m(text, "和田", EntityType.LOC)), words)).extracting(Mention::surface)
            .containsExactly("和田地区林业和草原局", "地区农业农村局");
    }

    @Test
    void aNameWrittenWithAMiddleDotEndsWhereItsCharactersEnd() {
        String text = "副局长买买提江·阿不都热依木介绍，艾尔肯·吐尔逊都说好。";
        var words = words(text, "副局长/nnt", "买买提/nz", "江/n", "·/w", "阿/b", "不/d", "都/d", "热依木/nrf", "介绍/v", "，/w",
            "艾尔肯/nrf", "·/w", "吐尔逊/nrf", "都/d", "说/v", "好/a");
        List<Mention> found = List.of(m(text, "买买提江·阿", EntityType.PER), m(text, "艾尔肯·吐尔逊", EntityType.PER));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .as("都 before 说 is an adverb").containsExactly("买买提江·阿不都热依木", "艾尔肯·吐尔逊");
    }

    @Test
    void aLandPortIsAPlaceButACitysPortsAreNone() {
        String text = "经霍尔果斯口岸和瑞丽市口岸出口。";
        List<Mention> found = List.of(m(text, "霍尔果斯", EntityType.PER), m(text, "瑞丽市", EntityType.LOC));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("霍尔果斯口岸", EntityType.LOC), tuple("瑞丽市", EntityType.LOC));
    }

    @Test
    void aFamilyFarmTheSegmenterCutIsNamedAfterItsFounderWhateverTheWordsOfTheName() {
        String text = "疏勒县李建军家庭农场种植杏子。";
        var words = words(text, "疏勒县/ns", "李/n", "建军/vi", "家庭/n", "农场/nis", "种植/vn", "杏子/n");
        List<Mention> found = List.of(m(text, "疏勒县", EntityType.LOC), m(text, "李建军", EntityType.PER));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface).containsExactly("疏勒县李建军家庭农场");
    }

    @Test
    void bareAssociationsAndTheJurisdictionsBodiesAreNoNames() {
        String text = "协会今年组织展销，辖区派出所和当地政府配合。";
        assertThat(EntityRules.fragment(m(text, "协会", EntityType.ORG))).isTrue();
        assertThat(EntityRules.fragment(m(text, "辖区派出所", EntityType.ORG))).isTrue();
        assertThat(EntityRules.fragment(m(text, "当地政府", EntityType.ORG))).isTrue();
    }

    @Test
    void aNewsAgencyTheTaggerTookForAPersonIsABody() {
        String text = "据彭博社报道，韦社长也来了。";
        assertThat(rules.apply(text, List.of(m(text, "彭博社", EntityType.PER), m(text, "韦社", EntityType.PER))))
            .extracting(Mention::surface, Mention::type)
            .as("a two-character name may end so").containsExactly(tuple("彭博社", EntityType.ORG), tuple("韦社", EntityType.PER));
    }

    @Test
    void aTeamNamedAfterItsLeaderAfterATitleIsThePersonsNotABody() {
        String text = "院士陈立新团队和星河团队完成攻关。";
        List<Mention> found = List.of(m(text, "陈立新团队", EntityType.ORG), m(text, "星河团队", EntityType.ORG));
        assertThat(rules.apply(text, found)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("陈立新", EntityType.PER), tuple("星河", EntityType.ORG));
    }

    @Test
    void aSupplyCooperativeFederationIsABodyNamedByItsLevelAndEndsABodysName() {
        String text = "地区供销合作社联合社参加，省供销合作社联合社召开理事会。";
        var words = words(text, "地区/n", "供销合作社/d", "联合社/n", "参加/v", "，/w", "省/n", "供销合作社/d", "联合社/n",
            "召开/v", "理事会/nis", "。/w");
        List<Mention> found = List.of(m(text, "省供销合作社联合社召开理事会", EntityType.ORG));
        assertThat(rules.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("地区供销合作社联合社", "省供销合作社联合社");
    }
}
