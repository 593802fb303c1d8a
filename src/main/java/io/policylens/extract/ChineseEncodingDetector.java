package io.policylens.extract;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of Chinese pages, which often lie about it. In order: a byte-order mark; valid UTF-8 with
 * multi-byte sequences (no GBK or Big5 text is valid UTF-8 by chance); the charset the transport declared (HTTP
 * {@code Content-Type}), then the page's own {@code <meta>} — GB2312 and GBK read as GB18030, their superset, and
 * Big5 as Big5-HKSCS — kept only if the bytes decode cleanly into common characters; else whichever of GB18030 and
 * Big5-HKSCS reads as more common Chinese. Handed to Tika through the {@code ParseContext}. Thread-safe.
 */
public final class ChineseEncodingDetector implements EncodingDetector {

    private static final int SAMPLE = 64 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    private static final Pattern META = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)");

    /** Frequent characters of Chinese text, in both scripts. */
    private final Set<Integer> common;
    private final String transportCharset;

    /**
     * @param commonCharacters frequent characters, both scripts (see {@link CommonCharacters})
     * @param transportCharset the charset the transport declared, or null
     */
    public ChineseEncodingDetector(Set<Integer> commonCharacters, String transportCharset) {
        this.common = commonCharacters;
        this.transportCharset = transportCharset;
    }

    /** Does not close the stream; marks and resets it. */
    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        input.mark(SAMPLE);
        byte[] head;
        try {
            head = input.readNBytes(SAMPLE);
        } finally {
            input.reset();
        }
        return detect(head);
    }

    /** The charset of a document that begins with these bytes. */
    public Charset detect(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        Set<Charset> declared = new LinkedHashSet<>();
        add(declared, transportCharset);
        Matcher m = META.matcher(new String(head, 0, Math.min(head.length, 8192), StandardCharsets.ISO_8859_1));
        if (m.find()) {
            add(declared, m.group(1));
        }
        boolean highBytes = false;
        for (byte b : head) {
            if (b < 0) {
                highBytes = true;
                break;
            }
        }
        if (!highBytes) {
            return declared.isEmpty() ? StandardCharsets.UTF_8 : declared.iterator().next();
        }
        if (decodes(head, StandardCharsets.UTF_8) != null || mostlyUtf8(head)) {
            return StandardCharsets.UTF_8;
        }
        Charset best = null;
        double bestScore = -1;
        for (Charset c : declared) {
            double s = score(head, c);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        // A declaration that reads as ordinary Chinese is believed; one that does not is a lie.
        if (best != null && bestScore >= 0.5) {
            return best;
        }
        for (Charset c : new Charset[] {GB18030, BIG5_HKSCS}) {
            double s = score(head, c);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best == null ? GB18030 : best;
    }

    private static void add(Set<Charset> out, String label) {
        Charset c = forLabel(label);
        if (c != null && !c.equals(StandardCharsets.UTF_8)) {
            out.add(c);
        }
    }

    /** A charset label as pages write it, widened to the superset that decodes what such pages really hold. */
    public static Charset forLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (l) {
            case "gb2312", "gbk", "gb-2312-80", "gb2312-80", "x-gbk", "cp936", "ms936", "euc-cn", "csgb2312", "gb18030",
                 "windows-936" -> {
                return GB18030;
            }
            case "big5", "big-5", "x-big5", "cp950", "ms950", "csbig5", "big5-hkscs", "big5hkscs", "windows-950" -> {
                return BIG5_HKSCS;
            }
            case "utf8", "utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(l);
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
    }

    /** The share of decoded non-ASCII characters that are common Chinese ones; -1 when the bytes do not decode. */
    double score(byte[] head, Charset charset) {
        String text = decodes(head, charset);
        if (text == null) {
            return -1;
        }
        int nonAscii = 0;
        int hits = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            nonAscii++;
            if (common.contains(cp)) {
                hits++;
            }
        }
        return nonAscii == 0 ? 0 : hits / (double) nonAscii;
    }

    /**
     * UTF-8 with a few broken sequences (a scrape cut a character, a proxy mangled a byte): read as UTF-8 with
     * replacement characters, not as GB18030 mojibake. At least 8 well-formed multi-byte sequences and 8 for
     * each broken byte; GBK or Big5 text and random bytes are far from it.
     */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int broken = 0;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else if (len > 0 && i + len > b.length) {
                break; // cut by the end of the sample
            } else {
                broken++;
                i++;
            }
        }
        return valid >= 8 && broken * 8 <= valid;
    }

    /** Strictly decodes; an incomplete sequence at the very end of a sample is not an error. */
    static String decodes(byte[] bytes, Charset charset) {
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
        CoderResult r = d.decode(in, out, false);
        if (r.isError()) {
            return null;
        }
        if (in.remaining() > 4) {
            return null;
        }
        // A few bytes left undecoded are a character cut by the end of the sample; the decoders are stateless.
        out.flip();
        return out.toString();
    }
}
