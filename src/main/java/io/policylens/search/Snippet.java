package io.policylens.search;

import java.util.List;

/**
 * A passage of a document in its own script, cut into parts that match the query ({@code hit}) and parts that do
 * not: plain text, never HTML, so that every client escapes it its own way.
 */
public record Snippet(List<Part> parts) {

    public record Part(String text, boolean hit) {
    }

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** The passage with each hit between the given marks (a terminal's colours, 【】). */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            sb.append(p.hit() ? open + p.text() + close : p.text());
        }
        return sb.toString();
    }
}
