package io.policylens.analyse;

import io.policylens.document.Span;

/** A paragraph of the text that is not in the document's language, kept and marked: "en" for an English abstract. */
public record Passage(String language, Span span) {
}
