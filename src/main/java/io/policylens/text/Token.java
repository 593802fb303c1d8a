package io.policylens.text;

/**
 * A word of the normalised text.
 *
 * @param tag its part of speech in HanLP's tag set (PKU/CTB-like: n, v, nr, ns, nt …)
 */
public record Token(String text, int begin, int end, String tag) {
}
