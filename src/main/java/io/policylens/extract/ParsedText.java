package io.policylens.extract;

import java.time.LocalDate;

/**
 * What the parser read from a document's bytes: its plain text, one block per line.
 *
 * @param title         the title the format declares (HTML {@code <title>}, PDF/DOCX properties), or ""
 * @param published     a publication date the format declares, or null
 * @param mediaType     the detected media type, without parameters
 * @param truncated     the text was cut at the character limit
 */
public record ParsedText(String title, String text, LocalDate published, String mediaType, boolean truncated) {
}
