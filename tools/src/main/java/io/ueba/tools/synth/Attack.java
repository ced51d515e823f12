package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;

import java.util.Comparator;
import java.util.List;

/** An injected attack: its events, labelled and in time order, and its ground truth. */
record Attack(InjectedAttack truth, List<LoginEvent> events) {

    static Attack of(AttackScenario scenario, List<LoginEvent> events, String sourceIp, String sourceHost, Country sourceCountry, List<String> accounts) {
        List<LoginEvent> ordered = events.stream().sorted(Comparator.comparing(LoginEvent::timestamp)).toList();
        InjectedAttack truth = new InjectedAttack(
            scenario,
            ordered.get(0).timestamp(),
            ordered.get(ordered.size() - 1).timestamp(),
            sourceIp,
            sourceHost,
            sourceCountry,
            accounts,
            ordered.size()
        );
        return new Attack(truth, ordered);
    }
}
