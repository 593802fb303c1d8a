package io.policylens.document;

/** Thrown by a stage that cannot make anything of its input; the message is the reason users will read. */
public class RejectedException extends Exception {

    private final String stage;

    public RejectedException(String stage, String reason) {
        super(reason);
        this.stage = stage;
    }

    public RejectedException(String stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
