package io.policylens.search;

import io.policylens.contract.IndicatorExport;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes the indicator records of a query as they stream from the index, in one of the formats downstream tools
 * read: {@code jsonl} (one {@code policylens.indicator/1} record per line), {@code json} (one array) or
 * {@code csv} (flat columns, region as code and name). Memory stays flat however many records there are.
 */
public final class IndicatorWriter {

    public enum Format {
        JSON, JSONL, CSV;

        /** @throws IllegalArgumentException for anything but json, jsonl, csv */
        public static Format of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("format must be json, jsonl or csv; was " + name);
            }
        }

        public String mediaType() {
            return switch (this) {
                case JSON -> "application/json";
                case JSONL -> "application/x-ndjson";
                case CSV -> "text/csv";
            };
        }
    }


    private final IndicatorSearcher searcher;
    private final ObjectMapper mapper = io.policylens.contract.Json.mapper();

    public IndicatorWriter(IndicatorSearcher searcher) {
        this.searcher = searcher;
    }

    /** @return how many records were written */
    public long write(IndicatorQuery q, Format format, Writer out) throws IOException {
        try {
            return switch (format) {
                case JSONL -> searcher.stream(q, r -> {
                    try {
                        out.write(mapper.writeValueAsString(r));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                case JSON -> {
                    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
                        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                        g.writeStartArray();
                        long n = searcher.stream(q, r -> {
                            try {
                                mapper.writeTree(g, r);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                        g.writeEndArray();
                        yield n;
                    }
                }
                case CSV -> {
                    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
                    for (String c : IndicatorExport.CSV_COLUMNS) {
                        schema.addColumn(c);
                    }
                    try (SequenceWriter rows = new CsvMapper().writer(schema.build())
                        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
                        yield searcher.stream(q, r -> {
                            try {
                                rows.write(IndicatorExport.csvRow(r));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    }
                }
            };
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            out.flush();
        }
    }
}
