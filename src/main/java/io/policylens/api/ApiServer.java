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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        "organisation", "person", "script", "kind", "has_indicators", "issuer", "region", "format", "limit");

    private final ApiSettings settings;
    private final DocumentSearcher searcher;
    private final DocumentReader reader;
    private final IndicatorWriter indicators;
    private final Actions actions;
    private final ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private final Javalin app;

    public ApiServer(ApiSettings settings, DocumentSearcher searcher, DocumentReader reader,
                     IndicatorSearcher indicatorSearcher, Actions actions) {
        this.settings = settings;
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
            if (ctx.path().startsWith("/api/") && !Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
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
            limit);
        ctx.contentType(format.mediaType() + "; charset=utf-8");
        if (format == IndicatorWriter.Format.CSV) {
            ctx.header("Content-Disposition", "attachment; filename=\"policylens-indicators.csv\"");
        }
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        indicators.write(q, format, out);
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
            ctx.status(status).contentType(Problem.MEDIA_TYPE)
                .result(json.writeValueAsString(Problem.of(status, title, detail)));
        } catch (IOException e) {
            ctx.status(status).result(title);
        }
    }

    private static SearchFilters filters(Context ctx) {
        return new SearchFilters(date(ctx, "from"), date(ctx, "to"), param(ctx, "site").orElse(null),
            param(ctx, "province").orElse(null), param(ctx, "city").orElse(null),
            param(ctx, "organisation").orElse(null), param(ctx, "person").orElse(null),
            param(ctx, "script").orElse(null), param(ctx, "kind").orElse(null),
            boolParam(ctx, "has_indicators").orElse(null), param(ctx, "issuer").orElse(null));
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
        Optional<String> v = param(ctx, name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return switch (v.get()) {
            case "true", "1", "yes" -> Optional.of(true);
            case "false", "0", "no" -> Optional.of(false);
            default -> throw new IllegalArgumentException(name + " must be true or false; was '" + v.get() + "'");
        };
    }

    private static LocalDate date(Context ctx, String name) {
        Optional<String> v = param(ctx, name);
        try {
            return v.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO date (2026-03-18); was '" + v.get() + "'");
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
