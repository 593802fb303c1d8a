package io.policylens.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.policylens.text.HanLpRuntime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts normalised text into words with HanLP for the index's word-level field. Thread-safe: each thread has its
 * own segmenter.
 */
public final class Segmenter {

    // HanLP's role-tagging name recognisers are off: entities come from the trained tagger, and they cost time.
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
        .enableNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableOffset(true));

    public Segmenter(HanLpRuntime runtime) {
        Objects.requireNonNull(runtime, "runtime");
    }

    /** The words of the text, with offsets; line breaks and spaces are not words. */
    public List<Token> segment(String text) {
        List<Token> out = new ArrayList<>();
        int lineStart = 0;
        // Segmenting line by line keeps HanLP's lattice small and stops names from running across paragraphs.
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > lineStart) {
                    segmentLine(text.substring(lineStart, i), lineStart, out);
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    private void segmentLine(String line, int base, List<Token> out) {
        for (Term term : segment.get().seg(line)) {
            if (term.word.isBlank()) {
                continue;
            }
            int begin = base + term.offset;
            out.add(new Token(term.word, begin, begin + term.length(), term.nature == null ? "x" : term.nature.toString()));
        }
    }
}
