package io.policylens.cli;

import io.policylens.app.Cluster;
import io.policylens.app.Searchers;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import io.policylens.search.IndicatorQuery;
import io.policylens.search.IndicatorWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code policylens indicators}: indicator records for downstream tools. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = {"Stream indicator records (schema policylens.indicator/1) from the index, as JSON lines or CSV."})
final class IndicatorsCommand implements Callable<Integer> {

    @ParentCommand
    Main root;

    @Option(names = "--query", paramLabel = "Q", description = "Only documents matching Q (simplified or traditional).")
    String query;

    @Option(names = "--kind", paramLabel = "K", description = "money, percent, count, rank, ratio or target.")
    String kind;

    @Option(names = "--region", paramLabel = "R", description = "Province, city or division, e.g. 浙江省 or 杭州市.")
    String region;

    @Option(names = "--measure", paramLabel = "M",
        description = "level (an amount stated), change (增长, 减少, with its direction) or target.")
    String measure;

    @Option(names = "--since", paramLabel = "DATE", description = "Documents published on or after DATE (ISO).")
    LocalDate since;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "F", description = "jsonl or csv (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--bom", description = "Begin CSV with a UTF-8 byte-order mark, for spreadsheets that otherwise "
        + "misread Chinese.")
    boolean bom;

    @Option(names = "--limit", defaultValue = "1000000", paramLabel = "N", description = "At most N records.")
    long limit;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw new IllegalArgumentException("--format must be jsonl or csv, was " + format);
        }
        IndicatorQuery q = new IndicatorQuery(query, kind, region, measure, since, limit);
        Settings s = root.settings();
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        if (bom && format.equals("csv")) {
            out.write('\uFEFF');
        }
        var loaded = Searchers.warmUp(s); // the dictionaries load while the connection opens
        try (EsConnection es = Cluster.connectToRead(s, System.err::println)) {
            loaded.join();
            new IndicatorWriter(Searchers.indicators(es, s)).write(q, IndicatorWriter.Format.of(format), out);
        }
        return 0;
    }
}
