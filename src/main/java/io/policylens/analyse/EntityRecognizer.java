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

    /**
     * The mentions of a text whose words the segmenter has cut: a word its dictionary knows as an organisation
     * (腾讯, 新华社, 财政部) or a person is a name too where the tagger saw none.
     */
    public List<Mention> recognise(String text, List<io.policylens.text.Token> words) {
        return rules.apply(text, model.tag(text, words), words);
    }
}
