package io.policylens.text;

/** A text in simplified characters beside the original it came from. */
public record NormalisedText(String text, String original, OffsetMap offsetMap) {
}
