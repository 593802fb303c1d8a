package io.policylens.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Documents the cluster could not take (it was unreachable past the retries), kept on disk until it returns:
 * one NDJSON line per document ({@code index}, {@code id}, {@code source}), each line forced to disk before the
 * document is counted spooled. {@link #replay} sends them again and removes each file once all of it is in.
 * Thread-safe within one process; each process writes its own file.
 */
public final class Spool {

    private static final int REPLAY_BATCH = 200;
    private final Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private Path current;
    private volatile String lastReason;

    public Spool(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Why the last document was spooled (the cluster's answer, or that it gave none); null when none was. */
    public String lastReason() {
        return lastReason;
    }

    /**
     * Keeps one document; it counts as spooled only once this returns. A line cut by a full disk is skipped on
     * replay (its document was reported failed, not spooled).
     */
    public synchronized void write(String index, String id, ObjectNode source, String reason) throws IOException {
        lastReason = reason;
        if (current == null) {
            Files.createDirectories(dir);
            current = dir.resolve("spool-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + ".ndjson");
        }
        ObjectNode line = mapper.createObjectNode();
        line.put("index", index);
        line.put("id", id);
        line.put("reason", reason);
        line.set("source", source);
        byte[] bytes = (mapper.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(current, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(false);
        }
    }

    /** Why the newest spooled document is waiting, as written beside it; "unknown" when none is. */
    public String lastReasonOnDisk() throws IOException {
        List<Path> files = files();
        for (int f = files.size() - 1; f >= 0; f--) {
            List<String> lines = Files.readAllLines(files.get(f), StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                try {
                    JsonNode n = mapper.readTree(lines.get(i));
                    if (n != null && n.hasNonNull("reason")) {
                        return n.get("reason").asText();
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException cut) {
                    // a cut line: look at the one before
                }
            }
        }
        return "unknown";
    }

    /** Documents waiting on disk. */
    public long pending() throws IOException {
        long n = 0;
        for (Path f : files()) {
            try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                n += lines.filter(l -> !l.isBlank()).count();
            }
        }
        return n;
    }

    /**
     * Sends every spooled document to the cluster; a file whose documents all went in is deleted. A failure leaves
     * the file (and what it holds) for the next replay; documents of it that did go in are simply written again.
     *
     * @return how many documents went in
     */
    public synchronized long replay(ElasticsearchClient client) throws IOException {
        long done = 0;
        for (Path f : files()) {
            if (f.equals(current)) {
                current = null; // a new file for what is spooled from now on
            }
            boolean all = true;
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                List<JsonNode> batch = new ArrayList<>();
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        try {
                            batch.add(mapper.readTree(line));
                        } catch (com.fasterxml.jackson.core.JsonProcessingException cut) {
                            continue; // a line a full disk cut short: never counted as spooled
                        }
                    }
                    if (batch.size() == REPLAY_BATCH) {
                        long ok = send(client, batch);
                        all &= ok == batch.size();
                        done += ok;
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    long ok = send(client, batch);
                    all &= ok == batch.size();
                    done += ok;
                }
            }
            if (all) {
                Files.delete(f);
            }
        }
        return done;
    }

    private static long send(ElasticsearchClient client, List<JsonNode> batch) throws IOException {
        BulkResponse r = client.bulk(b -> {
            for (JsonNode d : batch) {
                b.operations(op -> op.index(i -> i.index(d.path("index").asText()).id(d.path("id").asText())
                    .document(d.path("source"))));
            }
            return b;
        });
        return r.items().stream().filter(i -> i.error() == null).count();
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList();
        }
    }

}
