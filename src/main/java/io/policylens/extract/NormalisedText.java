package io.policylens.extract;

/** A text in simplified characters beside the original it came from. */
public record NormalisedText(String text, String original, OffsetMap offsetMap) {
}
