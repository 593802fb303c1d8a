package io.policylens.analyse;

import io.policylens.document.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the segmenter's name tags into entity mentions: nr* persons, ns* places, nt* organisations.
 * Thread-safe.
 */
public final class EntityRecognizer {

    public List<Mention> recognise(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (Token t : tokens) {
            EntityType type = typeOf(t.tag());
            if (type != null && t.text().length() >= 2) {
                out.add(new Mention(new Span(t.begin(), t.end()), t.text(), type, t.text()));
            }
        }
        return out;
    }

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
