package io.policylens.source;

import java.net.URI;

/**
 * What one fetch gave: the body, a "not modified", or a failure with its reason.
 *
 * @param url          the URL after redirects
 * @param status       the last HTTP status, or 0 when no response came
 * @param contentType  the media type of the {@code Content-Type} header, without parameters, or null
 * @param charset      the {@code charset} parameter of that header, or null: a hint for extraction
 * @param etag         the validators to send next time, or null
 * @param attempts     requests made for this URL, retries included (redirects not counted)
 */
public record FetchResult(Outcome outcome, URI url, int status, String contentType, String charset, byte[] body,
                          String etag, String lastModified, int attempts, String reason) {

    public enum Outcome { OK, NOT_MODIFIED, FAILED }

    static FetchResult failed(URI url, int status, int attempts, String reason) {
        return new FetchResult(Outcome.FAILED, url, status, null, null, null, null, null, attempts, reason);
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
