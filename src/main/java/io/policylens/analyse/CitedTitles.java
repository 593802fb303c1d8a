package io.policylens.analyse;

import io.policylens.document.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cited documents' titles: 《杭州市…实施方案》 names no place or body the document is about, so the names inside one
 * are no entities of the document (its places still put it on the map); a title that is a name alone (《人民日报》) is a
 * medium and stays. Thread-safe.
 */
final class CitedTitles {

    /** A cited title: 《…》 on one line. */
    private static final Pattern CITED_TITLE = Pattern.compile("《[^《》\\n]{1,100}》");

    private CitedTitles() {
    }

    /** The mentions that are not part of a cited document's title. */
    static List<Mention> outside(String text, List<Mention> mentions) {
        if (text.indexOf('《') < 0) {
            return mentions;
        }
        List<Span> titles = new ArrayList<>();
        Matcher t = CITED_TITLE.matcher(text);
        while (t.find()) {
            titles.add(new Span(t.start() + 1, t.end() - 1));
        }
        return mentions.stream().filter(m -> titles.stream().noneMatch(title -> title.contains(m.span())
            && !title.equals(m.span()))).toList();
    }
}
