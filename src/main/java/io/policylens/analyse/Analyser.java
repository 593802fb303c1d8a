package io.policylens.analyse;

import io.policylens.text.Segmenter;
import io.policylens.text.Token;

import io.policylens.extract.CleanDocument;
import io.policylens.text.HanLpRuntime;

import java.util.List;

/**
 * The analyse stage: words, entities and indicators of a clean document, in one pass over its text. Thread-safe.
 */
public final class Analyser {

    private final Segmenter segmenter;
    private final EntityRecognizer entities;
    private final IndicatorExtractor indicators = new IndicatorExtractor();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final PlaceResolver placeResolver;

    public Analyser(HanLpRuntime hanlp) {
        this(hanlp, CharNerModel.bundled());
    }

    public Analyser(HanLpRuntime hanlp, CharNerModel ner) {
        this.segmenter = new Segmenter(hanlp);
        this.placeResolver = new PlaceResolver();
        this.entities = new EntityRecognizer(ner, placeResolver);
    }

    public AnalysedDocument analyse(CleanDocument clean) {
        List<Token> words = segmenter.segment(clean.text());
        List<Mention> named = entities.recognise(clean.text(), words);
        List<Token> tokens = withNamesWhole(words, named, clean.text());
        List<Token> titleWords = segmenter.segment(clean.title());
        List<Token> titleTokens = withNamesWhole(titleWords, entities.recognise(clean.title(), titleWords), clean.title());
        String language = languages.identify(clean.text()).language();
        return new AnalysedDocument(clean, language, passages(clean.text(), language), titleTokens,
            tokens, CitedTitles.outside(clean.text(), named), indicators.extract(clean.text(), clean.script()),
            placeResolver.resolve(placeNames(named)));
    }

    /**
     * The names a document's places are read from: its place entities, then the places its organisations' and
     * zones' names open with (杭州市人民政府 → 杭州市, 南昌高新区 → 南昌), so a document that names only bodies or
     * zones is still on the map.
     */
    private List<String> placeNames(List<Mention> mentions) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOC) {
                names.add(m.normalised());
            }
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOC) {
                String place = placeResolver.zoneOpening(m.normalised());
                if (place != null) {
                    names.add(place);
                }
            } else if (m.type() == EntityType.ORG) {
                String place = placeResolver.nameOpening(m.normalised());
                if (place != null) {
                    names.add(place);
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * Each entity the tagger found becomes one word (张明远, not 张/明远), so that names match whole in the
     * word-level field; tokens it overlaps give way.
     */
    static List<Token> withNamesWhole(List<Token> tokens, List<Mention> mentions, String text) {
        if (mentions.isEmpty()) {
            return tokens;
        }
        List<Token> out = new java.util.ArrayList<>(tokens.size());
        int m = 0;
        for (Token t : tokens) {
            while (m < mentions.size() && mentions.get(m).span().end() <= t.begin()) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).span().begin() < t.end()) {
                Mention mention = mentions.get(m);
                if (out.isEmpty() || out.get(out.size() - 1).end() <= mention.span().begin()) {
                    out.add(new Token(mention.surface(), mention.span().begin(), mention.span().end(),
                        mention.type().name()));
                }
                // Parts of a token outside the name would be lost: keep them as words of their own.
                if (t.begin() < mention.span().begin() && !out.isEmpty()) {
                    out.add(out.size() - 1, new Token(text.substring(t.begin(), mention.span().begin()), t.begin(),
                        mention.span().begin(), t.tag()));
                }
                if (t.end() > mention.span().end()) {
                    out.add(new Token(text.substring(mention.span().end(), t.end()), mention.span().end(), t.end(),
                        t.tag()));
                }
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** Paragraphs of some length whose language differs from the document's. */
    private List<Passage> passages(String text, String documentLanguage) {
        List<Passage> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String paragraph = text.substring(start, i);
                if (paragraph.strip().length() >= 20 && LanguageIdentifier.hanShare(paragraph) < 0.3) {
                    String lang = languages.identify(paragraph).language();
                    if (!lang.equals(documentLanguage) && !lang.equals("und")) {
                        out.add(new Passage(lang, new io.policylens.document.Span(start, i)));
                    }
                }
                start = i + 1;
            }
        }
        return out;
    }

}
