package io.policylens.api;

/**
 * An error as RFC 9457 {@code application/problem+json} describes it.
 *
 * @param type   a URI naming the kind of problem ({@code about:blank}: the status says it all)
 * @param detail what went wrong with this request, for a person to read
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
