package io.policylens.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The article inside a page: its title, publication date and body paragraphs, in the source's script.
 *
 * @param published a date found in the lines around the title, or null
 * @param flags     what the page around the article was like: boilerplate_heavy, spam_tail, low_content,
 *                  article_uncertain (the article's bounds were guessed)
 * @param scope     the lines from the title to where the article ends, furniture included: where a policy's number
 *                  and signature stand
 */
public record MainText(String title, LocalDate published, List<String> paragraphs, java.util.Set<String> flags,
                       List<String> scope) {

    public MainText {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
        flags = java.util.Set.copyOf(flags);
        scope = List.copyOf(scope);
    }

    public MainText(String title, LocalDate published, List<String> paragraphs) {
        this(title, published, paragraphs, java.util.Set.of(), paragraphs);
    }

    public MainText withPublished(LocalDate date) {
        return new MainText(title, date, paragraphs, flags, scope);
    }
}
