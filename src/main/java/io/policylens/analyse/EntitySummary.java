package io.policylens.analyse;

import io.policylens.document.Span;

import java.util.List;

/** All mentions of one entity in a document: what the contract's {@code entities} list holds. */
public record EntitySummary(EntityType type, String text, int count, List<Span> spans) {

    public EntitySummary {
        spans = List.copyOf(spans);
    }
}
