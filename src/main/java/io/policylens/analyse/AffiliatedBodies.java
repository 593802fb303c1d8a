package io.policylens.analyse;

import io.policylens.document.Span;
import io.policylens.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A university's hospitals and schools are bodies of their own, named after the university: 郑州大学 +
 * 第一附属医院, 北京大学 + 人民医院, 南京大学 + 附属中学, 清华 + 附中. Where the tagger stopped at the university, the
 * name runs on to the hospital's or the school's word, which ends a word of the segmenter's. Thread-safe.
 */
final class AffiliatedBodies {

    private static final String ORDINAL = "第[一二三四五六七八九十]{1,3}";
    /** What follows the university's name: an affiliated hospital or school, or a hospital of its own by its kind. */
    private static final Pattern AFFILIATED = Pattern.compile("(?:医学院|医学部)?(?:(?:" + ORDINAL + ")?附属(?:" + ORDINAL
        + ")?\\p{IsHan}{0,4}?(?:医院|中学|小学|实验学校|学校|幼儿园)|(?:" + ORDINAL + "|人民|口腔|肿瘤|儿童|妇产|眼科|中医|附属)医院"
        + "|附中|附小)");
    /** How a university's name, or the short name the tagger found, ends where a hospital or a school may follow. */
    private static final Pattern UNIVERSITY = Pattern.compile("(大学|医学院|师大|医大|清华|北大|交大|复旦|科大)$");

    List<Mention> apply(String text, List<Mention> found, List<Token> words) {
        if (words.isEmpty() || text.indexOf("医院") < 0 && text.indexOf('附') < 0) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        Matcher after = AFFILIATED.matcher(text);
        for (Mention m : found) {
            if (m.type() != EntityType.ORG || !UNIVERSITY.matcher(m.surface()).find()
                || !after.region(m.span().end(), text.length()).lookingAt()
                || WordIndex.endingAt(words, after.end()) < 0) {
                continue;
            }
            EntityRules.replaceWhatItHolds(text, new Span(m.span().begin(), after.end()), EntityType.ORG, out);
        }
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }
}
