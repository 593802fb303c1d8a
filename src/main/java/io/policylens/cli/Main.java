package io.policylens.cli;

import io.policylens.node.NodeSettings;
import io.policylens.app.Settings;
import io.policylens.index.EsSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/** The {@code policylens} command: global options, and the subcommands that do the work. */
@Command(name = "policylens", mixinStandardHelpOptions = true, version = "PolicyLens 0.1.0",
    description = "Mine Chinese policy and news text: extract, analyse, index into Elasticsearch, search.",
    subcommands = {EsCommand.class, IngestCommand.class, SearchCommand.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class, TrainNerCommand.class, IndicatorsCommand.class, WatchCommand.class, CrawlCommand.class, PipelinesCommand.class, RunCommand.class, ServeCommand.class,
        RejectsCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "With no cluster configured, PolicyLens starts and manages a local Elasticsearch node under the data home."})
public final class Main {

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
        description = "Data home (env POLICYLENS_HOME; default ~/.policylens).")
    Path home;

    @Option(names = "--es-url", scope = ScopeType.INHERIT, paramLabel = "URL", defaultValue = "${env:POLICYLENS_ES_URL}",
        description = "Use this Elasticsearch cluster instead of the managed node (env POLICYLENS_ES_URL).")
    String esUrl;

    @Option(names = "--es-api-key", scope = ScopeType.INHERIT, paramLabel = "KEY",
        defaultValue = "${env:POLICYLENS_ES_API_KEY}", description = "Encoded API key (env POLICYLENS_ES_API_KEY).")
    String esApiKey;

    @Option(names = "--es-user", scope = ScopeType.INHERIT, paramLabel = "USER", defaultValue = "${env:POLICYLENS_ES_USER}",
        description = "Basic-auth user (env POLICYLENS_ES_USER).")
    String esUser;

    @Option(names = "--es-password", scope = ScopeType.INHERIT, paramLabel = "PASSWORD",
        defaultValue = "${env:POLICYLENS_ES_PASSWORD}", description = "Basic-auth password (env POLICYLENS_ES_PASSWORD).")
    String esPassword;

    @Option(names = "--es-ca-cert", scope = ScopeType.INHERIT, paramLabel = "PEM",
        defaultValue = "${env:POLICYLENS_ES_CA_CERT}", description = "CA certificate to trust for TLS (env POLICYLENS_ES_CA_CERT).")
    Path esCaCert;

    @Option(names = "--index-prefix", scope = ScopeType.INHERIT, paramLabel = "PREFIX", defaultValue = "",
        hidden = true, description = "Put before every index name (tests).")
    String indexPrefix;

    /** The settings every subcommand works with. */
    Settings settings() {
        return settings(System.getenv());
    }

    /** The settings, with the environment given (tests give their own). A bad value fails naming its variable. */
    Settings settings(java.util.Map<String, String> env) {
        Path h = home != null ? home : Settings.defaultHome();
        Settings s = Settings.defaults(h).withIndexPrefix(indexPrefix == null ? "" : indexPrefix);
        String heap = env.get("POLICYLENS_ES_HEAP");
        if (heap != null && !heap.isBlank()) {
            Settings base = s;
            s = named("POLICYLENS_ES_HEAP", () -> base.withNode(base.node().withHeap(heap.strip())));
        }
        String parserHeap = env.get("POLICYLENS_PARSER_HEAP");
        if (parserHeap != null && !parserHeap.isBlank()) {
            // "off": PDF and Office files are parsed in this process (faster, not isolated).
            Settings base = s;
            s = named("POLICYLENS_PARSER_HEAP", () -> base.withExtract(base.extract()
                .withIsolatedHeap(parserHeap.strip().equals("off") ? null : parserHeap.strip())));
        }
        Integer nodes = whole(env, "POLICYLENS_ES_NODES");
        if (nodes != null) {
            Settings base = s;
            s = named("POLICYLENS_ES_NODES", () -> base.withNode(base.node().withNodes(nodes)));
        }
        Integer port = whole(env, "POLICYLENS_ES_PORT");
        if (port != null) {
            Settings base = s;
            s = named("POLICYLENS_ES_PORT", () -> base.withNode(base.node().withPort(port)));
        }
        if (esUrl != null && !esUrl.isBlank()) {
            s = s.withCluster(new EsSettings(esUrl, blankToNull(esApiKey), blankToNull(esUser), blankToNull(esPassword),
                esCaCert));
        }
        return s;
    }

    /** Settings made from an environment variable: a bad value's error names the variable. */
    private static Settings named(String variable, java.util.function.Supplier<Settings> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
        }
    }

    /** A whole number from the environment, or null when unset; anything else fails with the variable's name. */
    static Integer whole(java.util.Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + v + "'");
        }
    }

    NodeSettings nodeSettings() {
        return settings().node();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with PolicyLens's error handling: messages, not stack traces, for users' mistakes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        withoutClusterOptions(cl);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("policylens: " + message(e));
            if (System.getenv("POLICYLENS_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }

    /** Takes the inherited cluster options out of every command marked {@link WithoutCluster}, at any depth. */
    private static void withoutClusterOptions(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommand() instanceof WithoutCluster) {
                CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
                for (CommandLine.Model.OptionSpec o : java.util.List.copyOf(spec.options())) {
                    if (o.inherited() && o.longestName().startsWith("--es-")) {
                        spec.remove(o);
                    }
                }
            }
            withoutClusterOptions(sub);
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.toString() : m;
    }
}
