package io.ueba.tools.eval;

import io.ueba.ml.login.LoginEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Logins to learn from and held-out logins to score, split at an instant: before it trains, from it on is tested. */
public record EvaluationSplit(List<LoginEvent> train, List<LoginEvent> test, Instant at) {

    public static EvaluationSplit at(List<LoginEvent> events, Instant at) {
        List<LoginEvent> train = new ArrayList<>();
        List<LoginEvent> test = new ArrayList<>();
        for (LoginEvent event : events) {
            (event.timestamp().isBefore(at) ? train : test).add(event);
        }
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("splitting at " + at + " leaves " + train.size() + " logins to train on and " + test.size() + " to test");
        }
        return new EvaluationSplit(train, test, at);
    }

    /**
     * Where to split when not told: the start (UTC) of the day of the first attack, so that the model learns from
     * normal days only; for unlabelled logins, the start of the day in the middle of their time span.
     */
    public static Instant defaultSplit(List<LoginEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no logins to evaluate");
        }
        Instant firstAttack = events.stream()
            .filter(event -> event.label() != null && event.label().attack())
            .map(LoginEvent::timestamp)
            .min(Comparator.naturalOrder())
            .orElse(null);
        if (firstAttack != null) {
            return firstAttack.truncatedTo(ChronoUnit.DAYS);
        }
        Instant first = events.stream().map(LoginEvent::timestamp).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = events.stream().map(LoginEvent::timestamp).max(Comparator.naturalOrder()).orElseThrow();
        return first.plus(Duration.between(first, last).dividedBy(2)).truncatedTo(ChronoUnit.DAYS);
    }
}
