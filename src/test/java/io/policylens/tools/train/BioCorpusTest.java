package io.policylens.tools.train;

import io.policylens.analyse.BioLabels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BioCorpusTest {

    @Test
    void anInsideAfterOutsideOpensAName(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("x.bio"), "在\tO\n上\tI-LOC\n海\tI-LOC\n\n");
        BioCorpus.Sentence s = BioCorpus.read(f).get(0);
        assertThat(s.labels()).containsExactly("O", "B-LOC", "I-LOC");
        assertThat(BioLabels.entities(s.labels())).containsExactly("LOC:1:3");
        assertThat(BioLabels.entities(List.of("B-ORG", "I-ORG", "B-ORG"))).containsExactly("ORG:0:2", "ORG:2:3");
    }

    @Test
    void labelsSeparatedByASpaceReadAsByATabAndWriteBackWithTabs(@TempDir Path dir) throws IOException {
        Path spaced = Files.writeString(dir.resolve("spaced.bio"), "李 B-PER\n四 I-PER\n去 O\n　 O\n\n上 B-LOC\n海 I-LOC\n");
        List<BioCorpus.Sentence> read = BioCorpus.read(spaced);
        assertThat(read).extracting(BioCorpus.Sentence::text).containsExactly("李四去　", "上海");
        assertThat(BioLabels.entities(read.get(0).labels())).containsExactly("PER:0:2");
        Path written = dir.resolve("written.bio");
        BioCorpus.write(read, written);
        assertThat(Files.readString(written)).startsWith("李\tB-PER\n四\tI-PER\n");
        assertThat(BioCorpus.read(written)).isEqualTo(read);
    }
}
