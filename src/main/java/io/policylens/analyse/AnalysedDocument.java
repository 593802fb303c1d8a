package io.policylens.analyse;

import io.policylens.text.Token;

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

    /** Where and by whom an indicator's sentence says it is: the place and organisation named before it. */
    public record Attribution(Division region, String organisation) {
    }

    /**
     * The region and organisation of an indicator's sentence: the last resolved place and the last organisation
     * mentioned in the sentence before the number; null where the sentence names none.
     */
    public Attribution attribution(Indicator indicator) {
        int sentenceStart = IndicatorExtractor.sentenceAround(clean.text(), indicator.span()).begin();
        Division region = null;
        String organisation = null;
        for (Mention m : mentions) {
            if (m.span().begin() < sentenceStart || m.span().end() > indicator.span().begin()) {
                continue;
            }
            if (m.type() == EntityType.LOC && places.containsKey(m.normalised())) {
                region = places.get(m.normalised());
            } else if (m.type() == EntityType.ORG) {
                organisation = m.normalised();
                Division inName = placeIn(m.normalised());
                if (inName != null) {
                    region = inName;
                }
            }
        }
        return new Attribution(region, organisation);
    }

    /** 宁波市科技局 is in 宁波市: the place its name begins with, when that place is known to the document. */
    private Division placeIn(String organisation) {
        Division best = null;
        for (Map.Entry<String, Division> e : places.entrySet()) {
            if (organisation.startsWith(e.getKey()) && (best == null || e.getKey().length() > best.name().length())) {
                best = e.getValue();
            }
        }
        return best;
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
