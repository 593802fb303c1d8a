package io.policylens.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryTextTest {

    private static final UnaryOperator<String> SIMPLIFY = s -> s.replace("創", "创").replace("產", "产");

    @Test
    void wordsPhrasesAndExclusionsAreNormalisedAsDocumentsAre() {
        QueryText q = QueryText.parse("科技創新 \"集成电路 產业\" -房地产 -“土地出让”", SIMPLIFY);
        assertThat(q.required()).containsExactly("科技创新", "集成电路 产业");
        assertThat(q.excluded()).containsExactly("房地产", "土地出让");
        assertThat(q.requiredText()).isEqualTo("科技创新 集成电路 产业");
    }

    @Test
    void anEmptyQueryIsEmptyNotAnError() {
        assertThat(QueryText.parse("   ", SIMPLIFY).isEmpty()).isTrue();
        assertThat(QueryText.parse(null, SIMPLIFY).required()).isEqualTo(List.of());
    }

    @Test
    void malformedQueriesSayWhatIsWrong() {
        assertThatThrownBy(() -> QueryText.parse("\"未闭合 短语", SIMPLIFY)).hasMessageContaining("unclosed quote");
        assertThatThrownBy(() -> QueryText.parse("- 深圳", SIMPLIFY)).hasMessageContaining("must be followed");
        assertThatThrownBy(() -> QueryText.parse("-深圳", SIMPLIFY)).hasMessageContaining("exclusions only");
        assertThatThrownBy(() -> QueryText.parse("长".repeat(501), SIMPLIFY)).hasMessageContaining("longer than 500");
    }
}
