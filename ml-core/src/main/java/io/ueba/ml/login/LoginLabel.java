package io.ueba.ml.login;

import java.util.Objects;

/**
 * Ground truth for a login, where a dataset has it. It lives in the document's {@code label} object, which no
 * model reads, so that evaluation can join it with the scores.
 *
 * @param attack   whether the login is part of an attack
 * @param scenario what kind of attack (e.g. {@code password_spray}), or {@code benign}
 */
public record LoginLabel(boolean attack, String scenario) {

    public static final LoginLabel BENIGN = new LoginLabel(false, "benign");

    public LoginLabel {
        Objects.requireNonNull(scenario, "scenario");
    }

    public static LoginLabel attack(String scenario) {
        return new LoginLabel(true, scenario);
    }

    /** Ground truth that names no scenario: {@code attack} or {@link #BENIGN}. */
    public static LoginLabel of(boolean attack) {
        return attack ? attack("attack") : BENIGN;
    }
}
