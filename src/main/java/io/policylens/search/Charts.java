package io.policylens.search;

import java.util.List;

/**
 * What the page draws for the matching documents: how many were published each month, and the money they announce
 * (indicators of kind money in yuan, summed) by target year and by province.
 */
public record Charts(List<Point> documentsByMonth, List<Point> yuanByYear, List<Point> yuanByProvince) {

    public record Point(String key, double value) {
    }

    public static final Charts NONE = new Charts(List.of(), List.of(), List.of());
}
