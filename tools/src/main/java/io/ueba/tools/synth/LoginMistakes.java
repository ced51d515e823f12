package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The failures people cause when they type credentials: typos, misspelt user names, the odd lockout. */
final class LoginMistakes {

    private static final double LOCKOUT = 0.001;
    private static final double UNKNOWN_USER = 0.006;
    private static final double TYPO = 0.03;
    /** Failed attempts the domain accepts before it locks the account. */
    private static final int LOCKOUT_THRESHOLD = 5;

    private LoginMistakes() {}

    /** A person's successful sign-in as it shows in the logs: usually alone, sometimes after failures. */
    static List<LoginEvent> attempt(LoginEvent success, RandomGenerator rng) {
        double draw = rng.nextDouble();
        if (draw < LOCKOUT) {
            return lockedOut(success, rng);
        }
        if (draw < LOCKOUT + UNKNOWN_USER) {
            Instant at = success.timestamp().minusSeconds(8 + rng.nextInt(30));
            return List.of(LoginEvents.failed(success, at, misspell(success.user(), rng), LoginEvents.UNKNOWN_USER), success);
        }
        if (draw < LOCKOUT + UNKNOWN_USER + TYPO) {
            return typos(success, rng.nextDouble() < 0.8 ? 1 : 2, rng);
        }
        return List.of(success);
    }

    private static List<LoginEvent> typos(LoginEvent success, int count, RandomGenerator rng) {
        List<LoginEvent> events = new ArrayList<>();
        Instant at = success.timestamp();
        for (int i = 0; i < count; i++) {
            at = at.minusSeconds(5 + rng.nextInt(35));
            events.add(0, LoginEvents.failed(success, at, success.user(), LoginEvents.BAD_PASSWORD));
        }
        events.add(success);
        return events;
    }

    /** Failures until the account locks, then the success once the helpdesk has unlocked it. */
    private static List<LoginEvent> lockedOut(LoginEvent success, RandomGenerator rng) {
        List<LoginEvent> events = new ArrayList<>();
        Instant at = success.timestamp().minusSeconds(60L * (20 + rng.nextInt(30)));
        for (int i = 0; i < LOCKOUT_THRESHOLD; i++) {
            events.add(LoginEvents.failed(success, at, success.user(), LoginEvents.BAD_PASSWORD));
            at = at.plusSeconds(6 + rng.nextInt(25));
        }
        events.add(LoginEvents.failed(success, at, success.user(), LoginEvents.ACCOUNT_LOCKED));
        events.add(success);
        return events;
    }

    /** Two neighbouring letters swapped, the commonest slip. */
    private static String misspell(String name, RandomGenerator rng) {
        int at = rng.nextInt(name.length() - 1);
        char[] letters = name.toCharArray();
        char first = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = first;
        String swapped = new String(letters);
        return swapped.equals(name) ? name + name.charAt(name.length() - 1) : swapped;
    }
}
