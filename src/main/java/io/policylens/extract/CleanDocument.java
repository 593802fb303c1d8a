package io.policylens.extract;

import io.policylens.text.OffsetMap;
import io.policylens.text.Script;

import io.policylens.document.DocumentId;
import io.policylens.document.SourceRef;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One document's main text, extracted and normalised: what every later stage reads.
 *
 * @param text          the main text, normalised and in simplified characters: all offsets point into it
 * @param original      the main text in the source's own script, artifacts repaired: what users are shown
 * @param offsetMap     maps spans of {@code text} to spans of {@code original} and back
 * @param flags         quality flags, such as {@code pinyin_annotated}
 * @param contentHash   SHA-256 of the raw bytes, for change detection
 * @param policy        a government page's policy header and the documents the text cites ({@link PolicyHeader#NONE}
 *                      when there are none)
 */
public record CleanDocument(DocumentId id, SourceRef source, String title, String titleOriginal, LocalDate published,
                            String text, String original, OffsetMap offsetMap, Script script,
                            Set<String> flags, String contentHash, PolicyHeader policy) {

    public CleanDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(offsetMap, "offsetMap");
        Objects.requireNonNull(script, "script");
        title = title == null ? "" : title;
        titleOriginal = titleOriginal == null ? "" : titleOriginal;
        flags = Set.copyOf(flags);
        policy = policy == null ? PolicyHeader.NONE : policy;
        if (offsetMap.textLength() != text.length() || offsetMap.originalLength() != original.length()) {
            throw new IllegalArgumentException("offset map does not fit the texts");
        }
    }

    /**
     * Text that needs no extraction (already simplified and clean), as tests and benchmarks give it: the text is
     * its own original, offsets map one to one.
     */
    public static CleanDocument ofText(SourceRef source, String title, String text) {
        return new CleanDocument(DocumentId.of(source), source, title, title, null, text, text,
            OffsetMap.identity(text.length()), Script.SIMPLIFIED, Set.of(), "", PolicyHeader.NONE);
    }
}
