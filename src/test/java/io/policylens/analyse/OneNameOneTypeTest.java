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
}
