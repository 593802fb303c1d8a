package io.policylens.extract;

import java.time.LocalDate;

/**
 * What the parser read from a document's bytes: its plain text, one block per line.
 *
 * @param title     the title the format declares (HTML {@code <title>}, PDF/DOCX properties), or ""
 * @param published a publication date the format declares, or null
 * @param mediaType the detected media type, without parameters
 * @param truncated the text was cut at the character limit
 * @param html      for HTML, the parsed page (its blocks, what it declares about itself); null otherwise
 */
public record ParsedText(String title, String text, LocalDate published, String mediaType, boolean truncated,
                         HtmlPage html) {

    public ParsedText(String title, String text, LocalDate published, String mediaType, boolean truncated) {
        this(title, text, published, mediaType, truncated, null);
    }

    /** The same page with other text (after repairs, or narrowed to the article region). */
    public ParsedText withText(String newTitle, String newText) {
        return new ParsedText(newTitle, newText, published, mediaType, truncated, html);
    }
}
