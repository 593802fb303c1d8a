package io.policylens.analyse;

import java.util.ArrayList;
import java.util.List;

/** Labels {@code O B-PER I-PER B-LOC I-LOC B-ORG I-ORG} read back into entity spans. */
public final class BioLabels {

    private BioLabels() {
    }

    /** Entities of a label sequence as {@code type:begin:end} strings, for exact-match scoring. */
    public static List<String> entities(List<String> labels) {
        List<String> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.size(); i++) {
            String l = i < labels.size() ? labels.get(i) : "O";
            boolean continues = type != null && l.equals("I-" + type);
            if (!continues && type != null) {
                out.add(type + ":" + start + ":" + i);
                type = null;
            }
            if (l.startsWith("B-") || (l.startsWith("I-") && type == null)) {
                type = l.substring(2);
                start = i;
            }
        }
        return out;
    }

    /** The BIO label of every character of a text of {@code length} characters, given its mentions. */
    public static List<String> labels(List<Mention> mentions, int length) {
        String[] out = new String[length];
        java.util.Arrays.fill(out, "O");
        for (Mention m : mentions) {
            for (int i = m.span().begin(); i < m.span().end() && i < length; i++) {
                out[i] = (i == m.span().begin() ? "B-" : "I-") + m.type();
            }
        }
        return List.of(out);
    }
}
