package io.policylens.search;

import io.policylens.text.OffsetMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetMapperTest {

    private static final String P = SnippetMapper.PRE;
    private static final String Q = SnippetMapper.POST;

    @Test
    void highlightsLandOnTheOriginalScriptAndAdjacentCharactersMerge() {
        String text = "杭州推动科技创新发展。";
        String original = "杭州推動科技創新發展。";
        String fragment = "推动科技" + P + "创" + Q + P + "新" + Q + "发展。";
        assertThat(SnippetMapper.toOriginal(fragment, text, original, OffsetMap.identity(text.length())).marked("<em>", "</em>"))
            .isEqualTo("推動科技<em>創新</em>發展。");
    }

    @Test
    void mapsThroughPiecesWhoseLengthChanged() {
        // "创新" in text stands for the annotated "創(chuàng)新" in the original.
        String text = "甲创新乙";
        String original = "甲創(chuàng)新乙";
        OffsetMap map = new OffsetMap.Builder().same(1).replaced(1, 9).same(2).build();
        String fragment = "甲" + P + "创" + Q + P + "新" + Q + "乙";
        assertThat(SnippetMapper.toOriginal(fragment, text, original, map).marked("<em>", "</em>")).isEqualTo("甲<em>創(chuàng)新</em>乙");
    }

    @Test
    void aHighlightAfterACharacterThatGrewInConversionLandsOnTheRightWord() {
        // 殢 (one UTF-16 unit) is 𣨼 (two) in the simplified text: the highlight after it must not slide by one.
        String original = "殢雲尤雨，創新驅動發展";
        io.policylens.text.ChineseConverter.Conversion c = io.policylens.text.ChineseConverter.opencc().convert(original);
        String text = c.text();
        assertThat(text.length()).isEqualTo(original.length() + 1);
        int at = text.indexOf("创新");
        String fragment = text.substring(0, at) + P + "创新" + Q + text.substring(at + 2);
        assertThat(SnippetMapper.toOriginal(fragment, text, original, c.offsets()).marked("<em>", "</em>"))
            .isEqualTo("殢雲尤雨，<em>創新</em>驅動發展");
    }
}
