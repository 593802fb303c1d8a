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
    private static final String DELETE = "delete";
    private static final String DELETE_MARK = "\"" + DELETE + "\":true";
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
        ObjectNode line = mapper.createObjectNode();
        line.put("index", index);
        line.put("id", id);
        line.put("reason", reason);
        line.set("source", source);
        append(line);
    }

    /**
     * Keeps a deletion for the replay, after what was spooled before it: an entry that must go once the cluster
     * answers (a rejection that a later success cleared while it was away). Not counted as a pending document.
     */
    public synchronized void writeDeletion(String index, String id, String reason) throws IOException {
        ObjectNode line = mapper.createObjectNode();
        line.put("index", index);
        line.put("id", id);
        line.put("reason", reason);
        line.put(DELETE, true);
        append(line);
    }

    private void append(ObjectNode line) throws IOException {
        if (current == null) {
            Files.createDirectories(dir);
            current = dir.resolve("spool-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + ".ndjson");
        }
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
                    if (n != null && n.hasNonNull("reason") && !n.path(DELETE).asBoolean()) {
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
                n += lines.filter(l -> !l.isBlank() && !l.contains(DELETE_MARK)).count();
            }
        }
        return n;
    }

    /**
     * Sends every spooled document (and deletion) to the cluster, in the order spooled; a file whose operations all
     * went in is deleted. A failure leaves
     * the file (and what it holds) for the next replay; documents of it that did go in are simply written again.
     *
     * @return how many documents went in (deletions not counted)
     */
    public synchronized long replay(ElasticsearchClient client) throws IOException {
        long[] done = {0};
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
                        all &= send(client, batch, done);
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    all &= send(client, batch, done);
                }
            }
            if (all) {
                Files.delete(f);
            }
        }
        return done[0];
    }

    /** Sends one batch; true when every operation of it went in. A deletion of what is not there went in too. */
    private static boolean send(ElasticsearchClient client, List<JsonNode> batch, long[] documents) throws IOException {
        BulkResponse r = client.bulk(b -> {
            for (JsonNode d : batch) {
                String index = d.path("index").asText();
                String id = d.path("id").asText();
                if (d.path(DELETE).asBoolean()) {
                    b.operations(op -> op.delete(x -> x.index(index).id(id)));
                } else {
                    b.operations(op -> op.index(i -> i.index(index).id(id).document(d.path("source"))));
                }
            }
            return b;
        });
        boolean all = true;
        for (int i = 0; i < r.items().size(); i++) {
            if (r.items().get(i).error() != null) {
                all = false;
            } else if (!batch.get(i).path(DELETE).asBoolean()) {
                documents[0]++;
            }
        }
        return all;
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
