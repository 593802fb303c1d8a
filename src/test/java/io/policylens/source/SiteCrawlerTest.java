package io.policylens.source;

import io.policylens.document.RawDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The crawler against a real local site, without Camel or a cluster (crawl state in memory). */
class SiteCrawlerTest {

    private TestSite site;
    private HttpFetcher fetcher;
    private MemoryCrawlState state;
    private SiteCrawler crawler;

    @BeforeEach
    void setUp() throws Exception {
        site = new TestSite();
        site.setSlowMillis(1500);
        fetcher = new HttpFetcher(FetchSettings.defaults()
            .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500))
            .withRetries(1, Duration.ofMillis(20)));
        state = new MemoryCrawlState();
        crawler = new SiteCrawler(fetcher, new HostThrottle(), state, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        fetcher.close();
        site.close();
    }

    private CrawlSpec news(Duration delay) {
        return new CrawlSpec("test-news", List.of(URI.create(site.url("/news/index.html"))),
            List.of(Pattern.compile(".*/news/index\\.html(\\?page=\\d+)?")),
            List.of(Pattern.compile(".*/(news/2026|mirror|private)/.*\\.html")), 100, 2, delay, true);
    }

    /** Every article of a pass, each settled as ingest would settle it (indexed: its state kept). */
    private static List<RawDocument> drain(SiteCrawler.Pass pass) {
        List<RawDocument> out = new ArrayList<>();
        for (RawDocument d : pass) {
            out.add(d);
            try {
                pass.settled(d.source().uri(), true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    @Test
    void firstPassFetchesWhatIsAllowedAndReportsEveryFailureWithItsReason() {
        SiteCrawler.Pass pass = crawler.crawl(news(Duration.ZERO));
        List<RawDocument> docs = drain(pass);

        assertThat(docs).extracting(d -> URI.create(d.source().uri()).getPath()).containsExactlyInAnyOrder(
            "/news/2026/innovation-fund.html", "/news/2026/gbk-district.html", "/news/2026/big5-taipei.html",
            "/mirror/innovation-fund.html", "/news/2026/changing.html");
        CrawlSummary s = pass.summary();
        assertThat(s.newPages()).isEqualTo(5);
        assertThat(s.fetched()).isEqualTo(7); // two listing pages and five articles
        assertThat(s.skippedRobots()).isEqualTo(1);
        assertThat(site.requests("/private/internal.html")).isZero();
        assertThat(s.failures()).extracting(f -> URI.create(f.url()).getPath(), CrawlFailure::reason)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/news/2026/missing.html", "HTTP 404"),
                org.assertj.core.groups.Tuple.tuple("/news/2026/broken.html", "HTTP 500"),
                org.assertj.core.groups.Tuple.tuple("/news/2026/slow.html", "timed out after 500 ms"),
                org.assertj.core.groups.Tuple.tuple("/news/2026/loop.html", "redirect loop at "
                    + site.url("/news/2026/loop.html")));
        // A 500 and a timeout are retried once; a 404 and a redirect loop are not.
        assertThat(site.requests("/news/2026/broken.html")).isEqualTo(2);
        assertThat(site.requests("/news/2026/slow.html")).isEqualTo(2);
        assertThat(site.requests("/news/2026/missing.html")).isEqualTo(1);
        assertThat(site.requests("/news/2026/loop.html")).isEqualTo(1);
        assertThat(site.requests("/robots.txt")).isEqualTo(1);
    }

    @Test
    void theHttpCharsetIsHandedToExtraction() {
        List<RawDocument> docs = drain(crawler.crawl(news(Duration.ZERO)));
        RawDocument gbk = docs.stream().filter(d -> d.source().uri().endsWith("gbk-district.html")).findFirst().orElseThrow();
        RawDocument big5 = docs.stream().filter(d -> d.source().uri().endsWith("big5-taipei.html")).findFirst().orElseThrow();
        assertThat(gbk.charset()).isEqualTo("GBK");
        assertThat(gbk.contentType()).isEqualTo("text/html");
        assertThat(new String(gbk.bytes(), Charset.forName("GBK"))).contains("朱镕基路", "王堃", "张喆");
        assertThat(big5.charset()).isEqualTo("Big5");
        assertThat(new String(big5.bytes(), Charset.forName("Big5"))).contains("臺北市政府");
    }

    @Test
    void aSecondPassAsksConditionallyAndYieldsOnlyWhatChanged() {
        drain(crawler.crawl(news(Duration.ZERO)));
        SiteCrawler.Pass second = crawler.crawl(news(Duration.ZERO));
        assertThat(drain(second)).isEmpty();
        assertThat(second.summary().unchanged()).isEqualTo(5);
        assertThat(second.summary().newPages() + second.summary().changed()).isZero();
        assertThat(site.conditionalRequests("/news/2026/innovation-fund.html")).isEqualTo(1);
        assertThat(site.notModified("/news/2026/innovation-fund.html")).isEqualTo(1);

        site.changeArticle();
        SiteCrawler.Pass third = crawler.crawl(news(Duration.ZERO));
        assertThat(drain(third)).extracting(d -> URI.create(d.source().uri()).getPath())
            .containsExactly("/news/2026/changing.html");
        assertThat(third.summary().changed()).isEqualTo(1);
        assertThat(third.summary().unchanged()).isEqualTo(4);
    }

    @Test
    void anArticleIsKnownOnlyOnceItIsSettled() throws Exception {
        SiteCrawler.Pass first = crawler.crawl(news(Duration.ZERO));
        List<RawDocument> fetched = new ArrayList<>();
        first.forEach(fetched::add);
        assertThat(fetched).hasSize(5);
        // Fetched, not yet indexed: nothing known of the articles (a process killed now loses nothing).
        assertThat(state.pages.keySet()).noneMatch(u -> u.contains("/news/2026/") || u.contains("/mirror/"));
        first.settled(site.url("/news/2026/gbk-district.html"), true);
        first.settled(site.url("/news/2026/big5-taipei.html"), false); // its ingest failed: fetched again next time
        assertThat(state.pages).containsKey(site.url("/news/2026/gbk-district.html"))
            .doesNotContainKey(site.url("/news/2026/big5-taipei.html"));

        SiteCrawler.Pass second = crawler.crawl(news(Duration.ZERO));
        assertThat(drain(second)).extracting(d -> URI.create(d.source().uri()).getPath()).containsExactlyInAnyOrder(
            "/news/2026/innovation-fund.html", "/news/2026/big5-taipei.html", "/mirror/innovation-fund.html",
            "/news/2026/changing.html");
        assertThat(second.summary().unchanged()).isEqualTo(1);
    }

    @Test
    void anUnreachableHostIsAFetchFailureNotARobotsSkip() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        SiteCrawler.Pass refused = crawler.crawl(CrawlSpec.adHoc(URI.create("http://127.0.0.1:" + closedPort + "/news/"),
            10, 1, Duration.ZERO));
        assertThat(drain(refused)).isEmpty();
        assertThat(refused.summary().skippedRobots()).isZero();
        assertThat(refused.summary().fetched()).isZero();
        assertThat(refused.summary().failures()).singleElement().satisfies(f -> {
            assertThat(f.url()).isEqualTo("http://127.0.0.1:" + closedPort + "/news/");
            assertThat(f.reason()).isEqualTo("robots.txt could not be fetched: connection refused by 127.0.0.1:"
                + closedPort);
        });

        SiteCrawler.Pass unknown = crawler.crawl(CrawlSpec.adHoc(URI.create("http://no-such-host.invalid/news/"), 10, 1,
            Duration.ZERO));
        assertThat(drain(unknown)).isEmpty();
        assertThat(unknown.summary().skippedRobots()).isZero();
        assertThat(unknown.summary().failures()).extracting(CrawlFailure::reason)
            .containsExactly("robots.txt could not be fetched: unknown host no-such-host.invalid");
    }

    @Test
    void robotsTxtIsAskedAgainEachPassSoAHostThatWasDownIsCrawledWhenItIsBack() {
        drain(crawler.crawl(news(Duration.ZERO)));
        drain(crawler.crawl(news(Duration.ZERO)));
        assertThat(site.requests("/robots.txt")).isEqualTo(2);
    }

    @Test
    void requestsToOneHostAreSpacedByTheDelay() {
        long start = System.nanoTime();
        SiteCrawler.Pass pass = crawler.crawl(new CrawlSpec("polite", List.of(URI.create(site.url("/news/index.html"))),
            List.of(Pattern.compile(".*/news/index\\.html(\\?page=\\d+)?")),
            List.of(Pattern.compile(".*/news/2026/(innovation-fund|gbk-district|big5-taipei)\\.html")), 100, 2,
            Duration.ofMillis(150), true));
        drain(pass);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        int requests = site.totalRequests() - site.requests("/robots.txt");
        assertThat(requests).isEqualTo(5); // two listing pages, three articles
        assertThat(elapsedMs).isGreaterThanOrEqualTo(150L * (requests - 1));
    }

    @Test
    void maxPagesBoundsAPass() {
        CrawlSpec spec = news(Duration.ZERO);
        SiteCrawler.Pass pass = crawler.crawl(new CrawlSpec(spec.name(), spec.seeds(), spec.follow(), spec.articles(),
            3, spec.maxDepth(), spec.hostDelay(), true));
        drain(pass);
        assertThat(site.totalRequests() - site.requests("/robots.txt")).isEqualTo(3);
    }

    @Test
    void feedsAndSitemapsListTheArticles() {
        SiteCrawler.Pass feed = crawler.crawl(new CrawlSpec("feed", List.of(URI.create(site.url("/feed.xml"))),
            List.of(), List.of(), 10, 1, Duration.ZERO, true));
        assertThat(drain(feed)).extracting(d -> URI.create(d.source().uri()).getPath())
            .containsExactly("/feed/solar-subsidy.html");
        SiteCrawler.Pass sitemap = crawler.crawl(new CrawlSpec("sitemap", List.of(URI.create(site.url("/sitemap.xml"))),
            List.of(), List.of(Pattern.compile(".*/sitemap/.*\\.html")), 10, 1, Duration.ZERO, true));
        assertThat(drain(sitemap)).extracting(d -> URI.create(d.source().uri()).getPath())
            .containsExactly("/sitemap/water-plan.html");
    }

    @Test
    void anAdHocCrawlStaysOnItsHost() {
        CrawlSpec adhoc = CrawlSpec.adHoc(URI.create(site.url("/news/index.html?page=2")), 20, 1, Duration.ZERO);
        List<RawDocument> docs = drain(crawler.crawl(adhoc));
        assertThat(docs).extracting(d -> URI.create(d.source().uri()).getPath())
            .containsExactlyInAnyOrder("/news/2026/changing.html", "/news/index.html");
    }
}
