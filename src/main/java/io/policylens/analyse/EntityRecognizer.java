package io.policylens.analyse;

import java.util.List;

/**
 * Finds persons, places and organisations in normalised (simplified) text with the character-level tagger
 * trained by the project ({@link CharNerModel}); traditional input is mined through its simplified form.
 * Thread-safe.
 */
public final class EntityRecognizer {

    private final CharNerModel model;

    public EntityRecognizer(CharNerModel model) {
        this.model = model;
    }

    public List<Mention> recognise(String text) {
        return model.tag(text);
    }

    /** HanLP's name tags, for comparison: nr* persons, ns* places, nt* organisations. */
    static EntityType typeOf(String tag) {
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
