package io.policylens.source;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class HttpFetcherTest {

    @Test
    void theCharsetAndMediaTypeComeFromTheContentTypeHeader() {
        assertThat(HttpFetcher.mediaType("text/html; charset=GBK")).isEqualTo("text/html");
        assertThat(HttpFetcher.charset("text/html; charset=\"gb2312\"")).isEqualTo("gb2312");
        assertThat(HttpFetcher.charset("text/html")).isNull();
        assertThat(HttpFetcher.charset(null)).isNull();
    }

    @Test
    void aBodyOverTheLimitFailsTheFetch() throws Exception {
        try (TestSite site = new TestSite();
             HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults().withMaxBytes(200))) {
            FetchResult r = fetcher.fetch(URI.create(site.url("/news/2026/innovation-fund.html")), Validators.NONE);
            assertThat(r.ok()).isFalse();
            assertThat(r.reason()).isEqualTo("body larger than 200 bytes");
        }
    }

    @Test
    void aConditionalGetOfAnUnchangedPageIsNotModified() throws Exception {
        try (TestSite site = new TestSite();
             HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults().withRetries(0, Duration.ZERO))) {
            URI url = URI.create(site.url("/news/2026/gbk-district.html"));
            FetchResult first = fetcher.fetch(url, Validators.NONE);
            assertThat(first.ok()).isTrue();
            assertThat(first.etag()).isNotNull();
            FetchResult second = fetcher.fetch(url, new Validators(first.etag(), null));
            assertThat(second.outcome()).isEqualTo(FetchResult.Outcome.NOT_MODIFIED);
        }
    }

    @Test
    void anEndlessBodyIsCutOffBySizeOrByTime() throws Exception {
        try (TestSite site = new TestSite();
             HttpFetcher bySize = new HttpFetcher(FetchSettings.defaults().withMaxBytes(100_000).withRetries(0, Duration.ZERO));
             HttpFetcher byTime = new HttpFetcher(FetchSettings.defaults().withRetries(0, Duration.ZERO)
                 .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(800)))) {
            FetchResult flood = bySize.fetch(URI.create(site.url("/stream/endless")), Validators.NONE);
            assertThat(flood.ok()).isFalse();
            assertThat(flood.reason()).isEqualTo("body larger than 100000 bytes");
            FetchResult drip = byTime.fetch(URI.create(site.url("/stream/drip")), Validators.NONE);
            assertThat(drip.ok()).isFalse();
            assertThat(drip.reason()).startsWith("body not read within 800 ms");
        }
    }
}
