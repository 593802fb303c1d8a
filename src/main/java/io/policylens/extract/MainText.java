package io.policylens.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The article inside a page: its title, publication date and body paragraphs, in the source's script.
 *
 * @param published a date found in the lines around the title, or null
 * @param flags     what the page around the article was like: boilerplate_heavy, spam_tail, low_content
 */
public record MainText(String title, LocalDate published, List<String> paragraphs, java.util.Set<String> flags) {

    public MainText {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
        flags = java.util.Set.copyOf(flags);
    }

    public MainText(String title, LocalDate published, List<String> paragraphs) {
        this(title, published, paragraphs, java.util.Set.of());
    }
}
