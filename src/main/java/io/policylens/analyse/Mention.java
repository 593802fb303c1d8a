package io.policylens.analyse;

import io.policylens.document.Span;

/**
 * One occurrence of a named entity in the normalised text.
 *
 * @param normalised the entity's canonical name (for places, the full division name once resolved)
 */
public record Mention(Span span, String surface, EntityType type, String normalised) {
}
