package io.policylens.contract;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The one way the contracts are written: exact decimals stay exact through a tree (a default tree strips 1.32E12's
 * zeros into an exponent) and print without an exponent (1320000000000, never 1.32E+12).
 */
public final class Json {

    private Json() {
    }

    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    public static ObjectMapper mapper() {
        return builder().build();
    }
}
