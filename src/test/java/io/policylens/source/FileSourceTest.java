package io.policylens.source;

import io.policylens.document.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSourceTest {

    @Test
    void listsInputsRecursivelyInOrderSkippingHiddenFilesAndGolds(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve(".sources"));
        Files.writeString(dir.resolve("b.html"), "<p>乙</p>");
        Files.writeString(dir.resolve("a.txt"), "甲");
        Files.writeString(dir.resolve("a.expected.json"), "{}");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.writeString(dir.resolve(".sources/c.txt"), "x");
        Files.writeString(dir.resolve("sub/d.txt"), "丁");
        List<Path> files = new FileSource(1 << 20).list(List.of(dir));
        assertThat(files).extracting(p -> dir.relativize(p).toString()).containsExactly("a.txt", "b.html", "sub/d.txt");
    }

    @Test
    void aMissingPathFailsAtOnce(@TempDir Path dir) {
        assertThatThrownBy(() -> new FileSource(1 << 20).list(List.of(dir.resolve("nope"))))
            .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readsBytesAndRefusesFilesOverTheLimit(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("x.txt"), "科技创新");
        RawDocument raw = new FileSource(1 << 20).read(f);
        assertThat(raw.length()).isEqualTo(12);
        assertThat(raw.source().uri()).startsWith("file:/").endsWith("x.txt");
        assertThatThrownBy(() -> new FileSource(5).read(f)).hasMessageContaining("larger than the limit");
    }
}
