package io.policylens.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a publication date in the lines around a title: 2024-03-04, 2024/3/4, 2024年3月4日. Thread-safe. */
public final class PublishedDateFinder {

    private static final Pattern DATE = Pattern.compile(
        "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");

    private PublishedDateFinder() {
    }

    /** The first date found in the given lines, or null. */
    public static LocalDate find(List<String> lines) {
        for (String line : lines) {
            LocalDate d = parseDate(line);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first well-formed date in the text, or null. */
    public static LocalDate parseDate(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // 2024-13-45 is not a date; look further.
            }
        }
        return null;
    }
}
