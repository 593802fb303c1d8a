package io.policylens.text;


import io.policylens.TestCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter(TestCorpus.hanlp());

    @Test
    void wordsWithOffsetsIntoTheText() {
        String text = "科技创新\n推动发展";
        List<Token> tokens = segmenter.segment(text);
        assertThat(tokens).extracting(Token::text, Token::begin, Token::end)
            .containsExactly(tuple("科技", 0, 2), tuple("创新", 2, 4), tuple("推动", 5, 7), tuple("发展", 7, 9));
        for (Token t : tokens) {
            assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
        }
        assertThat(SegmentedText.of(tokens)).isEqualTo("科技 创新 推动 发展");
    }

    @Test
    void segmentedTextLowerCasesLatinForTheWhitespaceAnalyzer() {
        assertThat(SegmentedText.of(List.of(new Token("R&D", 0, 3, "nx"), new Token("投入", 3, 5, "v"))))
            .isEqualTo("r&d 投入");
    }

    @Test
    void aZonesShortWordIsOneWord() {
        assertThat(segmenter.segment("绵阳经开区与临港先行区")).extracting(Token::text)
            .containsExactly("绵阳", "经开区", "与", "临港", "先行区");
    }

    @Test
    void censoredRunsAreNeverIndexedAsWords() {
        String words = SegmentedText.of(segmenter.segment("据******介绍，服务******企业"));
        assertThat(words).doesNotContain("*").contains("介绍").contains("企业");
    }
}
