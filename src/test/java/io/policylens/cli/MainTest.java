package io.policylens.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MainTest {

    @Test
    void everyCommandHasHelp() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), all);
        assertThat(all).extracting(CommandLine::getCommandName)
            .contains("policylens", "es", "start", "stop", "status", "ingest", "search", "extract", "rejects");
        for (CommandLine cl : all) {
            if (cl.getCommandName().equals("help")) {
                continue;
            }
            List<String> path = new ArrayList<>();
            for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
                path.add(0, c.getCommandName());
            }
            path.add("--help");
            StringWriter out = new StringWriter();
            CommandLine root = Main.commandLine();
            root.setOut(new PrintWriter(out));
            int code = root.execute(path.toArray(String[]::new));
            assertThat(code).as(String.join(" ", path)).isZero();
            assertThat(out.toString()).as(String.join(" ", path)).contains("Usage:").contains("--help");
        }
    }

    @Test
    void clusterOptionsAreListedOnlyByCommandsThatUseACluster() {
        assertThat(help("extract")).contains("--json").doesNotContain("--es-url").doesNotContain("--es-api-key");
        assertThat(help("train-ner")).doesNotContain("--es-");
        assertThat(help("bench", "mine")).doesNotContain("--es-");
        assertThat(help("search")).contains("--es-url").contains("--home");
        assertThat(help("watch", "add")).contains("--es-url");
        StringWriter err = new StringWriter();
        CommandLine root = Main.commandLine();
        root.setErr(new PrintWriter(err));
        assertThat(root.execute("extract", "--es-url", "http://127.0.0.1:9", "x.html")).isEqualTo(2);
        assertThat(err.toString()).contains("--es-url");
    }

    @Test
    void everySummaryIsAWholeSentence() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), all);
        for (CommandLine cl : all) {
            String[] description = cl.getCommandSpec().usageMessage().description();
            assertThat(description).as(cl.getCommandName()).isNotEmpty();
            String summary = String.join(" ", description).replace("%n", " ").strip();
            assertThat(summary).as(cl.getCommandName()).matches("(?s)\\p{Lu}.*[.:)]");
        }
    }

    private static String help(String... command) {
        StringWriter out = new StringWriter();
        CommandLine root = Main.commandLine();
        root.setOut(new PrintWriter(out));
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--help");
        assertThat(root.execute(args.toArray(String[]::new))).isZero();
        return out.toString();
    }

    @Test
    void aMistakeIsAUsageErrorNotAStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine root = Main.commandLine();
        root.setErr(new PrintWriter(err));
        assertThat(root.execute("search", "--limit", "many", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--limit").doesNotContain("Exception");
    }

    @Test
    void globalOptionsAreAcceptedAfterTheSubcommand() {
        Main main = new Main();
        new CommandLine(main).parseArgs("search", "--es-url", "http://127.0.0.1:9999", "--home", "/tmp/x", "创新");
        assertThat(main.settings().cluster()).hasValueSatisfying(es -> assertThat(es.url()).isEqualTo("http://127.0.0.1:9999"));
        assertThat(main.settings().home().toString()).isEqualTo("/tmp/x");
    }

    @Test
    void aBadEnvironmentValueNamesItsVariable() {
        Main main = new Main();
        new CommandLine(main).parseArgs("search", "创新");
        assertThatThrownBy(() -> main.settings(java.util.Map.of("POLICYLENS_ES_NODES", "two")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("POLICYLENS_ES_NODES must be a whole number, was 'two'");
        assertThatThrownBy(() -> main.settings(java.util.Map.of("POLICYLENS_ES_PORT", "80")))
            .hasMessageStartingWith("POLICYLENS_ES_PORT: ").hasMessageContaining("80");
        assertThatThrownBy(() -> main.settings(java.util.Map.of("POLICYLENS_ES_HEAP", "lots")))
            .hasMessageStartingWith("POLICYLENS_ES_HEAP: ");
        assertThatThrownBy(() -> main.settings(java.util.Map.of("POLICYLENS_PARSER_HEAP", "big")))
            .hasMessageStartingWith("POLICYLENS_PARSER_HEAP: ");
        assertThat(main.settings(java.util.Map.of("POLICYLENS_ES_PORT", " 9300 ")).node().port()).isEqualTo(9300);
    }

    @Test
    void extractPrintsTheLanguageTheIndexStores(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
        throws Exception {
        // Latin letters alone once made the printed language "en" while the index stored the detector's "fr".
        java.nio.file.Path file = tmp.resolve("communique.txt");
        java.nio.file.Files.writeString(file, "Communiqué de presse\n\nLe gouvernement régional a annoncé un nouveau "
            + "programme de soutien aux petites entreprises innovantes, avec des subventions pour la recherche et des "
            + "prêts à taux réduit pour les jeunes pousses de la région.\n");
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        try {
            System.setOut(new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(Main.commandLine().execute("extract", file.toString())).isZero();
            System.setOut(new java.io.PrintStream(json, true, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(Main.commandLine().execute("extract", "--json", file.toString())).isZero();
        } finally {
            System.setOut(stdout);
        }
        String stored = new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(json.toString(java.nio.charset.StandardCharsets.UTF_8)).path("language").asText();
        assertThat(stored).isEqualTo("fr");
        assertThat(text.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("language " + stored);
    }

    private static void collect(CommandLine cl, List<CommandLine> out) {
        out.add(cl);
        cl.getSubcommands().values().forEach(sub -> collect(sub, out));
    }
}
