package io.policylens.tools.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How training sentences are held out for model selection. Every Nth sentence flatters: the data holds many
 * near-duplicate sentences, so such a dev sentence was nearly seen in training. The honest split is a contiguous
 * block at the end, from which every sentence sharing a span of {@link #OVERLAP} characters with the training
 * part is dropped.
 *
 * @param train   what the model learns from
 * @param dev     what it is scored on
 * @param dropped dev sentences left out for sharing a span with training
 */
public record DevSplit(List<BioCorpus.Sentence> train, List<BioCorpus.Sentence> dev, int dropped) {

    /** Characters two sentences must share to count as near-duplicates. */
    public static final int OVERLAP = 20;

    /** Every {@code every}th sentence held out (the old protocol, kept to compare). */
    public static DevSplit everyNth(List<BioCorpus.Sentence> all, int every) {
        List<BioCorpus.Sentence> train = new ArrayList<>();
        List<BioCorpus.Sentence> dev = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (every > 0 && i % every == every - 1 ? dev : train).add(all.get(i));
        }
        return new DevSplit(train, dev, 0);
    }

    /** The last {@code percent} % of the sentences held out, without those sharing a 20-character span with the rest. */
    public static DevSplit tail(List<BioCorpus.Sentence> all, int percent) {
        if (percent <= 0 || percent >= 100) {
            throw new IllegalArgumentException("--dev-tail must be between 1 and 99 percent; was " + percent);
        }
        int cut = all.size() - (int) Math.round(all.size() * percent / 100.0);
        List<BioCorpus.Sentence> train = new ArrayList<>(all.subList(0, cut));
        Set<Long> seen = new HashSet<>();
        for (BioCorpus.Sentence s : train) {
            spans(s.text(), seen::add);
        }
        List<BioCorpus.Sentence> dev = new ArrayList<>();
        int dropped = 0;
        for (BioCorpus.Sentence s : all.subList(cut, all.size())) {
            boolean[] shared = {false};
            spans(s.text(), h -> shared[0] |= seen.contains(h));
            if (shared[0]) {
                dropped++;
            } else {
                dev.add(s);
            }
        }
        return new DevSplit(train, dev, dropped);
    }

    /** A 64-bit hash of each span of {@link #OVERLAP} characters. */
    private static void spans(String s, java.util.function.LongConsumer out) {
        for (int i = 0; i + OVERLAP <= s.length(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + OVERLAP; k++) {
                h = 31 * h + s.charAt(k);
            }
            out.accept(h);
        }
    }
}
