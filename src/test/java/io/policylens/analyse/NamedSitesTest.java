package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NamedSitesTest {

    private final NamedSites sites = new NamedSites();

    @Test
    void aNameStoppedShortOfItsSiteWordTakesItAndIsAPlace() {
        String text = "参观了芜湖智能网联汽车测试基地、蚌埠硅基新材料产业园和宣城高新区管委会。";
        var words = Words.of(text, "参观/v", "了/ule", "芜湖/ns", "智能/n", "网/n", "联/vg", "汽车/n", "测试/vn", "基地/nis",
            "、/w", "蚌埠/ns", "硅基/n", "新材料/n", "产业园/n", "和/cc", "宣城/ns", "高新区/n", "管委会/nis", "。/w");
        List<Mention> found = List.of(Words.mention(text, "芜湖智能网联", EntityType.ORG), Words.mention(text, "蚌埠", EntityType.LOC),
            Words.mention(text, "宣城高新区管委会", EntityType.ORG));
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("芜湖智能网联汽车测试基地", EntityType.LOC), tuple("蚌埠硅基新材料产业园", EntityType.LOC),
            tuple("宣城高新区管委会", EntityType.ORG));
    }

    @Test
    void aStationNamedAfterItsCompanyIsASiteAndTheCompanyTheOrganisation() {
        String text = "星河能源集团青湾核电站二号机组并网，长河电力公司白石滩水电站发电，星河电站公司投产。";
        var words = Words.of(text, "星河/nz", "能源/n", "集团/nis", "青湾/ns", "核电站/n", "二号/m", "机组/n", "并网/vi", "，/w",
            "长河/ns", "电力/n", "公司/nis", "白石滩/ns", "水电站/n", "发电/vi", "，/w", "星河/nz", "电站/n", "公司/nis", "投产/vi", "。/w");
        List<Mention> found = List.of(Words.mention(text, "星河能源集团青湾核电站二号机组", EntityType.ORG),
            Words.mention(text, "长河电力公司白石滩水电站", EntityType.ORG), Words.mention(text, "星河电站公司", EntityType.ORG));
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface, Mention::type).as("a company named by a station")
            .containsExactly(tuple("星河能源集团", EntityType.ORG), tuple("青湾核电站", EntityType.LOC), tuple("长河电力公司", EntityType.ORG),
                tuple("白石滩水电站", EntityType.LOC), tuple("星河电站公司", EntityType.ORG));
    }

    @Test
    void aZonesBoardWrittenAfterItIsOneBody() {
        String text = "皖江生态绿色一体化发展示范区执行委员会印发要点，巢湖科技示范区工作委员会也参加。";
        var words = Words.of(text, "皖江/ns", "生态/n", "绿色/n", "一体化/vn", "发展/vn", "示范区/n", "执行/v", "委员会/nis",
            "印发/v", "要点/n", "，/w", "巢湖/ns", "科技/n", "示范区/n", "工作/vn", "委员会/nis", "也/d", "参加/v", "。/w");
        List<Mention> found = List.of(Words.mention(text, "皖江", EntityType.LOC), Words.mention(text, "执行委员会", EntityType.ORG),
            Words.mention(text, "巢湖", EntityType.LOC));
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("皖江生态绿色一体化发展示范区执行委员会", EntityType.ORG), tuple("巢湖科技示范区工作委员会", EntityType.ORG));
    }

    @Test
    void notAcrossAVerbOrAFunctionWordAndWhereABodysWordFollowsTheBody() {
        String text = "安庆光电建设产业园，池州的基地，黄山科技园区管委会，芜湖光伏有限公司滁州基地。";
        var words = Words.of(text, "安庆/ns", "光电/n", "建设/v", "产业园/n", "，/w", "池州/ns", "的/ude1", "基地/n",
            "，/w", "黄山/ns", "科技/n", "园区/n", "管委会/nis", "，/w", "芜湖/ns", "光伏/n", "有限公司/nis",
            "滁州/ns", "基地/n", "。/w");
        List<Mention> found = List.of(Words.mention(text, "安庆光电", EntityType.ORG), Words.mention(text, "池州", EntityType.LOC),
            Words.mention(text, "黄山", EntityType.LOC), Words.mention(text, "芜湖光伏有限公司", EntityType.ORG));
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface, Mention::type)
            .as("a company's site is the company's: 芜湖光伏有限公司 stays; a park's committee is a body").containsExactly(
                tuple("安庆光电", EntityType.ORG), tuple("池州", EntityType.LOC), tuple("黄山科技园区管委会", EntityType.ORG),
                tuple("芜湖光伏有限公司", EntityType.ORG));
    }

    @Test
    void aWholeZoneStandsAndWhatIsBuiltThereIsNoPartOfItsName() {
        String text = "在襄阳经济技术开发区建设国家级产业基地，宜昌光电建设示范基地。";
        var words = Words.of(text, "在/p", "襄阳/ns", "经济/n", "技术/n", "开发区/n", "建设/vn", "国家级/b", "产业/n",
            "基地/nis", "，/w", "宜昌/ns", "光电/n", "建设/vn", "示范/vn", "基地/nis", "。/w");
        List<Mention> found = List.of(Words.mention(text, "襄阳经济技术开发区", EntityType.LOC),
            Words.mention(text, "宜昌", EntityType.LOC));
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("襄阳经济技术开发区", EntityType.LOC), tuple("宜昌", EntityType.LOC));
    }

    @Test
    void aCompanysPlantNamedByItsCityIsTheCompanys() {
        String text = "星恒电源武汉基地投产，远航汽车襄阳工厂投产，位于开发区的小蓝汽车合肥工厂和海辰储能有限公司厦门基地，常州锂电新材料产业基地。";
        var words = Words.of(text, "星/ng", "恒/ag", "电源/n", "武汉/ns", "基地/nis", "投产/vi", "，/w", "远航/vn", "汽车/n",
            "襄阳/ns", "工厂/n", "投产/vi", "，/w", "位于/v", "开发区/n", "的/ude1",
            "小/a", "蓝/ag", "汽车/n", "合肥/ns", "工厂/n", "和/cc", "海辰/nz", "储能/vn", "有限公司/nis", "厦门/ns", "基地/nis", "，/w",
            "常州/ns", "锂电/n", "新材料/n", "产业/n", "基地/nis", "。/w");
        List<Mention> found = List.of(Words.mention(text, "武汉基地", EntityType.LOC), Words.mention(text, "襄阳工厂", EntityType.ORG), Words.mention(text, "合肥工厂", EntityType.LOC),
            Words.mention(text, "海辰储能有限公司", EntityType.ORG), Words.mention(text, "厦门基地", EntityType.LOC),
            Words.mention(text, "常州", EntityType.LOC));
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("星恒电源", EntityType.ORG), tuple("远航汽车", EntityType.ORG), tuple("小蓝汽车", EntityType.ORG), tuple("海辰储能有限公司", EntityType.ORG),
            tuple("常州锂电新材料产业基地", EntityType.LOC));

        // One name the tagger ran over the company, its city and its plant is the company; a city's base stays a place.
        String run = "星恒电源芜湖基地投产，芜湖新能源基地同日揭牌。";
        var runWords = Words.of(run, "星/ng", "恒/ag", "电源/n", "芜湖/ns", "基地/nis", "投产/vi", "，/w", "芜湖/ns", "新能源/nz",
            "基地/nis", "同日/t", "揭牌/vi", "。/w");
        assertThat(sites.apply(run, List.of(Words.mention(run, "星恒电源芜湖基地", EntityType.ORG),
            Words.mention(run, "芜湖新能源基地", EntityType.LOC)), runWords)).extracting(Mention::surface, Mention::type)
            .containsExactly(tuple("星恒电源", EntityType.ORG), tuple("芜湖新能源基地", EntityType.LOC));
    }

    @Test
    void aSiteTheTaggerMissedAfterItsZoneIsOnePlaceWithIt() {
        String text = "株洲经开区湘江智造产业基地开工，武汉经开区智能网联汽车测试场开放，中国药谷启用，泰州医药高新区内。";
        var words = Words.of(text, "株洲/ns", "经开区/nz", "湘江/ns", "智/ag", "造/v", "产业/n", "基地/nis", "开工/vi", "，/w",
            "武汉/ns", "经开区/nz", "智能/n", "网/n", "联/vg", "汽车/n", "测试/vn", "场/qv", "开放/v", "，/w",
            "中国/ns", "药/n", "谷/ng", "启用/v", "，/w", "泰州/ns", "医药/n", "高新区/nz", "内/f", "。/w");
        List<Mention> found = List.of(Words.mention(text, "株洲经开区", EntityType.LOC),
            Words.mention(text, "武汉经开区智能网联", EntityType.ORG), Words.mention(text, "中国", EntityType.LOC),
            Words.mention(text, "泰州医药高新区", EntityType.LOC));
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("株洲经开区湘江智造产业基地", EntityType.LOC), tuple("武汉经开区智能网联汽车测试场", EntityType.LOC),
            tuple("中国药谷", EntityType.LOC), tuple("泰州医药高新区", EntityType.LOC));
    }

    @Test
    void noSiteOfAKindNorAcrossAVerbNorOverASiteFoundOnItsOwnButABodyOfOne() {
        String text = "衡阳高新区三个产业园，衡阳高新区新落户产业园，岳阳经开区长炼产业园管委会，常德经开区、汉寿产业园。";
        var words = Words.of(text, "衡阳/ns", "高新区/nz", "三/m", "个/q", "产业园/n", "，/w", "衡阳/ns", "高新区/nz", "新/a",
            "落户/vi", "产业园/n", "，/w", "岳阳/ns", "经开区/nz", "长炼/nz", "产业园/n", "管委会/nis", "，/w",
            "常德/ns", "经开区/nz", "、/w", "汉寿/ns", "产业园/n", "。/w");
        List<Mention> found = List.of(Words.mention(text, "衡阳高新区", EntityType.LOC),
            Words.mention(text, "衡阳高新区", EntityType.LOC, 10), Words.mention(text, "岳阳经开区", EntityType.LOC),
            Words.mention(text, "常德经开区", EntityType.LOC), Words.mention(text, "汉寿产业园", EntityType.LOC));
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("衡阳高新区", "衡阳高新区", "岳阳经开区长炼产业园管委会", "常德经开区", "汉寿产业园");
    }

    @Test
    void aBodyTheTaggerRanFromAZoneToASiteIsTheSiteButAParkNamedAloneMayBeItsCompany() {
        String text = "宁波杭州湾新区滨海小镇开园，深圳湾科技园发布公告。";
        var words = Words.of(text, "宁波/ns", "杭州湾/ns", "新区/n", "滨海/ns", "小镇/n", "开园/vi", "，/w", "深圳湾/ns",
            "科技园/nz", "发布/v", "公告/n", "。/w");
        List<Mention> found = List.of(Words.mention(text, "宁波杭州湾新区滨海小镇", EntityType.ORG),
            Words.mention(text, "深圳湾科技园", EntityType.ORG));
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("宁波杭州湾新区滨海小镇", EntityType.LOC), tuple("深圳湾科技园", EntityType.ORG));
    }

    @Test
    void aSiteWithABodysWordAfterItNamesTheBody() {
        String text = "珠三角产业协同发展示范区执委会发布通知。";
        var words = Words.of(text, "珠三角/ns", "产业/n", "协同/vd", "发展/vn", "示范区/n", "执委会/n", "发布/v", "通知/n", "。/w");
        assertThat(sites.apply(text, List.of(Words.mention(text, "珠三角", EntityType.LOC)), words))
            .extracting(Mention::surface, Mention::type).containsExactly(tuple("珠三角产业协同发展示范区执委会", EntityType.ORG));
    }

    @Test
    void aVenueIsAPlaceButNotItsManagingBody() {
        String text = "大会在成都天府国际会议中心举行，西安奥体中心管理处负责保障。";
        List<Mention> found = List.of(Words.mention(text, "成都天府国际会议中心", EntityType.ORG),
            Words.mention(text, "西安奥体中心", EntityType.ORG));
        var words = Words.of(text, "大会/n", "在/p", "成都/ns", "天府/n", "国际/n", "会议中心/nis", "举行/v", "，/w", "西安/ns",
            "奥体中心/nz", "管理处/nis", "负责/v", "保障/v", "。/w");
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("成都天府国际会议中心", EntityType.LOC), tuple("西安奥体中心", EntityType.ORG));
    }

    @Test
    void aSiteNamedByItsPlaceAloneIsOnePlaceWithIt() {
        String text = "企业入驻南京软件园，上海科技城市更新项目提速。";
        var words = Words.of(text, "企业/n", "入/v", "驻/v", "南京/ns", "软件园/nz", "，/w", "上海/ns", "科技/n", "城市/n", "更新/v",
            "项目/n", "提速/v", "。/w");
        List<Mention> found = List.of(Words.mention(text, "南京", EntityType.LOC), Words.mention(text, "上海", EntityType.LOC));
        assertThat(sites.apply(text, found, words)).extracting(Mention::surface)
            .as("科技城 of 科技/城市 ends no word").containsExactly("南京软件园", "上海");
    }
}
