package io.policylens.source;

/** What makes a GET conditional: the {@code ETag} and {@code Last-Modified} a page was last served with. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean any() {
        return etag != null || lastModified != null;
    }
}
