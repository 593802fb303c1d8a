package io.policylens.source;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrawlDefinitionTest {

    @Test
    void theYamlPropertiesBecomeACheckedSpec() {
        CrawlDefinition d = new CrawlDefinition();
        d.setName("zj-news");
        d.setSeeds("https://a.example/list.html, https://a.example/list2.html");
        d.setFollow("https://a\\.example/list\\d*\\.html");
        d.setArticles("https://a\\.example/art/\\d{4}/.*\\.html https://a\\.example/news/.*");
        d.setHostDelay("1500ms");
        CrawlSpec s = d.spec();
        assertThat(s.seeds()).containsExactly(URI.create("https://a.example/list.html"),
            URI.create("https://a.example/list2.html"));
        assertThat(s.articles()).hasSize(2);
        assertThat(s.article("https://a.example/art/2026/x.html", false)).isTrue();
        assertThat(s.followed("https://a.example/list3.html")).isTrue();
        assertThat(s.hostDelay()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void badValuesFailWithTheCrawlsName() {
        CrawlDefinition d = new CrawlDefinition();
        d.setName("x");
        d.setSeeds("ftp://a.example/");
        assertThatThrownBy(d::spec).hasMessageContaining("crawl x").hasMessageContaining("not an http(s) URL");
        d.setName("Bad Name");
        assertThatThrownBy(d::spec).hasMessageContaining("lower-case");
    }
}
