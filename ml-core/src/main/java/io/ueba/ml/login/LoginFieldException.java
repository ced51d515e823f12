package io.ueba.ml.login;

/** A document's timestamp or user is missing or malformed, so it cannot be read as a login. */
public final class LoginFieldException extends IllegalArgumentException {

    private final boolean missing;

    private LoginFieldException(String message, boolean missing) {
        super(message);
        this.missing = missing;
    }

    static LoginFieldException missing(FieldPath field) {
        return new LoginFieldException("[" + field + "] is missing; it is needed to featurize a login", true);
    }

    static LoginFieldException malformed(String message) {
        return new LoginFieldException(message, false);
    }

    /** Whether the field is absent, as opposed to present but unusable. */
    public boolean missing() {
        return missing;
    }
}
