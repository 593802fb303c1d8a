package io.policylens.analyse;

import io.policylens.document.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OneNameOneTypeTest {

    private final OneNameOneType oneNameOneType = new OneNameOneType(new PlaceResolver());

    private static Mention at(String text, String surface, int occurrence, EntityType type) {
        int b = -1;
        for (int i = 0; i <= occurrence; i++) {
            b = text.indexOf(surface, b + 1);
        }
        return new Mention(new Span(b, b + surface.length()), surface, type, surface);
    }

    @Test
    void aCompanysShortFormTakesItsFullNameAndType() {
        String text = "星海科技集团发布新品。星海科技表示，星海科技将扩产。";
        List<Mention> found = List.of(at(text, "星海科技集团", 0, EntityType.ORG), at(text, "星海科技", 1, EntityType.LOC),
            at(text, "星海科技", 2, EntityType.PER));
        assertThat(oneNameOneType.apply(found)).extracting(Mention::type, Mention::normalised).containsOnly(
            tuple(EntityType.ORG, "星海科技集团"));
    }

    @Test
    void oneSurfaceTakesTheTypeMostOfItsMentionsHaveAnOrganisationOnATie() {
        String text = "蓝鲸发布财报，蓝鲸回应质疑，白鹭也回应，白鹭再回应。";
        List<Mention> found = List.of(at(text, "蓝鲸", 0, EntityType.LOC), at(text, "蓝鲸", 1, EntityType.ORG),
            at(text, "白鹭", 0, EntityType.PER), at(text, "白鹭", 1, EntityType.PER));
        assertThat(oneNameOneType.apply(found)).extracting(Mention::surface, Mention::type).containsExactly(
            tuple("蓝鲸", EntityType.ORG), tuple("蓝鲸", EntityType.ORG), tuple("白鹭", EntityType.PER),
            tuple("白鹭", EntityType.PER));
    }

    @Test
    void aPlaceOnTheMapIsNoCompanysShortFormAndWinsATie() {
        String text = "杭州集团落户杭州，杭州回应。";
        List<Mention> found = List.of(at(text, "杭州集团", 0, EntityType.ORG), at(text, "杭州", 1, EntityType.LOC),
            at(text, "杭州", 2, EntityType.PER));
        assertThat(oneNameOneType.apply(found)).extracting(Mention::surface, Mention::type, Mention::normalised)
            .containsExactly(tuple("杭州集团", EntityType.ORG, "杭州集团"), tuple("杭州", EntityType.LOC, "杭州"),
                tuple("杭州", EntityType.LOC, "杭州"));
    }

    @Test
    void aBodysShortFormByItsLevelStandsForTheFullNameTheDocumentWrites() {
        String text = "温州市人民检察院与宁波市中级人民法院会商，市检察院、市中院和市政府参加；温州市发展和改革委员会称市发改委将牵头。";
        List<Mention> found = List.of(at(text, "温州市人民检察院", 0, EntityType.ORG), at(text, "宁波市中级人民法院", 0, EntityType.ORG),
            at(text, "市检察院", 0, EntityType.ORG), at(text, "市中院", 0, EntityType.ORG), at(text, "市政府", 0, EntityType.ORG),
            at(text, "温州市发展和改革委员会", 0, EntityType.ORG), at(text, "市发改委", 0, EntityType.ORG));
        assertThat(oneNameOneType.apply(found)).extracting(Mention::surface, Mention::normalised).as("市政府: no full name written")
            .containsExactly(tuple("温州市人民检察院", "温州市人民检察院"), tuple("宁波市中级人民法院", "宁波市中级人民法院"),
                tuple("市检察院", "温州市人民检察院"), tuple("市中院", "宁波市中级人民法院"), tuple("市政府", "市政府"),
                tuple("温州市发展和改革委员会", "温州市发展和改革委员会"), tuple("市发改委", "温州市发展和改革委员会"));
    }

    @Test
    void aShortFormThatTwoBodiesMayHaveOrThatOnlyACitedTitleWritesInFullStaysAsWritten() {
        String text = "温州市人民检察院和台州市人民检察院联合办案，市检察院通报；落实《济南市人民政府关于…》，报市政府审定。";
        List<Mention> found = List.of(at(text, "温州市人民检察院", 0, EntityType.ORG), at(text, "台州市人民检察院", 0, EntityType.ORG),
            at(text, "市检察院", 0, EntityType.ORG), at(text, "济南市人民政府", 0, EntityType.ORG), at(text, "市政府", 0, EntityType.ORG));
        List<Mention> written = found.stream().filter(m -> !m.surface().equals("济南市人民政府")).toList();
        assertThat(oneNameOneType.apply(found, written)).extracting(Mention::normalised).containsExactly(
            "温州市人民检察院", "台州市人民检察院", "市检察院", "济南市人民政府", "市政府");
    }

    @Test
    void aShortFormStandsForTheFullNameByItsLevelToo() {
        String text = "市人民检察院第二检察部办案，市检察院通报，省科技厅参加。";
        List<Mention> found = List.of(at(text, "市人民检察院", 0, EntityType.ORG), at(text, "市检察院", 0, EntityType.ORG),
            at(text, "省科技厅", 0, EntityType.ORG));
        assertThat(oneNameOneType.apply(found)).extracting(Mention::normalised).containsExactly("市人民检察院", "市人民检察院", "省科技厅");
    }

    @Test
    void aShortTailAbbreviatesAFullOneInOrderWithItsFirstAndLastCharacters() {
        assertThat(OneNameOneType.abbreviates("科技局", "科学技术局")).isTrue();
        assertThat(OneNameOneType.abbreviates("检察院", "人民检察院")).isTrue();
        assertThat(OneNameOneType.abbreviates("发改委", "发展和改革委员会")).isTrue();
        assertThat(OneNameOneType.abbreviates("科技局", "科学技术协会")).as("another body's word").isFalse();
        assertThat(OneNameOneType.abbreviates("场监管局", "市场监督管理局")).as("its first character").isFalse();
        assertThat(OneNameOneType.abbreviates("技术局", "科学技术局")).isFalse();
    }
}
