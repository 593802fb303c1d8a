package io.policylens.analyse;

import io.policylens.document.Hashes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What makes two documents the same: the SHA-256 of their normalised text (exact duplicates), and a 64-bit SimHash
 * over character 3-shingles of its letters and digits (near duplicates: the same article with another site's
 * furniture, an edited figure or clause, other punctuation). Two texts are near duplicates when their SimHashes
 * differ in at most {@link #NEAR} bits — on news-length Chinese text an edited figure moves about 4 bits, a reworded
 * clause 7, another article 20 or more. Cut into eight 8-bit bands, such a pair always shares a band, which is what
 * the index looks up.
 */
public record TextFingerprint(String textHash, long simhash, int letters) {

    public static final int NEAR = 7;
    /** Shorter texts say too little for SimHash; only exact duplicates count for them. */
    public static final int MIN_LETTERS_FOR_NEAR = 60;
    private static final int SHINGLE = 3;

    public static TextFingerprint of(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                letters.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        int[] weights = new int[64];
        String s = letters.toString();
        for (int i = 0; i + SHINGLE <= s.length(); i++) {
            long h = fnv1a64(s, i, i + SHINGLE);
            for (int b = 0; b < 64; b++) {
                weights[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            }
        }
        long simhash = 0;
        for (int b = 0; b < 64; b++) {
            if (weights[b] > 0) {
                simhash |= 1L << b;
            }
        }
        return new TextFingerprint(Hashes.sha256Hex(text.getBytes(StandardCharsets.UTF_8)), simhash, s.length());
    }

    public boolean nearEnough() {
        return letters >= MIN_LETTERS_FOR_NEAR;
    }

    public boolean isNear(long other) {
        return Long.bitCount(simhash ^ other) <= NEAR;
    }

    /** The eight 8-bit bands, as the index stores them: {@code "0:3f"} … {@code "7:a2"}. */
    public List<String> bands() {
        List<String> out = new ArrayList<>(8);
        for (int b = 0; b < 8; b++) {
            out.add(b + ":" + String.format(Locale.ROOT, "%02x", (simhash >>> (8 * b)) & 0xff));
        }
        return out;
    }

    public String simhashHex() {
        return String.format(Locale.ROOT, "%016x", simhash);
    }

    private static long fnv1a64(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        // FNV's low bits mix poorly over three characters; a final avalanche (MurmurHash3's fmix64) fixes that.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
