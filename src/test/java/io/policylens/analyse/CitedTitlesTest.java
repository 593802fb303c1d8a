package io.policylens.analyse;

import io.policylens.document.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitedTitlesTest {

    @Test
    void aNameInsideACitedTitleGoesAndATitleThatIsANameAloneIsAMedium() {
        String text = "近日，有关部门印发《绍兴市促进集成电路产业发展若干政策》，据《光明日报》报道，绍兴市将落实。";
        List<Mention> found = List.of(Words.mention(text, "绍兴市", EntityType.LOC), Words.mention(text, "光明日报", EntityType.ORG),
            Words.mention(text, "绍兴市", EntityType.LOC, text.indexOf("报道")));
        assertThat(CitedTitles.outside(text, found)).extracting(Mention::span).containsExactly(
            new Span(text.indexOf("光明日报"), text.indexOf("光明日报") + 4), new Span(text.lastIndexOf("绍兴市"), text.lastIndexOf("绍兴市") + 3));
    }

    @Test
    void aTextWithoutTitlesKeepsEveryMention() {
        String text = "绍兴市印发政策。";
        List<Mention> found = List.of(Words.mention(text, "绍兴市", EntityType.LOC));
        assertThat(CitedTitles.outside(text, found)).isSameAs(found);
    }
}
