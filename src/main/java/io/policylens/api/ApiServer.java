package io.policylens.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.policylens.search.DocumentReader;
import io.policylens.search.DocumentSearcher;
import io.policylens.search.IndicatorQuery;
import io.policylens.search.IndicatorSearcher;
import io.policylens.search.IndicatorWriter;
import io.policylens.search.SearchFilters;
import io.policylens.search.SearchQuery;
import io.policylens.search.SearchResult;
import io.policylens.search.Watch;
import io.policylens.search.WatchStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The analysts' HTTP API and page: {@code GET /api/search}, {@code GET /api/documents/{id}},
 * {@code GET /api/indicators}, {@code GET /api/openapi.json}, the page at {@code /}, and the actions
 * {@code POST /api/crawls/{name}} and {@code DELETE /api/documents/{id}}. Crawled text is hostile: the API returns
 * it as JSON strings only, the page renders it as text, and every response carries a Content-Security-Policy
 * without inline script. Errors are {@code application/problem+json}; a malformed request is a 400, never a 500.
 * Thread-safe; close it to stop listening.
 */
public final class ApiServer implements AutoCloseable {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final Set<String> SEARCH_PARAMS = Set.of("q", "from", "to", "site", "province", "city",
        "organisation", "person", "script", "kind", "has_indicators", "issuer", "sort", "page", "size", "facets",
        "charts");
    private static final Set<String> INDICATOR_PARAMS = Set.of("q", "from", "to", "site", "province", "city",
        "organisation", "person", "script", "kind", "has_indicators", "issuer", "region", "measure", "format", "limit");

    private final ApiSettings settings;
    private final DocumentSearcher searcher;
    private final DocumentReader reader;
    private final IndicatorWriter indicators;
    private final Actions actions;
    private final WatchStore watches;
    private final ObjectMapper json = io.policylens.contract.Json.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private final Javalin app;

