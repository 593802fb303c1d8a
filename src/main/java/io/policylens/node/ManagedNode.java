package io.policylens.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The embedded default: one Elasticsearch node on 127.0.0.1 (or two, as one cluster with a replica of each
 * shard on the second), unpacked from the distribution Maven resolved, living under the data home, kept across
 * restarts. With two, the first node is the cluster's only master-eligible node: stopping the second loses nothing
 * and writes go on; stopping the first leaves searches answering from the second (Elasticsearch blocks only writes
 * without a master), and writes wait, then spool, until it is back. Elasticsearch refuses to run as root, so when PolicyLens
 * runs as root the node runs as a dedicated system user, created when missing.
 *
 * <p>Not thread-safe: one process manages a node at a time; the pid file tells others it is running.
 */
public final class ManagedNode {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final NodeSettings settings;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ManagedNode(NodeSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    public NodeSettings settings() {
        return settings;
    }

    /**
     * Where the node's files are: install, data, logs. The real path, never through the link from the data
     * home: every path the node is given must be reachable by the user it runs as.
     */
    public Path nodeDir() {
        Path dir = settings.home().resolve("elasticsearch");
        try {
            return Files.exists(dir) ? dir.toRealPath() : dir;
        } catch (IOException e) {
            return dir;
        }
    }

    private Path installDir() {
        return nodeDir().resolve("elasticsearch-" + settings.version());
    }

    /** Node n's pid file (n from 1; the first node's names are those of a one-node install). */
    private Path pidFile(int n) {
        return nodeDir().resolve(n == 1 ? "node.pid" : "node-" + n + ".pid");
    }

    private Path dataDir(int n) {
        return nodeDir().resolve(n == 1 ? "data" : "data-" + n);
    }

    private Path logsDir(int n) {
        return nodeDir().resolve(n == 1 ? "logs" : "logs-" + n);
    }

    /** The configuration folder of node n: the install's for the first, a copy of it for the others. */
    private Path configDir(int n) {
        return n == 1 ? installDir().resolve("config") : nodeDir().resolve("config-" + n);
    }

    /**
     * Starts the node unless it already runs, and waits until the cluster answers with at least yellow health.
     *
     * @param fresh delete the node's data first (for tests that want an empty cluster)
     * @return the node's URL
     */
    public String start(boolean fresh) throws IOException, InterruptedException {
        for (int n = 1; n <= settings.nodes() && !fresh; n++) {
            Optional<ProcessHandle> running = process(n);
            if (running.isPresent()) {
                log.accept("Elasticsearch is already running at " + settings.url(n) + " (pid " + running.get().pid() + ")");
            }
        }
        return ensureRunning(fresh);
    }

    /** Like {@link #start(boolean)}, but silent when the node already runs: for commands that just need it. */
    public String ensureRunning(boolean fresh) throws IOException, InterruptedException {
        if (fresh) {
            stop();
        }
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= settings.nodes(); n++) {
            if (process(n).isEmpty()) {
                missing.add(n);
            }
        }
        if (missing.isEmpty()) {
            waitUntilUsable(settings.url(1));
            return settings.url();
        }
        for (int n : missing) {
            if (portAnswers(settings.url(n))) {
                throw new IOException("port " + (settings.port() + n - 1) + " is taken by a process this data home does"
                    + " not manage; stop it, or choose another port with --port, or use it with --es-url " + settings.url(n));
            }
        }
        prepareNodeDir();
        if (fresh) {
            for (int n = 1; n <= 2; n++) {
                deleteTree(dataDir(n));
            }
        }
        install();
        for (int n = 1; n <= settings.nodes(); n++) {
            configure(n);
            Files.createDirectories(dataDir(n));
            Files.createDirectories(logsDir(n));
        }
        if (isRoot()) {
            ensureServiceUser();
            chown(nodeDir());
        }
        for (int n : missing) {
            launch(n);
        }
        waitUntilUsable(settings.url(1));
        log.accept("Elasticsearch is up at " + settings.url() + (settings.nodes() > 1 ? " (" + settings.nodes() + " nodes)" : ""));
        return settings.url();
    }

    /**
     * Starts node n of a two-node cluster again (after {@link #stopNode(int)}) and waits until it has joined.
     * Waits on node n itself, so the other may be down.
     */
    public void startNode(int n) throws IOException, InterruptedException {
        checkMember(n);
        if (process(n).isPresent()) {
            return;
        }
        configure(n);
        if (isRoot()) {
            chown(nodeDir());
        }
        launch(n);
        waitUntilUsable(settings.url(n));
    }

