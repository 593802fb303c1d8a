package io.policylens.tools.corpus;

import io.policylens.TestCorpus;
import io.policylens.document.RawDocument;
import io.policylens.document.SourceRef;
import io.policylens.extract.CleanDocument;
import io.policylens.extract.ExtractSettings;
import io.policylens.extract.Extractor;
import io.policylens.text.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void theSameSeedWritesTheSameDocumentsWhateverTheCount() throws Exception {
        CorpusGenerator g = new CorpusGenerator(TestCorpus.hanlp());
        List<Path> few = g.write(tmp.resolve("a"), new CorpusGenerator.Options(30, 5, 800), n -> { });
        List<Path> more = g.write(tmp.resolve("b"), new CorpusGenerator.Options(40, 5, 800), n -> { });
        List<Path> other = g.write(tmp.resolve("c"), new CorpusGenerator.Options(30, 6, 800), n -> { });
        int compared = 0;
        for (int i = 0; i < few.size(); i++) {
            if (!few.get(i).toString().endsWith(".pdf") && !few.get(i).toString().endsWith(".docx")) {
                assertThat(Files.readAllBytes(more.get(i))).isEqualTo(Files.readAllBytes(few.get(i)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(15);
        assertThat(Files.readAllBytes(other.get(0))).isNotEqualTo(Files.readAllBytes(few.get(0)));
    }

    @Test
    void everyKindOfFileExtractsToAnArticleOfAboutTheAskedLength() throws Exception {
        CorpusGenerator g = new CorpusGenerator(TestCorpus.hanlp());
        List<Path> files = g.write(tmp, new CorpusGenerator.Options(60, 11, 1500), n -> { });
        Extractor extractor = new Extractor(ExtractSettings.defaults());
        Set<String> kinds = new HashSet<>();
        Set<Script> scripts = new HashSet<>();
        for (Path f : files) {
            CleanDocument d = extractor.extract(RawDocument.of(SourceRef.ofFile(f), Instant.now(), null, null,
                Files.readAllBytes(f)));
            String name = f.getFileName().toString();
            kinds.add(name.substring(name.lastIndexOf('.') + 1));
            scripts.add(d.script());
            assertThat(d.text().length()).as(name).isBetween(1200, 3500);
            assertThat(d.text()).as(name).doesNotContain("版权所有", "相关文章", "分享到");
            assertThat(d.title()).as(name).isNotBlank();
        }
        assertThat(kinds).contains("html", "txt", "docx");
        assertThat(scripts).contains(Script.SIMPLIFIED, Script.TRADITIONAL);
    }
}
