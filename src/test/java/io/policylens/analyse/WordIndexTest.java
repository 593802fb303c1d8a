package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordIndexTest {

    @Test
    void findsTheWordThatBeginsAtAnOffsetAndTheFirstFromIt() {
        String text = "杭州市 科技局发布通知";
        var words = Words.of(text, "杭州市/ns", "科技局/nis", "发布/v", "通知/n"); // the space holds no word
        assertThat(WordIndex.at(words, 0)).isZero();
        assertThat(WordIndex.at(words, 4)).isEqualTo(1);
        assertThat(WordIndex.at(words, 5)).as("inside a word").isEqualTo(-1);
        assertThat(WordIndex.at(words, 3)).as("the space").isEqualTo(-1);
        assertThat(WordIndex.firstFrom(words, 3)).isEqualTo(1);
        assertThat(WordIndex.firstFrom(words, 9)).isEqualTo(3);
        assertThat(WordIndex.firstFrom(words, text.length())).isEqualTo(words.size());
    }

    @Test
    void findsTheWordThatEndsAtAnOffsetAndTheOneThatHoldsACharacter() {
        String text = "杭州市 科技局发布通知";
        var words = Words.of(text, "杭州市/ns", "科技局/nis", "发布/v", "通知/n");
        assertThat(WordIndex.endingAt(words, 3)).isZero();
        assertThat(WordIndex.endingAt(words, 7)).isEqualTo(1);
        assertThat(WordIndex.endingAt(words, 6)).as("inside a word").isEqualTo(-1);
        assertThat(WordIndex.endingAt(words, 0)).isEqualTo(-1);
        assertThat(WordIndex.holding(words, 0)).isZero();
        assertThat(WordIndex.holding(words, 2)).isZero();
        assertThat(WordIndex.holding(words, 3)).as("the space").isEqualTo(-1);
        assertThat(WordIndex.holding(words, 6)).isEqualTo(1);
        assertThat(WordIndex.holding(words, text.length() - 1)).isEqualTo(3);
    }
}
