package io.policylens.text;

import io.policylens.TestCorpus;
import io.policylens.document.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser(ChineseConverter.opencc());

    @Test
    void traditionalBecomesSimplifiedWithTheOriginalKept() {
        NormalisedText n = normaliser.normalise("杭州市科技局將深入推進創新。研發投入強度達到３.９５％");
        assertThat(n.text()).isEqualTo("杭州市科技局将深入推进创新。研发投入强度达到3.95%");
        assertThat(n.original()).isEqualTo("杭州市科技局將深入推進創新。研發投入強度達到３.９５％");
        int at = n.text().indexOf("创新");
        assertThat(n.offsetMap().toOriginal(new Span(at, at + 2)).of(n.original())).isEqualTo("創新");
    }

    @Test
    void fullWidthLettersAndDigitsBecomeHalfWidthCaseKeptChinesePunctuationKept() {
        assertThat(TextNormaliser.toHalfWidth("Ｒ＆Ｄ投入２０２５年，ｇｄｐ。")).isEqualTo("R&D投入2025年，gdp。");
    }

    @Test
    void phraseConversionKeepsOffsetsExactAroundIt() {
        NormalisedText n = normaliser.normalise("頭髮乾燥。乾隆年間");
        assertThat(n.text()).startsWith("头发干燥。");
        assertThat(n.text()).hasSize(n.original().length());
        assertThat(n.offsetMap().toOriginal(new Span(0, 2)).of(n.original())).isEqualTo("頭髮");
    }
}
