package io.policylens.analyse;

import io.policylens.document.Span;
import io.policylens.extract.CleanDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clean document with its words, entity mentions and indicators, all with offsets into its text.
 *
 * @param language    the document's language (ISO 639-1), as the language detector judged it
 * @param passages    paragraphs in another language than the document's
 * @param titleTokens the words of the (simplified) title, with offsets into it
 * @param places      the division each place name of the text resolves to
 */
public record AnalysedDocument(CleanDocument clean, String language, List<Passage> passages, List<Token> titleTokens,
                               List<Token> tokens, List<Mention> mentions, List<Indicator> indicators,
                               Map<String, Division> places) {

    public AnalysedDocument {
        places = Map.copyOf(places);
        passages = List.copyOf(passages);
        titleTokens = List.copyOf(titleTokens);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        indicators = List.copyOf(indicators);
    }

    /** Mentions grouped by entity, in order of first mention. */
    public List<EntitySummary> entities() {
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byEntity.computeIfAbsent(m.type() + "\u0000" + m.normalised(), k -> new ArrayList<>()).add(m);
        }
        List<EntitySummary> out = new ArrayList<>(byEntity.size());
        for (List<Mention> group : byEntity.values()) {
            List<Span> spans = group.stream().map(Mention::span).toList();
            Mention first = group.get(0);
            out.add(new EntitySummary(first.type(), first.normalised(), group.size(), spans,
                first.type() == EntityType.LOC ? places.get(first.normalised()) : null));
        }
        return out;
    }
}