    public ApiServer(ApiSettings settings, DocumentSearcher searcher, DocumentReader reader,
                     IndicatorSearcher indicatorSearcher, WatchStore watches, Actions actions) {
        this.settings = settings;
        this.watches = watches;
        this.searcher = searcher;
        this.reader = reader;
        this.indicators = new IndicatorWriter(indicatorSearcher);
        this.actions = actions;
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.prefer405over404 = true;
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/io/policylens/api/web";
                sf.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        });
        app.get("/api/search", this::search);
        app.get("/api/documents/{id}", this::document);
        app.delete("/api/documents/{id}", this::delete);
        app.get("/api/indicators", this::indicators);
        app.post("/api/crawls/{name}", this::crawl);
        app.post("/api/watches", this::addWatch);
        app.get("/api/watches", this::listWatches);
        app.delete("/api/watches/{id}", this::deleteWatch);
        app.get("/api/watches/{id}/new", this::newForWatch);
        app.get("/api/watches/{id}/feed.atom", this::feed);
        app.get("/api/openapi.json", this::openapi);
        app.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, 400, "Bad Request", e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> problem(ctx, 404, "Not Found", e.getMessage()));
        app.exception(Denied.class, (e, ctx) -> problem(ctx, e.status, e.status == 401 ? "Unauthorized" : "Forbidden",
            e.getMessage()));
        app.exception(IllegalStateException.class, (e, ctx) -> problem(ctx, 409, "Conflict", e.getMessage()));
        app.exception(IOException.class, (e, ctx) -> problem(ctx, 503, "Service Unavailable",
            "the index did not answer: " + e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("policylens api: " + ctx.method() + " " + ctx.path() + ": " + e);
            problem(ctx, 500, "Internal Server Error", "an internal error; the server log has the details");
        });
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith(Problem.MEDIA_TYPE))) {
                problem(ctx, 404, "Not Found", "no such resource: " + ctx.path());
            }
        });
        app.error(405, ctx -> problem(ctx, 405, "Method Not Allowed", ctx.method() + " is not allowed on " + ctx.path()));
    }

    public ApiServer start() {
        app.start(settings.host(), settings.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    private static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private static final class Denied extends RuntimeException {
        final int status;

        Denied(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void search(Context ctx) throws IOException {
        rejectUnknown(ctx, SEARCH_PARAMS);
        SearchQuery q = new SearchQuery(param(ctx, "q").orElse(""), filters(ctx), sort(ctx),
            intParam(ctx, "page", 1), intParam(ctx, "size", 10), boolParam(ctx, "facets").orElse(true),
            boolParam(ctx, "charts").orElse(false));
        if (q.size() > 100) {
            throw new IllegalArgumentException("size must be at most 100, was " + q.size());
        }
        SearchResult r = searcher.search(q);
        ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(r));
    }

    private void document(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ObjectNode doc = reader.read(id).orElseThrow(() -> new NotFound("no document with id " + id));
        ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(doc));
    }

    private void indicators(Context ctx) throws IOException {
        rejectUnknown(ctx, INDICATOR_PARAMS);
        IndicatorWriter.Format format = IndicatorWriter.Format.of(param(ctx, "format").orElse("json"));
        long limit = intParam(ctx, "limit", 100_000);
        IndicatorQuery q = new IndicatorQuery(param(ctx, "q").orElse(null), filters(ctx), param(ctx, "region").orElse(null),
            param(ctx, "measure").orElse(null), limit);
        ctx.contentType(format.mediaType() + "; charset=utf-8");
        if (format == IndicatorWriter.Format.CSV) {
            ctx.header("Content-Disposition", "attachment; filename=\"policylens-indicators.csv\"");
        }
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        if (format == IndicatorWriter.Format.CSV) {
            out.write('\uFEFF'); // a byte-order mark: spreadsheets then read the file as UTF-8, Chinese intact
        }
        indicators.write(q, format, out);
    }

    private static final Set<String> WATCH_FIELDS = Set.of("name", "query", "filters");
    private static final Set<String> WATCH_NEW_PARAMS = Set.of("since", "size");

    /** {@code POST /api/watches} {name, query, filters}: saves a search; 201 with the watch. */
    private void addWatch(Context ctx) throws IOException {
        guard(ctx);
        com.fasterxml.jackson.databind.JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("the body must be a JSON object {name, query, filters}: " + e.getMessage());
        }
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object {name, query, filters}");
        }
        body.fieldNames().forEachRemaining(f -> {
            if (!WATCH_FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "'; known: filters, name, query");
            }
        });
        com.fasterxml.jackson.databind.JsonNode f = body.path("filters");
        f.fieldNames().forEachRemaining(n -> {
            if (!SearchFilters.PARAMS.contains(n)) {
                throw new IllegalArgumentException("unknown filter '" + n + "'; known: " + String.join(", ",
                    new java.util.TreeSet<>(SearchFilters.PARAMS)));
            }
        });
        SearchFilters filters = SearchFilters.of(n -> f.path(n).isValueNode() && !f.path(n).isNull() ? f.path(n).asText()
            : null);
        Watch w = watches.add(body.path("name").asText(""), body.path("query").asText(""), filters);
        ctx.status(201).header("Location", "/api/watches/" + w.id()).contentType("application/json; charset=utf-8")
            .result(json.writeValueAsString(watchJson(w, null)));
    }

    /** {@code GET /api/watches[?since=]}: every watch, with how many documents are new since {@code since} if given. */
    private void listWatches(Context ctx) throws IOException {
        rejectUnknown(ctx, Set.of("since"));
        java.time.Instant since = param(ctx, "since").map(v -> Watch.since("since", v)).orElse(null);
        var out = json.createArrayNode();
        for (Watch w : watches.list()) {
            out.add(watchJson(w, since == null ? null : watches.newSince(w, since, 1).total()));
        }
        ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(out));
    }

    private void deleteWatch(Context ctx) throws IOException {
        guard(ctx);
        String id = ctx.pathParam("id");
        if (!watches.delete(id)) {
            throw new NotFound("no watch with id or name " + id);
        }
        ctx.status(204);
    }

    /** {@code GET /api/watches/{id}/new?since=}: documents indexed since a time (default: the watch's creation). */
    private void newForWatch(Context ctx) throws IOException {
        rejectUnknown(ctx, WATCH_NEW_PARAMS);
        Watch w = watch(ctx);
        java.time.Instant since = param(ctx, "since").map(v -> Watch.since("since", v)).orElse(w.created());
        int size = intParam(ctx, "size", 20);
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100, was " + size);
        }
        SearchResult r = watches.newSince(w, since, size);
        ObjectNode out = json.createObjectNode();
        out.set("watch", watchJson(w, null));
        out.put("since", since.toString());
        out.put("total", r.total());
        out.set("hits", json.valueToTree(r.hits()));
        ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(out));
    }

    /** {@code GET /api/watches/{id}/feed.atom}: the 50 newest documents since the watch was made, as Atom. */
    private void feed(Context ctx) throws Exception {
        rejectUnknown(ctx, Set.of("since"));
        Watch w = watch(ctx);
        java.time.Instant since = param(ctx, "since").map(v -> Watch.since("since", v)).orElse(w.created());
        SearchResult r = watches.newSince(w, since, 50);
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> found = new java.util.HashMap<>();
        for (var h : r.hits()) {
            reader.read(h.id()).ifPresent(d -> found.put(h.id(), d.path("indicators")));
        }
        ctx.contentType(AtomFeed.MEDIA_TYPE + "; charset=utf-8");
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        String base = ctx.scheme() + "://" + ctx.host() + "/";
        AtomFeed.write(out, w, base, r.hits(), found);
        out.flush();
    }

    private Watch watch(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        return watches.find(id).orElseThrow(() -> new NotFound("no watch with id or name " + id));
    }

    private ObjectNode watchJson(Watch w, Long newCount) {
        ObjectNode o = json.createObjectNode();
        o.put("id", w.id());
        o.put("name", w.name());
        o.put("query", w.query());
        ObjectNode f = o.putObject("filters");
        w.filters().params().forEach(f::put);
        o.put("created", w.created().toString());
        if (newCount != null) {
            o.put("new", newCount);
        }
        o.put("new_url", "/api/watches/" + w.id() + "/new");
        o.put("feed_url", "/api/watches/" + w.id() + "/feed.atom");
        return o;
    }

    private void crawl(Context ctx) {
        guard(ctx);
        String name = ctx.pathParam("name");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a crawl name is lower-case letters, digits and -; was '" + name + "'");
        }
        ctx.status(202).json(java.util.Map.of("message", actions.startCrawl(name)));
    }

    private void delete(Context ctx) throws IOException {
        guard(ctx);
        String id = ctx.pathParam("id");
        DocumentReader.checkId(id);
        if (!actions.deleteDocument(id)) {
            throw new NotFound("no document with id " + id);
        }
        ctx.status(204);
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
        }
    }

    /**
     * Actions that change state: a browser page of another origin may not trigger them (its {@code Origin} differs),
     * and beyond loopback they need the token.
     */
    private void guard(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("http://" + ctx.host())) {
            throw new Denied(403, "cross-origin requests may not change state");
        }
        if (!settings.onLoopback()) {
            String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
            byte[] given = auth.startsWith("Bearer ") ? auth.substring(7).getBytes(StandardCharsets.UTF_8) : new byte[0];
            if (!MessageDigest.isEqual(given, settings.token().getBytes(StandardCharsets.UTF_8))) {
                throw new Denied(401, "this action needs 'Authorization: Bearer <token>'");
            }
        }
    }

    private void problem(Context ctx, int status, String title, String detail) {
        try {
            // the charset declared: a detail quoting 创新 must not come back as ??
            ctx.status(status).contentType(Problem.MEDIA_TYPE + "; charset=utf-8")
                .result(json.writeValueAsString(Problem.of(status, title, detail)));
        } catch (IOException e) {
            ctx.status(status).result(title);
        }
    }

    private static SearchFilters filters(Context ctx) {
        return SearchFilters.of(ctx::queryParam);
    }

    private static SearchQuery.Sort sort(Context ctx) {
        String s = param(ctx, "sort").orElse("relevance");
        try {
            return SearchQuery.Sort.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be relevance or date; was " + s);
        }
    }

    private static void rejectUnknown(Context ctx, Set<String> known) {
        for (String p : ctx.queryParamMap().keySet()) {
            if (!known.contains(p)) {
                throw new IllegalArgumentException("unknown parameter '" + p + "'; known: " + String.join(", ",
                    new java.util.TreeSet<>(known)));
            }
        }
    }

    private static Optional<String> param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static int intParam(Context ctx, String name, int fallback) {
        Optional<String> v = param(ctx, name);
        try {
            return v.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number; was '" + v.get() + "'");
        }
    }

    private static Optional<Boolean> boolParam(Context ctx, String name) {
        return Optional.ofNullable(SearchFilters.bool(name, param(ctx, name).orElse(null)));
    }

    @Override
    public void close() {
        app.stop();
    }
}
