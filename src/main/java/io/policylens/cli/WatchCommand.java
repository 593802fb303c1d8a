package io.policylens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.policylens.app.Cluster;
import io.policylens.app.Searchers;
import io.policylens.app.Settings;
import io.policylens.contract.Json;
import io.policylens.index.EsConnection;
import io.policylens.search.SearchFilters;
import io.policylens.search.SearchHit;
import io.policylens.search.SearchResult;
import io.policylens.search.Watch;
import io.policylens.search.WatchStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code policylens watch}: saved searches that report the documents indexed since a time. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Save searches and list what is new for them since a time (the page and the API share them).",
    subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.New.class,
        WatchCommand.Delete.class})
final class WatchCommand {

    @ParentCommand
    Main root;

    /** What a watch subcommand does with the store, on a connection opened (and the node started) for it. */
    interface WithStore {
        int run(WatchStore store) throws Exception;
    }

    int withStore(WithStore action) throws Exception {
        Settings s = root.settings();
        try (EsConnection es = Cluster.connect(s, System.err::println)) {
            return action.run(Searchers.watches(es, s));
        }
    }

    /** The filters a watch keeps, as {@code search}'s and the API's. */
    static final class Filters {
        @Option(names = "--province", paramLabel = "P", description = "Only documents about province P (浙江省).")
        String province;
        @Option(names = "--city", paramLabel = "C", description = "Only documents about city C (杭州市).")
        String city;
        @Option(names = "--site", paramLabel = "S", description = "Only documents of site S.")
        String site;
        @Option(names = "--organisation", paramLabel = "O", description = "Only documents naming organisation O.")
        String organisation;
        @Option(names = "--person", paramLabel = "NAME", description = "Only documents naming person NAME.")
        String person;
        @Option(names = "--issuer", paramLabel = "I", description = "Only documents issued by I (发文机关).")
        String issuer;
        @Option(names = "--kind", paramLabel = "K", description = "Only documents with an indicator of kind K (money, percent, …).")
        String kind;
        @Option(names = "--script", paramLabel = "S", description = "Only simplified, traditional or mixed documents.")
        String script;

        SearchFilters toFilters() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("province", province);
            m.put("city", city);
            m.put("site", site);
            m.put("organisation", organisation);
            m.put("person", person);
            m.put("issuer", issuer);
            m.put("kind", kind);
            m.put("script", script);
            return SearchFilters.of(m::get);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
        description = "Save a search under a name. The query has search's syntax: words, \"phrases\", -excluded.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        WatchCommand parent;
        @Parameters(index = "0", paramLabel = "NAME", description = "A name for the watch, unique.")
        String name;
        @Parameters(index = "1", arity = "0..1", paramLabel = "QUERY", description = "What to find (may be empty with a filter).")
        String query;
        @picocli.CommandLine.Mixin
        Filters filters = new Filters();

        @Override
        public Integer call() throws Exception {
            return parent.withStore(store -> {
                Watch w = store.add(name, query, filters.toFilters());
                System.out.println("watch " + w.name() + " (" + w.id() + ") saved; `policylens watch new " + w.name()
                    + "` lists what is indexed from now on");
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches, by name.")
    static final class ListWatches implements Callable<Integer> {
        @ParentCommand
        WatchCommand parent;

        @Override
        public Integer call() throws Exception {
            return parent.withStore(store -> {
                var list = store.list();
                for (Watch w : list) {
                    System.out.println(w.name() + "\t" + w.id() + "\t" + w.query() + "\t" + w.filters().params()
                        + "\tsince " + w.created());
                }
                System.out.println(list.size() + " watch" + (list.size() == 1 ? "" : "es"));
                return 0;
            });
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
        description = "Documents indexed since a time that match a watch, newest first.")
    static final class New implements Callable<Integer> {
        @ParentCommand
        WatchCommand parent;
        @Parameters(index = "0", paramLabel = "NAME", description = "The watch's name or id.")
        String name;
        @Option(names = "--since", paramLabel = "WHEN",
            description = "An ISO date or time (2026-03-18, 2026-03-18T08:00:00Z); default: when the watch was saved.")
        String since;
        @Option(names = "--jsonl", description = "One JSON object per document, for scripts.")
        boolean jsonl;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws Exception {
            return parent.withStore(store -> {
                Watch w = store.find(name).orElseThrow(() -> new IllegalArgumentException("no watch named " + name
                    + "; `policylens watch list` shows them"));
                Instant from = since == null ? w.created() : Watch.since("--since", since);
                SearchResult r = store.newSince(w, from, limit);
                ObjectMapper json = Json.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
                for (SearchHit h : r.hits()) {
                    if (jsonl) {
                        System.out.println(json.writeValueAsString(h));
                    } else {
                        System.out.println(h.indexedAt() + "\t" + (h.published() == null ? "undated" : h.published())
                            + "\t" + (h.titleOriginal().isEmpty() ? h.title() : h.titleOriginal()) + "\t" + h.uri());
                    }
                }
                if (!jsonl) {
                    System.out.println(r.total() + " new for " + w.name() + " since " + from);
                }
                return 0;
            });
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a watch.")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        WatchCommand parent;
        @Parameters(index = "0", paramLabel = "NAME", description = "The watch's name or id.")
        String name;

        @Override
        public Integer call() throws Exception {
            return parent.withStore(store -> {
                if (!store.delete(name)) {
                    System.err.println("policylens: no watch named " + name);
                    return 1;
                }
                System.out.println("watch " + name + " deleted");
                return 0;
            });
        }
    }
}
