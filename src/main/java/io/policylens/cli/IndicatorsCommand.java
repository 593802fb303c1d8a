package io.policylens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.policylens.app.Cluster;
import io.policylens.app.Searchers;
import io.policylens.app.Settings;
import io.policylens.index.EsConnection;
import io.policylens.search.IndicatorQuery;
import io.policylens.search.IndicatorSearcher;
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

    private static final String[] CSV_COLUMNS = {"schema", "document_id", "url", "title", "published", "kind", "value",
        "value_max", "unit", "approx", "year", "subject", "span", "sentence", "begin", "end", "region_code", "region",
        "organisation"};

    @ParentCommand
    Main root;

    @Option(names = "--query", paramLabel = "Q", description = "Only documents matching Q (simplified or traditional).")
    String query;

    @Option(names = "--kind", paramLabel = "K", description = "money, percent, count, rank, ratio or target.")
    String kind;

    @Option(names = "--region", paramLabel = "R", description = "Province, city or division, e.g. 浙江省 or 杭州市.")
    String region;

    @Option(names = "--since", paramLabel = "DATE", description = "Documents published on or after DATE (ISO).")
    LocalDate since;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "F", description = "jsonl or csv (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--limit", defaultValue = "1000000", paramLabel = "N", description = "At most N records.")
    long limit;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw new IllegalArgumentException("--format must be jsonl or csv, was " + format);
        }
        IndicatorQuery q = new IndicatorQuery(query, kind, region, since, limit);
        Settings s = root.settings();
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        try (EsConnection es = Cluster.connect(s, System.err::println)) {
            IndicatorSearcher searcher = Searchers.indicators(es, s);
            if (format.equals("jsonl")) {
                ObjectMapper mapper = new ObjectMapper();
                searcher.stream(q, r -> {
                    try {
                        out.write(mapper.writeValueAsString(r));
                        out.write('\n');
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } else {
                CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
                for (String c : CSV_COLUMNS) {
                    schema.addColumn(c);
                }
                CsvMapper csv = new CsvMapper();
                try (SequenceWriter rows = csv.writer(schema.build()).writeValues(out)) {
                    searcher.stream(q, r -> {
                        try {
                            rows.write(flat(r));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
            }
        }
        out.flush();
        return 0;
    }

    private static java.util.Map<String, Object> flat(ObjectNode r) {
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (String c : CSV_COLUMNS) {
            switch (c) {
                case "region_code" -> row.put(c, r.path("region").path("code").asText(""));
                case "region" -> row.put(c, r.path("region").path("name").asText(""));
                default -> row.put(c, r.path(c).isNull() || r.path(c).isMissingNode() ? "" : r.path(c).asText());
            }
        }
        return row;
    }
}
