package io.ueba.tools.synth;

import java.time.Instant;
import java.util.List;

/**
 * Ground truth for one injected attack.
 *
 * @param scenario            what kind of attack
 * @param start               its first event
 * @param end                 its last event
 * @param sourceIp            where it came from
 * @param sourceHost          the machine it came from, when the logs name one
 * @param sourceCountry       the country of {@code sourceIp}, or null for an internal address
 * @param compromisedAccounts the accounts the attacker logged in as
 * @param eventCount          how many events it added, all labelled with {@link AttackScenario#label()}
 */
public record InjectedAttack(
    AttackScenario scenario,
    Instant start,
    Instant end,
    String sourceIp,
    String sourceHost,
    Country sourceCountry,
    List<String> compromisedAccounts,
    int eventCount
) {

    public InjectedAttack {
        compromisedAccounts = List.copyOf(compromisedAccounts);
    }

    /** One line for a README or a log, e.g. {@code password_spray 2026-10-20T03:12:00Z to ... from 177.92.40.3 (BR) ...}. */
    public String describe() {
        StringBuilder line = new StringBuilder(scenario.scenarioName())
            .append(' ').append(start).append(" to ").append(end)
            .append(" from ").append(sourceIp);
        if (sourceCountry != null) {
            line.append(" (").append(sourceCountry).append(')');
        }
        if (sourceHost != null) {
            line.append(" host ").append(sourceHost);
        }
        return line.append(", accounts ").append(String.join(", ", compromisedAccounts))
            .append(", ").append(eventCount).append(" events")
            .toString();
    }
}
