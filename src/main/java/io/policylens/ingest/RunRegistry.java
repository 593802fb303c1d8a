package io.policylens.ingest;

import io.policylens.analyse.TextFingerprint;
import io.policylens.document.DocumentId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents one ingest run has decided to keep, so that two copies processed side by side (and not yet in
 * the index) are still caught: the first to claim its text keeps it. Thread-safe.
 */
final class RunRegistry {

    private record Kept(DocumentId id, long simhash) {
    }

    private final Map<String, DocumentId> byText = new HashMap<>();
    private final Map<String, List<Kept>> byBand = new HashMap<>();

    /** The kept document this one duplicates, or empty after registering this one as kept. */
    synchronized Optional<DocumentId> claim(DocumentId id, TextFingerprint fp) {
        DocumentId same = byText.get(fp.textHash());
        if (same != null && !same.equals(id)) {
            return Optional.of(same);
        }
        if (fp.nearEnough()) {
            for (String band : fp.bands()) {
                for (Kept k : byBand.getOrDefault(band, List.of())) {
                    if (!k.id().equals(id) && fp.isNear(k.simhash())) {
                        return Optional.of(k.id());
                    }
                }
            }
            for (String band : fp.bands()) {
                byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(new Kept(id, fp.simhash()));
            }
        }
        byText.put(fp.textHash(), id);
        return Optional.empty();
    }
}
