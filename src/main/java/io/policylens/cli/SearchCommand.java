package io.policylens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.policylens.app.Cluster;
import io.policylens.app.Searchers;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import io.policylens.search.SearchHit;
import io.policylens.search.SearchQuery;
import io.policylens.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code policylens search QUERY}: ranked documents with highlighted snippets in their own script. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the index. Simplified and traditional queries find the same documents (創新 = 创新).",
        "Query syntax: words separated by spaces must all occur (科技 创新); \"double quotes\" keep a phrase",
        "together (\"研发投入\"); a leading minus excludes a word or phrase (-房地产); a document number in any",
        "bracket form (浙政办发〔2024〕27号) finds that document first, then those that cite it.",
        "Snippets are shown in the document's original script."})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    Main root;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find.")
    List<String> words;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        Settings s = root.settings();
        SearchQuery query = new SearchQuery(String.join(" ", words), limit);
        SearchResult result;
        var loaded = Searchers.warmUp(s); // the dictionaries load while the connection opens
        try (EsConnection es = Cluster.connectToRead(s, System.err::println)) {
            loaded.join();
            result = Searchers.documents(es, s).search(query);
        }
        if (json) {
            System.out.println(io.policylens.contract.Json.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return 0;
        }
        boolean ansi = System.console() != null && System.getenv("NO_COLOR") == null;
        System.out.println(result.total() + " document" + (result.total() == 1 ? "" : "s") + " for " + result.query()
            + (result.simplifiedQuery().equals(result.query()) ? "" : " (" + result.simplifiedQuery() + ")")
            + ", " + result.tookMillis() + " ms");
        int rank = 0;
        for (SearchHit h : result.hits()) {
            rank++;
            System.out.println();
            System.out.printf("%d. %s  [%.2f]%n", rank, h.titleOriginal().isEmpty() ? h.title() : h.titleOriginal(), h.score());
            System.out.println("   " + (h.published() == null ? "undated" : h.published()) + " · " + h.site() + " · " + h.uri());
            if (!h.alsoAt().isEmpty()) {
                System.out.println("   also at " + String.join(", ", h.alsoAt()));
            }
            for (io.policylens.search.Snippet snippet : h.snippets()) {
                String shown = (ansi ? snippet.marked("\u001b[1;33m", "\u001b[0m") : snippet.marked("【", "】"))
                    .replace("\n", " ");
                System.out.println("   … " + shown + " …");
            }
        }
        return 0;
    }
}
