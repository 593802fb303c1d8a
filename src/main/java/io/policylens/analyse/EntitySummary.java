package io.policylens.analyse;

import io.policylens.document.Span;

import java.util.List;

/**
 * All mentions of one entity in a document: what the contract's {@code entities} list holds.
 *
 * @param division for a place, the administrative division it names, or null
 */
public record EntitySummary(EntityType type, String text, int count, List<Span> spans, Division division) {

    public EntitySummary {
        spans = List.copyOf(spans);
    }
}
