package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.policylens.analyse.Words.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DivisionStemsTest {

    private static final PlaceResolver PLACES = new PlaceResolver();
    private final DivisionStems stems = new DivisionStems(PLACES);

    @Test
    void aDistrictNamedByItsStemIsAPlaceWhereTheDocumentNamesItsProvince() {
        String text = "浙江省新一批重点项目中，三家企业落户瓯海，两家选择安吉。";
        var words = Words.of(text, "浙江省/ns", "落户/vi", "瓯海/ns", "，/w", "两/m", "家/q", "选择/v", "安/v", "吉/a");
        List<Mention> found = List.of(mention(text, "浙江省", EntityType.LOC), mention(text, "安吉", EntityType.PER));
        assertThat(stems.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("浙江省", EntityType.LOC), tuple("瓯海", EntityType.LOC), tuple("安吉", EntityType.LOC));
    }

    @Test
    void aZoneNamedByItsCountysStemIsAPlaceWhateverTheTaggerMadeOfIt() {
        String text = "安徽省招商会上，肥西经开区签约项目28个，长丰双凤经开区和肥东经开区管委会参加，肥西新区域规划同步发布。";
        var words = Words.of(text, "安徽省/ns", "招商会/n", "上/f", "，/w", "肥西/ns", "经开区/n", "签约/vi", "项目/n", "28/m",
            "个/q", "，/w", "长丰/ns", "双/m", "凤/n", "经开区/n", "和/cc", "肥东/ns", "经开区/n", "管委会/nis", "参加/v", "，/w",
            "肥西/ns", "新/a", "区域/n", "规划/n");
        List<Mention> found = List.of(mention(text, "安徽省", EntityType.LOC), mention(text, "丰双凤", EntityType.PER),
            mention(text, "肥东经开区管委会", EntityType.ORG));
        assertThat(stems.apply(text, found, words)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("安徽省", EntityType.LOC), tuple("肥西经开区", EntityType.LOC), tuple("长丰双凤经开区", EntityType.LOC),
            tuple("肥东经开区管委会", EntityType.ORG), tuple("肥西", EntityType.LOC));
    }

    @Test
    void withoutItsProvinceAStemIsLeftAlone() {
        String text = "三家企业落户瓯海，两家选择安吉。";
        var words = Words.of(text, "落户/vi", "瓯海/ns", "，/w", "选择/v", "安/v", "吉/a");
        List<Mention> found = List.of(mention(text, "安吉", EntityType.PER));
        assertThat(stems.apply(text, found, words)).containsExactlyElementsOf(found);
    }

    @Test
    void aStemTheSegmenterReadsAsACommonWordOrAcrossAConjunctionIsNoPlace() {
        String text = "浙江将建设云和数据中心，江山如此多娇。";
        var words = Words.of(text, "浙江/ns", "建设/v", "云/n", "和/cc", "数据/n", "中心/n", "，/w", "江山/n", "如此/r");
        List<Mention> found = List.of(mention(text, "浙江", EntityType.LOC));
        assertThat(stems.apply(text, found, words)).extracting(Mention::surface).containsExactly("浙江");
    }

    @Test
    void aStemRunIntoThePlaceAfterItIsCutOffButAFacilityKeepsItsPlace() {
        String text = "宁波鄞州东钱湖畔建起新园区，郑州新郑国际机场开通新航线。";
        var words = Words.of(text, "宁波/ns", "鄞州/ns", "东钱湖/ns", "畔/ng", "郑州/ns", "新郑/ns", "国际/n", "机场/n");
        List<Mention> found = List.of(mention(text, "宁波", EntityType.LOC), mention(text, "鄞州东钱湖", EntityType.LOC),
            mention(text, "郑州", EntityType.LOC), mention(text, "新郑国际机场", EntityType.LOC));
        assertThat(stems.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("宁波", "鄞州", "东钱湖", "郑州", "新郑国际机场");
    }

    @Test
    void aCityAStemAndThePlaceAfterThemWrittenAsOneAreThreePlaces() {
        String text = "浙江绍兴柯桥鉴湖边新建了一座纺织博物馆。";
        var words = Words.of(text, "浙江/ns", "绍兴/ns", "柯桥/ns", "鉴湖/ns", "边/f", "新建/v", "了/ule");
        List<Mention> found = List.of(mention(text, "浙江", EntityType.LOC), mention(text, "绍兴柯桥鉴湖", EntityType.LOC));
        assertThat(stems.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("浙江", "绍兴", "柯桥", "鉴湖");
    }

    @Test
    void aTownshipAfterItsCountyIsAPlace() {
        String text = "鄞州区姜山镇的企业代表发言。";
        var words = Words.of(text, "鄞州区/ns", "姜山/nz", "镇/n", "的/u", "企业/n");
        List<Mention> found = List.of(mention(text, "鄞州区", EntityType.LOC));
        assertThat(stems.apply(text, found, words)).extracting(Mention::surface).containsExactly("鄞州区", "姜山镇");
    }

    @Test
    void aCityAndItsDistrictWrittenTogetherAreTwoPlaces() {
        String text = "温州鹿城的企业和杭州西湖的景区。";
        var words = Words.of(text, "温州/ns", "鹿城/ns", "的/u", "企业/n", "和/c", "杭州/ns", "西湖/ns");
        List<Mention> found = List.of(mention(text, "温州鹿城", EntityType.LOC), mention(text, "杭州西湖", EntityType.LOC));
        assertThat(stems.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("温州", "鹿城", "杭州", "西湖");
    }

    @Test
    void aPrefectureNamedAfterItsCountysStemStaysOnePlace() {
        String text = "湖北省恩施土家族苗族自治州鹤峰县茶园面积扩大。";
        var words = Words.of(text, "湖北省/ns", "恩施/ns", "土家族/nz", "苗族/nz", "自治州/n", "鹤峰/ns", "县/n", "茶园/n");
        List<Mention> found = List.of(mention(text, "湖北省", EntityType.LOC), mention(text, "恩施土家族苗族自治州", EntityType.LOC),
            mention(text, "鹤峰县", EntityType.LOC));
        assertThat(stems.apply(text, found, words)).extracting(Mention::surface)
            .containsExactly("湖北省", "恩施土家族苗族自治州", "鹤峰县");
    }
}
