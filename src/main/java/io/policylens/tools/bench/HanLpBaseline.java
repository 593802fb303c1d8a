package io.policylens.tools.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.policylens.analyse.EntityType;

/**
 * HanLP portable out of the box, as a benchmark reference: its default segmenter with every name recogniser on
 * (persons, places, organisations). Not used by the pipeline. Thread-safe (HanLP's segmenters are).
 */
public final class HanLpBaseline {

    private final Segment segment = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
        .enableOrganizationRecognize(true).enableOffset(true);

    /** @return the number of words */
    public int segment(String text) {
        return segment.seg(text).size();
    }

    /** HanLP's name tags, for comparison: nr* persons, ns* places, nt* organisations. */
    public static EntityType typeOf(String tag) {
        if (tag.startsWith("nr")) {
            return EntityType.PER;
        }
        if (tag.startsWith("ns")) {
            return EntityType.LOC;
        }
        if (tag.startsWith("nt")) {
            return EntityType.ORG;
        }
        return null;
    }
}
