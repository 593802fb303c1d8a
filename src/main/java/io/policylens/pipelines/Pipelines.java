package io.policylens.pipelines;

import io.policylens.index.CrawlRunLog;
import io.policylens.index.EsCrawlState;
import io.policylens.index.IndexLayout;
import io.policylens.index.Spool;
import io.policylens.ingest.IngestCore;
import io.policylens.source.CrawlDefinition;
import io.policylens.source.CrawlSpec;
import io.policylens.source.CrawlSummary;
import io.policylens.source.FetchSettings;
import io.policylens.source.FileSource;
import io.policylens.source.HostThrottle;
import io.policylens.source.HttpFetcher;
import io.policylens.source.SiteCrawler;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.main.Main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Camel side of PolicyLens: camel-main with the YAML routes of a pipelines folder, and the beans they name bound
 * in its registry ({@code ingest}, {@code crawls}, {@code inbox}, {@code deadLetters}). Routes only wire; what they
 * call is the ingest core that {@code policylens ingest} drives too, and beans tested without Camel. Close it to
 * stop the routes.
 */
public final class Pipelines implements AutoCloseable {

    /** A loaded route, as {@code policylens pipelines} lists it. */
    public record RouteInfo(String id, String from, String schedule, String status, Optional<CrawlSummary> lastRun) {
    }

    /**
     * How the routes run.
     *
     * @param dir        the folder of {@code *.camel.yaml} files
     * @param schedules  whether scheduled crawls and the inbox start (false for one-off passes)
     * @param fetch      how pages are fetched
     * @param properties extra placeholder values for the routes ({@code {{name}}})
     * @param inbox      the folder the inbox route watches
     */
    public record Options(Path dir, boolean schedules, FetchSettings fetch, Map<String, String> properties,
                          Path inbox) {
    }

    private final Main main = new Main();
    private final HttpFetcher fetcher;
    private final CrawlRunLog runs;
    private ProducerTemplate template;
    private final java.util.concurrent.ScheduledExecutorService replays =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policylens-spool-replay");
            t.setDaemon(true);
            return t;
        });
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Loads and starts the routes.
     *
     * @param core the ingest flow the routes drive; crawl state and pass records live beside its indices
     */
    public Pipelines(IngestCore core, Options options) throws Exception {
        if (!Files.isDirectory(options.dir())) {
            throw new IOException("no pipelines folder at " + options.dir().toAbsolutePath());
        }
        IndexLayout layout = core.layout();
        var client = layout.client();
        EsCrawlState crawlState = new EsCrawlState(client, layout);
        this.runs = new CrawlRunLog(client, layout);
        Spool spool = core.spool();
        // While the routes run, documents spooled when the cluster was away go in once it answers again.
        replays.scheduleWithFixedDelay(() -> {
            try {
                if (spool.pending() > 0) {
                    long n = spool.replay(client);
                    if (n > 0) {
                        System.err.println("policylens: replayed " + n + " spooled document(s)");
                    }
                }
            } catch (IOException | RuntimeException e) {
                // still away: the next round tries again
            }
        }, 60, 60, java.util.concurrent.TimeUnit.SECONDS);
        this.fetcher = new HttpFetcher(options.fetch());
        SiteCrawler crawler = new SiteCrawler(fetcher, new HostThrottle(), crawlState, Clock.systemUTC());

        main.bind("ingest", new IngestSteps(core));
        main.bind("crawls", new CrawlPasses(crawler, core, runs));
        main.bind("inbox", new InboxFiles(core, new FileSource(core.settings().maxFileBytes())));
        main.bind("deadLetters", new DeadLetters(core.rejections(), crawlState));

        Path inbox = options.inbox();
        main.addInitialProperty("policylens.inbox", inbox.toAbsolutePath().toString());
        main.addInitialProperty("policylens.schedules", Boolean.toString(options.schedules()));
        options.properties().forEach(main::addInitialProperty);
        main.configure().withRoutesIncludePattern("file:" + options.dir().toAbsolutePath() + "/*.camel.yaml");
        main.configure().withName("policylens");
        main.configure().withDurationMaxSeconds(0);
        if (options.schedules()) {
            Files.createDirectories(inbox);
        }
        main.start();
        this.template = main.getCamelContext().createProducerTemplate();
    }

    public CamelContext camel() {
        return main.getCamelContext();
    }

    /** One pass of a crawl declared in the pipelines: by its name, its route id or its file's name. */
    public CrawlSummary crawlOnce(String name) {
        return crawl(definition(name).spec());
    }

    /** One pass of any crawl, through the same route the schedules use. */
    public CrawlSummary crawl(CrawlSpec spec) {
        return template.requestBody("direct:crawl", spec, CrawlSummary.class);
    }

    /** The crawls the pipelines declare, by name. */
    public Map<String, CrawlDefinition> crawls() {
        Map<String, CrawlDefinition> out = new TreeMap<>();
        main.getCamelContext().getRegistry().findByTypeWithName(CrawlDefinition.class)
            .forEach((bean, d) -> out.put(d.getName() == null ? bean : d.getName(), d));
        return out;
    }

    private CrawlDefinition definition(String name) {
        String key = name.replaceFirst("\\.camel\\.yaml$", "").replaceFirst("^.*/", "").replaceFirst("^crawl-", "");
        CrawlDefinition d = crawls().get(key);
        if (d == null) {
            throw new IllegalArgumentException("no crawl named '" + name + "' in the pipelines; known: "
                + String.join(", ", crawls().keySet()));
        }
        return d;
    }

    /** Every route, with its schedule and, for crawls, the last pass recorded. */
    public List<RouteInfo> routes() throws IOException {
        List<RouteInfo> out = new ArrayList<>();
        for (Route r : main.getCamelContext().getRoutes()) {
            String from = r.getEndpoint().getEndpointUri();
            String schedule = schedule(from);
            Optional<CrawlSummary> last = r.getRouteId().startsWith("crawl-")
                ? runs.last(r.getRouteId().substring("crawl-".length())) : Optional.empty();
            String status = main.getCamelContext().getRouteController().getRouteStatus(r.getRouteId()).name();
            out.add(new RouteInfo(r.getRouteId(), from, schedule, status.toLowerCase(java.util.Locale.ROOT), last));
        }
        out.sort(java.util.Comparator.comparing(RouteInfo::id));
        return out;
    }

    static String schedule(String uri) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]schedule=([^&]+)").matcher(uri);
        if (m.find()) {
            return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
        }
        return uri.startsWith("file:") ? "when files arrive" : uri.startsWith("direct:") ? "on call" : "";
    }

    /** Blocks until the process is asked to stop (Ctrl-C). */
    public void awaitShutdown() throws InterruptedException {
        Object forever = new Object();
        synchronized (forever) {
            forever.wait();
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        replays.shutdownNow();
        try {
            main.stop();
        } finally {
            fetcher.close();
        }
    }
}
