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
    private final DivisionStems divisionStems;
    private final PersonsByTitle personsByTitle = new PersonsByTitle();
    private final BracketedNames bracketedNames = new BracketedNames();
    private final AffiliatedBodies affiliatedBodies = new AffiliatedBodies();
    private final DescriptiveBodies descriptiveBodies;
    private final NamedSites namedSites = new NamedSites();
    private final CompanyShortNames companyShortNames = new CompanyShortNames();
    private final ListedNames listedNames = new ListedNames();
    private final OneNameOneType oneNameOneType;

    public EntityRecognizer(CharNerModel model, PlaceResolver places) {
        this.model = model;
        this.rules = new EntityRules(places.names());
        this.divisionStems = new DivisionStems(places);
        this.descriptiveBodies = new DescriptiveBodies(places);
        this.oneNameOneType = new OneNameOneType(places);
    }

    public List<Mention> recognise(String text) {
        return recognise(text, List.of());
    }

    /**
     * The mentions of a text whose words the segmenter has cut: a word its dictionary knows as an organisation
     * (腾讯, 新华社, 财政部) or a person is a name too where the tagger saw none.
     */
    public List<Mention> recognise(String text, List<io.policylens.text.Token> words) {
        List<Mention> mentions = rules.apply(text, model.tag(text, words), words);
        mentions = bracketedNames.apply(text, mentions, words);
        mentions = affiliatedBodies.apply(text, mentions, words);
        mentions = descriptiveBodies.apply(text, mentions, words);
        mentions = companyShortNames.apply(text, mentions, words);
        mentions = listedNames.apply(text, mentions, words);
        mentions = namedSites.apply(text, mentions, words);
        mentions = divisionStems.apply(text, mentions, words);
        mentions = personsByTitle.apply(text, mentions, words);
        List<Mention> whole = mentions.stream()
            .filter(m -> !rules.noName(m) && !EntityRules.opensAnEventsName(text, m, words)).toList();
        // A name inside another one (湘江新区 of 湖南湘江新区), left by rules that each made a name whole, goes.
        List<Mention> outside = outsideOthers(withoutCrossings(text, whole));
        return oneNameOneType.apply(outside, CitedTitles.outside(text, outside));
    }

    /**
     * Two mentions that cross (海西州格尔木市盐湖产业园 | 格尔木市盐湖产业园区: rules that each made a name whole cut it
     * two ways) become one name over both where they are of one type, else the longer stands.
     */
    static List<Mention> withoutCrossings(String text, List<Mention> mentions) {
        List<Mention> out = new java.util.ArrayList<>(mentions);
        out.sort(java.util.Comparator.comparing(Mention::span));
        for (int i = 0; i < out.size(); i++) {
            Mention a = out.get(i);
            for (int j = i + 1; j < out.size() && out.get(j).span().begin() < a.span().end(); j++) {
                Mention b = out.get(j);
                if (b.span().end() > a.span().end()) {
                    out.remove(j);
                    out.set(i, a.type() == b.type() ? EntityRules.mention(text, a.span().begin(), b.span().end(), a.type())
                        : a.span().length() >= b.span().length() ? a : b);
                    out.sort(java.util.Comparator.comparing(Mention::span));
                    i = -1; // a name over both may cross another: look again from the start (crossings are rare)
                    break;
                }
            }
        }
        return out;
    }

    /** The mentions no other mention's span holds (a mention of the same span does not count), in their order. */
    static List<Mention> outsideOthers(List<Mention> mentions) {
        Integer[] order = new Integer[mentions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // By begin, the longest first: every span that holds a mention's comes before its group of equal spans.
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> mentions.get(i).span().begin())
            .thenComparing(i -> -mentions.get(i).span().end()));
        boolean[] inside = new boolean[order.length];
        int furthest = Integer.MIN_VALUE; // the furthest end of the spans before the current group
        for (int g = 0; g < order.length; ) {
            io.policylens.document.Span span = mentions.get(order[g]).span();
            int next = g;
            while (next < order.length && mentions.get(order[next]).span().equals(span)) {
                inside[order[next]] = furthest >= span.end();
                next++;
            }
            furthest = Math.max(furthest, span.end());
            g = next;
        }
        List<Mention> out = new java.util.ArrayList<>(mentions.size());
        for (int i = 0; i < inside.length; i++) {
            if (!inside[i]) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }
}
