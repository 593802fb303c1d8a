package io.policylens.analyse;

import io.policylens.TestCorpus;
import io.policylens.document.DocumentId;
import io.policylens.document.SourceRef;
import io.policylens.extract.CleanDocument;
import io.policylens.extract.OffsetMap;
import io.policylens.extract.Script;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyserTest {

    @Test
    void groupsMentionsIntoEntitiesWithCountsAndSpans() {
        String text = "上海绿色贷款增长。上海发行债券560亿元。";
        SourceRef src = new SourceRef("file:///t", "t");
        CleanDocument clean = new CleanDocument(DocumentId.of(src), src, "上海金融", "上海金融", null, text, text,
            OffsetMap.identity(text.length()), Script.SIMPLIFIED, "zh", Set.of(), "h");
        AnalysedDocument doc = new Analyser(TestCorpus.hanlp()).analyse(clean);
        EntitySummary shanghai = doc.entities().stream().filter(e -> e.text().equals("上海")).findFirst().orElseThrow();
        assertThat(shanghai.type()).isEqualTo(EntityType.LOC);
        assertThat(shanghai.count()).isEqualTo(2);
        assertThat(shanghai.spans()).extracting(s -> s.of(text)).containsOnly("上海");
        assertThat(doc.indicators()).extracting(Indicator::value).containsExactly(5.6e10);
        assertThat(doc.titleTokens()).extracting(Token::text).containsExactly("上海", "金融");
    }
}
