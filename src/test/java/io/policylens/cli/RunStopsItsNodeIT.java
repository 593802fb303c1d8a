package io.policylens.cli;

import io.policylens.node.ManagedNode;
import io.policylens.node.NodeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code policylens run} with no cluster configured starts a node of its own; stopped as Ctrl-C or a service
 * manager stops it (SIGTERM), it stops the page, the routes and that node, and says so. A node of its own home
 * and port, apart from the build's test node.
 */
class RunStopsItsNodeIT {

    private static final int PORT = 9262;

    @TempDir
    Path tmp;

    @Test
    void aTerminatedRunStopsTheNodeItStarted() throws Exception {
        Path home = Path.of("target/it-run-node").toAbsolutePath();
        Path corpus = Files.createDirectories(tmp.resolve("empty-corpus"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-cp", System.getProperty("java.class.path"), "io.policylens.cli.Main", "--home", home.toString(),
            "run", "--port", "0", "--corpus", corpus.toString(), "--set", "policylens.schedules=false"));
        // Output to a file: Process.destroy() closes the process's pipes, and the lines after the signal matter here.
        Path log = tmp.resolve("run.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("POLICYLENS_ES_PORT", String.valueOf(PORT));
        pb.environment().put("POLICYLENS_ES_HEAP", "512m");
        pb.environment().remove("POLICYLENS_ES_URL");
        Process run = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline && run.isAlive() && !Files.readString(log).contains("Ctrl-C to stop")) {
                Thread.sleep(200);
            }
            List<String> output = Files.readAllLines(log);
            assertThat(output).as("run is up").anyMatch(l -> l.contains("Ctrl-C to stop"));
            assertThat(output).as("it says it started the node").anyMatch(l -> l.contains("Starting Elasticsearch"));
            assertThat(listening()).as("the node answers on its port").isTrue();

            run.destroy(); // SIGTERM, what Ctrl-C and service managers send
            assertThat(run.waitFor(120, TimeUnit.SECONDS)).as("run exits").isTrue();
            output = Files.readAllLines(log);
            assertThat(output).anyMatch(l -> l.contains("stopping the Elasticsearch node this run started"))
                .anyMatch(l -> l.equals("stopped"));
            assertThat(listening()).as("the node is gone").isFalse();
            assertThat(new ManagedNode(NodeSettings.defaults(home).withPort(PORT), m -> { })
                .process()).isEmpty();
        } finally {
            run.destroyForcibly();
            new ManagedNode(NodeSettings.defaults(home).withPort(PORT), m -> { }).stop();
        }
    }

    private static boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", PORT), 1_000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
