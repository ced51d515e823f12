package io.ueba.tools.eval;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginLabel;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scored logins gathered into one-minute bins, the unit the book dataset's own evaluation counts: a bin's score is
 * the highest of its logins', each kind's score too, and it is an attack when any of its logins is. Minutes without a
 * login are not bins.
 */
public final class MinuteBins {

    private MinuteBins() {}

    public static List<ScoredLogin> of(List<ScoredLogin> logins) {
        Map<Instant, List<ScoredLogin>> byMinute = new TreeMap<>();
        for (ScoredLogin login : logins) {
            byMinute.computeIfAbsent(login.event().timestamp().truncatedTo(ChronoUnit.MINUTES), minute -> new ArrayList<>()).add(login);
        }
        List<ScoredLogin> bins = new ArrayList<>(byMinute.size());
        byMinute.forEach((minute, inMinute) -> {
            ScoredLogin highest = inMinute.stream().max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
            boolean attack = inMinute.stream().anyMatch(ScoredLogin::attack);
            LoginEvent first = highest.event();
            LoginEvent bin = new LoginEvent(minute, first.user(), first.userDomain(), first.sourceIp(), first.sourceHost(), first.sourceCountry(),
                first.destinationHost(), first.destinationIp(), first.outcome(), first.authPackage(), first.logonType(), first.failureReason(),
                attack ? LoginLabel.attack("minute") : LoginLabel.BENIGN);
            Map<String, Double> kindScores = new TreeMap<>();
            inMinute.forEach(login -> login.kindScores().forEach((kind, score) -> kindScores.merge(kind, score, Math::max)));
            bins.add(new ScoredLogin(bin, highest.score(), inMinute.stream().allMatch(ScoredLogin::scored), highest.explanation(), kindScores));
        });
        return bins;
    }
}
