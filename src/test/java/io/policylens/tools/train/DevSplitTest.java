package io.policylens.tools.train;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevSplitTest {

    private static BioCorpus.Sentence s(String text) {
        return new BioCorpus.Sentence(text, Collections.nCopies(text.length(), "O"));
    }

    @Test
    void theTailIsHeldOutWithoutTheNearDuplicatesOfTraining() {
        List<BioCorpus.Sentence> all = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            all.add(s("第" + i + "句：市政府今天召开常务会议，研究部署科技创新和产业发展工作。"));
        }
        all.add(s("第九十九句：市政府今天召开常务会议，研究部署科技创新和产业发展工作。")); // shares 20 characters
        all.add(s("一句全新的话，讲的是别的事情，和前面任何一句都不一样，长度也够。"));
        DevSplit split = DevSplit.tail(all, 10);
        assertThat(split.train()).hasSize(18);
        assertThat(split.dev()).extracting(BioCorpus.Sentence::text).containsExactly(all.get(19).text());
        assertThat(split.dropped()).isEqualTo(1);
        assertThatThrownBy(() -> DevSplit.tail(all, 0)).hasMessageContaining("--dev-tail");
    }

    @Test
    void everyNthKeepsTheOldProtocolToCompare() {
        List<BioCorpus.Sentence> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(s("句" + i));
        }
        DevSplit split = DevSplit.everyNth(all, 20);
        assertThat(split.dev()).extracting(BioCorpus.Sentence::text).containsExactly("句19", "句39");
        assertThat(split.train()).hasSize(38);
    }
}