    private void launch(int n) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean asRoot = isRoot();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", settings.serviceUser(), "--"));
        }
        command.addAll(List.of(installDir().resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile(n).toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
            .directory(installDir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(logsDir(n).resolve("launcher.out").toFile());
        pb.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("ES_PATH_CONF", configDir(n).toString());
        pb.environment().remove("ES_JAVA_OPTS");
        log.accept("Starting Elasticsearch " + settings.version() + " at " + settings.url(n)
            + (asRoot ? " as user " + settings.serviceUser() : "") + " (data in " + dataDir(n) + ")");
        Process launcher = pb.start();
        int exit = launcher.waitFor();
        if (exit != 0) {
            throw new IOException("Elasticsearch did not start (launcher exit " + exit + "):\n" + tail());
        }
        ProcessHandle node = process(n).orElseThrow(() -> new IOException("Elasticsearch left no pid file:\n" + tail()));
        log.accept("Elasticsearch node " + n + " started (pid " + node.pid() + ")");
    }

    /** Stops every node cleanly (SIGTERM, then waits), the second first; does nothing when none runs. */
    public boolean stop() throws IOException, InterruptedException {
        boolean any = false;
        for (int n = 2; n >= 1; n--) {
            any |= stopNode(n);
        }
        if (!any) {
            log.accept("Elasticsearch is not running");
        }
        return any;
    }

    /** Stops node n cleanly (SIGTERM, then waits, then kills); false when it was not running. */
    public boolean stopNode(int n) throws IOException, InterruptedException {
        Optional<ProcessHandle> running = process(n);
        if (running.isEmpty()) {
            return false;
        }
        ProcessHandle node = running.get();
        log.accept("Stopping Elasticsearch" + (n > 1 ? " node " + n : "") + " (pid " + node.pid() + ")");
        node.destroy();
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        while (node.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        if (node.isAlive()) {
            log.accept("Elasticsearch did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it");
            node.destroyForcibly();
            node.onExit().join();
        }
        Files.deleteIfExists(pidFile(n));
        log.accept("Elasticsearch" + (n > 1 ? " node " + n : "") + " stopped");
        return true;
    }

    /** The first node's process, if its pid file names a live Elasticsearch. */
    public Optional<ProcessHandle> process() throws IOException {
        return process(1);
    }

    /** Node n's process, if its pid file names a live Elasticsearch. */
    public Optional<ProcessHandle> process(int n) throws IOException {
        Path pid = pidFile(n);
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        String text = Files.readString(pid).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(text)).filter(ProcessHandle::isAlive)
            .filter(h -> h.info().commandLine().map(c -> c.contains("elasticsearch")).orElse(true));
        if (handle.isEmpty()) {
            Files.deleteIfExists(pid);
        }
        return handle;
    }

    private void checkMember(int n) {
        if (n < 1 || n > settings.nodes()) {
            throw new IllegalArgumentException("there is no node " + n + " in a cluster of " + settings.nodes());
        }
    }

    /** The size of the node's data folder, in bytes. */
    public long dataBytes() throws IOException {
        return dataBytes(dataDir(1)) + dataBytes(dataDir(2));
    }

    private static long dataBytes(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    /** Waits until every node runs and, asked through {@code url}, the cluster has them all and is yellow or green. */
    private void waitUntilUsable(String url) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            for (int n = 1; n <= settings.nodes(); n++) {
                if (process(n).isEmpty()) {
                    throw new IOException("Elasticsearch" + (n > 1 ? " node " + n : "") + " exited while starting:\n" + tail());
                }
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url
                        + "/_cluster/health?wait_for_status=yellow&wait_for_nodes=" + settings.nodes() + "&timeout=2s"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (ConnectException e) {
                last = "connection refused";
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IOException("Elasticsearch did not become usable within " + START_TIMEOUT.toSeconds() + " s ("
            + last + "):\n" + tail());
    }

    private boolean portAnswers(String url) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(url + "/")).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Makes {@code home/elasticsearch}. As root, the node's files must be reachable by the service user, which a
     * home under /root (mode 700) is not: they then live under /var/lib/policylens, linked from the home.
     */
    private void prepareNodeDir() throws IOException {
        Path dir = settings.home().resolve("elasticsearch");
        Files.createDirectories(settings.home());
        if (Files.isDirectory(dir)) {
            return;
        }
        if (isRoot() && !reachableByOthers(settings.home().toAbsolutePath())) {
            String key = io.policylens.document.Hashes.sha256Hex(
                settings.home().toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
            Path real = Path.of("/var/lib/policylens/nodes", key);
            Files.createDirectories(real);
            Files.deleteIfExists(dir);
            Files.createSymbolicLink(dir, real);
            log.accept("The data home is not reachable by user " + settings.serviceUser() + "; the node's files live in "
                + real + ", linked from " + dir);
        } else {
            Files.createDirectories(dir);
        }
    }

    private static boolean reachableByOthers(Path dir) throws IOException {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                String perms = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                if (perms.charAt(8) != 'x') {
                    return false;
                }
            }
        }
        return true;
    }

    private void install() throws IOException {
        Path marker = installDir().resolve(".installed");
        if (Files.exists(marker)) {
            return;
        }
        Path zip = distribution();
        log.accept("Unpacking " + zip.getFileName() + " into " + nodeDir());
        deleteTree(installDir());
        Path target = nodeDir().toRealPath();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    String name = out.getFileName().toString();
                    if (out.getParent().getFileName().toString().equals("bin") || name.endsWith(".sh")
                        || out.toString().contains("/platform/")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        Files.writeString(marker, settings.version() + "\n");
    }

    /** The distribution zip: given explicitly, copied into target/ by the build, or in the local Maven repository. */
    Path distribution() throws IOException {
        String file = "elasticsearch-" + settings.version() + ".zip";
        List<Path> candidates = new ArrayList<>();
        if (settings.distribution() != null) {
            candidates.add(settings.distribution());
        }
        codeLocation().ifPresent(target -> candidates.add(target.resolve("elasticsearch").resolve(file)));
        candidates.add(Path.of("target", "elasticsearch", file));
        String m2 = System.getProperty("maven.repo.local");
        Path repo = m2 != null ? Path.of(m2) : Path.of(System.getProperty("user.home"), ".m2", "repository");
        candidates.add(repo.resolve("org/elasticsearch/distribution/integ-test-zip/elasticsearch")
            .resolve(settings.version()).resolve(file));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IOException("the Elasticsearch " + settings.version() + " distribution is not here; build the project"
            + " (mvn package, or bin/policylens, which does) to have Maven fetch it. Looked in: " + candidates);
    }

    /** The build's target folder, when running from target/classes or target/policylens.jar. */
    private static Optional<Path> codeLocation() {
        try {
            Path p = Path.of(ManagedNode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = p.getParent();
            return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("target")
                ? Optional.of(parent) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private void configure(int n) throws IOException {
        Path config = configDir(n);
        if (n > 1 && !Files.exists(config.resolve("jvm.options"))) {
            copyTree(installDir().resolve("config"), config);
        }
        int http = settings.port() + n - 1;
        List<String> lines = new ArrayList<>(List.of(
            "# Written by PolicyLens at each start; edit NodeSettings, not this file.",
            "cluster.name: policylens",
            "node.name: policylens-" + n,
            "path.data: " + dataDir(n).toAbsolutePath(),
            "path.logs: " + logsDir(n).toAbsolutePath(),
            "network.host: 127.0.0.1",
            "http.port: " + http,
            "transport.port: " + (http + 100)));
        if (settings.nodes() == 1) {
            lines.add("discovery.type: single-node");
        } else {
            lines.add("discovery.seed_hosts: [\"127.0.0.1:" + (settings.port() + 100) + "\", \"127.0.0.1:"
                + (settings.port() + 101) + "\"]");
            // One master-eligible node: a two-node vote cannot survive losing either, so the first decides alone.
            if (n == 1) {
                lines.add("cluster.initial_master_nodes: [\"policylens-1\"]");
            } else {
                lines.add("node.roles: [data, ingest]");
            }
        }
        // Loopback only, so no one else can reach it: security stays off.
        lines.add("xpack.security.enabled: false");
        lines.add("action.destructive_requires_name: true");
        lines.add("");
        Files.writeString(config.resolve("elasticsearch.yml"), String.join("\n", lines));
        Path options = config.resolve("jvm.options.d");
        Files.createDirectories(options);
        Files.writeString(options.resolve("policylens.options"),
            "-Xms" + settings.heap() + "\n-Xmx" + settings.heap() + "\n");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path out = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(out);
                } else if (!p.getFileName().toString().equals("elasticsearch.keystore")) {
                    Files.copy(p, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void ensureServiceUser() throws IOException, InterruptedException {
        if (run(List.of("id", "-u", settings.serviceUser())) == 0) {
            return;
        }
        log.accept("Creating system user " + settings.serviceUser() + " to run Elasticsearch (it refuses to run as root)");
        int exit = run(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
            "--shell", "/usr/sbin/nologin", settings.serviceUser()));
        if (exit != 0 && run(List.of("id", "-u", settings.serviceUser())) != 0) {
            throw new IOException("could not create system user " + settings.serviceUser() + " (useradd exit " + exit + ")");
        }
    }

    private void chown(Path dir) throws IOException, InterruptedException {
        int exit = run(List.of("chown", "-R", settings.serviceUser() + ":", dir.toRealPath().toString()));
        if (exit != 0) {
            throw new IOException("could not give " + dir + " to user " + settings.serviceUser());
        }
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        return p.waitFor();
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private String tail() {
        StringBuilder sb = new StringBuilder();
        for (Path p : List.of(logsDir(1).resolve("launcher.out"), logsDir(1).resolve("policylens.log"),
                logsDir(2).resolve("launcher.out"), logsDir(2).resolve("policylens.log"))) {
            if (Files.exists(p)) {
                try {
                    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                    sb.append("--- ").append(p).append('\n');
                    lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(l -> sb.append(l).append('\n'));
                } catch (IOException | UncheckedIOException e) {
                    sb.append("(cannot read ").append(p).append(")\n");
                }
            }
        }
        return sb.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
