package io.policylens.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The article inside a page: its title, publication date and body paragraphs, in the source's script.
 *
 * @param published a date found in the lines around the title, or null
 */
public record MainText(String title, LocalDate published, List<String> paragraphs) {

    public MainText {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
    }
}
