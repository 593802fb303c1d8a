package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceResolverTest {

    private static final PlaceResolver RESOLVER = new PlaceResolver();

    @Test
    void namesAndShortFormsResolveWithCodeAndHierarchy() {
        Map<String, Division> r = RESOLVER.resolve(List.of("杭州", "浙江", "内蒙古", "延边", "西湖区"));
        assertThat(r.get("杭州").code()).isEqualTo("330100");
        assertThat(r.get("杭州").path()).containsExactly("浙江省", "杭州市");
        assertThat(r.get("杭州").province()).isEqualTo("浙江省");
        assertThat(r.get("杭州").city()).isEqualTo("杭州市");
        assertThat(r.get("浙江").level()).isEqualTo("province");
        assertThat(r.get("内蒙古").name()).isEqualTo("内蒙古自治区");
        assertThat(r.get("延边").name()).isEqualTo("延边朝鲜族自治州");
        // 西湖区 exists in Hangzhou and Nanchang; Zhejiang named in the same document decides.
        assertThat(r.get("西湖区").path()).containsExactly("浙江省", "杭州市", "西湖区");
    }

    @Test
    void sharedNamesFollowTheDocumentsOtherPlaces() {
        assertThat(RESOLVER.resolve(List.of("深圳", "南山区")).get("南山区").code()).isEqualTo("440305");
        assertThat(RESOLVER.resolve(List.of("北京", "朝阳区")).get("朝阳区").path()).containsExactly("北京市", "朝阳区");
        assertThat(RESOLVER.resolve(List.of("北京", "朝阳区")).get("朝阳区").city()).isNull();
        // two 市中区 in Shandong (济南's, 枣庄's): the one of the city the document names
        assertThat(RESOLVER.resolve(List.of("济南", "历下区", "市中区")).get("市中区").code()).isEqualTo("370103");
        assertThat(RESOLVER.resolve(List.of("枣庄市", "市中区")).get("市中区").code()).isEqualTo("370402");
        assertThat(RESOLVER.resolve(List.of("山东省", "市中区"))).as("its province alone does not tell").doesNotContainKey("市中区");
    }

    @Test
    void hongKongsDistrictsLieInHongKongButNotThoseNamedLikeAnyCitysParts() {
        Map<String, Division> r = RESOLVER.resolve(List.of("深水埗区", "观塘", "大埔县"));
        assertThat(r.get("深水埗区").path()).containsExactly("香港特别行政区", "深水埗区");
        assertThat(r.get("观塘").province()).isEqualTo("香港特别行政区");
        assertThat(r.get("大埔县").province()).as("Guangdong's county, not Hong Kong's 大埔区").isEqualTo("广东省");
        assertThat(RESOLVER.names()).contains("沙田区").doesNotContain("沙田", "离岛", "西贡");
    }

    @Test
    void unknownPlacesStayUnresolved() {
        assertThat(RESOLVER.resolve(List.of("南太湖新区", "长三角"))).isEmpty();
    }

    @Test
    void anOrganisationsNameOpensWithItsPlaceAndADistrictResolvesThroughTheCity() {
        assertThat(RESOLVER.nameOpening("杭州市人民政府办公厅")).isEqualTo("杭州市");
        assertThat(RESOLVER.nameOpening("深圳市科技创新局")).isEqualTo("深圳市");
        assertThat(RESOLVER.nameOpening("浙江省科学技术厅")).isEqualTo("浙江省");
        assertThat(RESOLVER.nameOpening("内蒙古自治区人民政府")).isEqualTo("内蒙古自治区");
        assertThat(RESOLVER.nameOpening("中国人民银行")).isNull();
        assertThat(RESOLVER.nameOpening("国家发展和改革委员会")).isNull();
        assertThat(RESOLVER.nameOpening("杭州市")).as("a place alone is no organisation's name").isNull();
        Map<String, Division> places = RESOLVER.resolve(List.of(RESOLVER.nameOpening("深圳市科技创新局"),
            RESOLVER.nameOpening("南山区科技创新局")));
        assertThat(places.get("深圳市").path()).containsExactly("广东省", "深圳市");
        assertThat(places.get("南山区").code()).isEqualTo("440305");
    }

    @Test
    void aZoneLiesInTheCityItIsNamedAfter() {
        assertThat(RESOLVER.zoneOpening("南昌高新技术产业开发区")).isEqualTo("南昌");
        assertThat(RESOLVER.zoneOpening("济南新旧动能转换起步区")).isEqualTo("济南");
        assertThat(RESOLVER.zoneOpening("浙江自贸试验区")).isEqualTo("浙江");
        assertThat(RESOLVER.zoneOpening("南山区")).as("a division itself").isNull();
        assertThat(RESOLVER.zoneOpening("长三角")).isNull();
        assertThat(RESOLVER.zoneOpening("南昌大学")).as("no zone").isNull();
    }

    @Test
    void aNationalZoneAndItsBodyLieInThePlaceWrittenInBrackets() {
        assertThat(RESOLVER.zoneOpening("中国（湖南）自由贸易试验区长沙片区")).isEqualTo("湖南");
        assertThat(RESOLVER.zoneOpening("中国(宁波)跨境电子商务综合试验区")).isEqualTo("宁波");
        assertThat(RESOLVER.nameOpening("中国（云南）自由贸易试验区昆明片区管理委员会")).isEqualTo("云南");
        assertThat(RESOLVER.resolve(List.of(RESOLVER.nameOpening("中国（云南）自由贸易试验区昆明片区管理委员会")))
            .get("云南").province()).isEqualTo("云南省");
        assertThat(RESOLVER.nameOpening("中国（国际）服务贸易交易会组委会")).as("no place in the brackets").isNull();
    }

    @Test
    void taiwanHongKongAndMacaoAreOnTheMapThoughTheStatisticsTableLeavesThemOut() {
        Map<String, Division> r = RESOLVER.resolve(List.of("台中市", "高雄", "香港", "澳门特别行政区"));
        assertThat(r.get("台中市").path()).containsExactly("台湾省", "台中市");
        assertThat(r.get("高雄").city()).isEqualTo("高雄市");
        assertThat(r.get("香港").province()).isEqualTo("香港特别行政区");
        assertThat(r.get("澳门特别行政区").code()).isEqualTo("820000");
        assertThat(RESOLVER.nameOpening("台北市政府产业发展局")).isEqualTo("台北市");
    }
}
