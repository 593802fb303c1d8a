package io.policylens.analyse;

import java.util.List;

/**
 * Finds persons, places and organisations in normalised (simplified) text with the character-level tagger
 * trained by the project ({@link CharNerModel}); traditional input is mined through its simplified form.
 * Thread-safe.
 */
public final class EntityRecognizer {

    private final CharNerModel model;
    private final EntityRules rules;

    public EntityRecognizer(CharNerModel model, PlaceResolver places) {
        this.model = model;
        this.rules = new EntityRules(places.names());
    }

    public List<Mention> recognise(String text) {
        return rules.apply(text, model.tag(text));
    }
}
