package io.ueba.tools.synth;

import io.ueba.ml.login.LoginLabel;

/** The attacks the demo generator can inject, each with the scenario name its events are labelled with. */
public enum AttackScenario {
    /** A stolen password used from abroad at night, then servers the victim never uses. */
    ACCOUNT_TAKEOVER("account_takeover"),
    /** One external address trying one password against many accounts within minutes. */
    PASSWORD_SPRAY("password_spray"),
    /** One workstation logging in with NTLM to many machines it never touched, within an hour. */
    LATERAL_MOVEMENT("lateral_movement");

    private final String scenarioName;

    AttackScenario(String scenarioName) {
        this.scenarioName = scenarioName;
    }

    /** The {@link LoginLabel#scenario()} of its events. */
    public String scenarioName() {
        return scenarioName;
    }

    public LoginLabel label() {
        return LoginLabel.attack(scenarioName);
    }
}
