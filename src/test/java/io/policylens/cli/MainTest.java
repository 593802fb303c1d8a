package io.policylens.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static void collect(CommandLine cl, List<CommandLine> out) {
        out.add(cl);
        cl.getSubcommands().values().forEach(sub -> collect(sub, out));
    }
}
