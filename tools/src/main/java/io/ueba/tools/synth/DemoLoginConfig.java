package io.ueba.tools.synth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the demo generator simulates: how many users over how many days from when, and how many attacks of each kind
 * it injects (zero turns a kind off). The same configuration always gives the same events.
 *
 * @param seed             seeds every random choice
 * @param users            employees of the simulated enterprise
 * @param days             length of the period, in days from {@code start}
 * @param start            first instant of the period
 * @param accountTakeovers {@link AttackScenario#ACCOUNT_TAKEOVER} attacks to inject
 * @param passwordSprays   {@link AttackScenario#PASSWORD_SPRAY} attacks to inject
 * @param lateralMovements {@link AttackScenario#LATERAL_MOVEMENT} attacks to inject
 */
public record DemoLoginConfig(
    long seed,
    int users,
    int days,
    Instant start,
    int accountTakeovers,
    int passwordSprays,
    int lateralMovements
) {

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_USERS = 300;
    public static final int DEFAULT_DAYS = 28;
    /**
     * A fixed start, so that tests and benchmarks see the same logins every run; {@code load-demo} ends its period
     * today instead, unless given a start.
     */
    public static final Instant DEFAULT_START = Instant.parse("2026-10-01T00:00:00Z");

    /** Share of the period that stays free of attacks, so that models can learn normal behaviour first. */
    public static final double ATTACK_FREE_SHARE = 0.6;

    public static final int MIN_USERS = 20;
    public static final int MAX_USERS = 10_000;
    public static final int MIN_DAYS = 7;
    public static final int MAX_DAYS = 3660;
    static final int MAX_ATTACKS_PER_SCENARIO = 10;

    public DemoLoginConfig {
        Objects.requireNonNull(start, "start");
        requireWithin("users", users, MIN_USERS, MAX_USERS);
        requireWithin("days", days, MIN_DAYS, MAX_DAYS);
        requireWithin("accountTakeovers", accountTakeovers, 0, MAX_ATTACKS_PER_SCENARIO);
        requireWithin("passwordSprays", passwordSprays, 0, MAX_ATTACKS_PER_SCENARIO);
        requireWithin("lateralMovements", lateralMovements, 0, MAX_ATTACKS_PER_SCENARIO);
    }

    /** 300 users over 28 days from 2026-10-01, with two account takeovers, one password spray and one lateral movement. */
    public static DemoLoginConfig defaults() {
        return new DemoLoginConfig(DEFAULT_SEED, DEFAULT_USERS, DEFAULT_DAYS, DEFAULT_START, 2, 1, 1);
    }

    public DemoLoginConfig withSeed(long newSeed) {
        return new DemoLoginConfig(newSeed, users, days, start, accountTakeovers, passwordSprays, lateralMovements);
    }

    public DemoLoginConfig withUsers(int newUsers) {
        return new DemoLoginConfig(seed, newUsers, days, start, accountTakeovers, passwordSprays, lateralMovements);
    }

    public DemoLoginConfig withPeriod(Instant newStart, int newDays) {
        return new DemoLoginConfig(seed, users, newDays, newStart, accountTakeovers, passwordSprays, lateralMovements);
    }

    public DemoLoginConfig withAttacks(int newAccountTakeovers, int newPasswordSprays, int newLateralMovements) {
        return new DemoLoginConfig(seed, users, days, start, newAccountTakeovers, newPasswordSprays, newLateralMovements);
    }

    /** The first instant after the period. */
    public Instant end() {
        return start.plus(Duration.ofDays(days));
    }

    /** The earliest instant an attack may start. */
    public Instant attacksFrom() {
        return start.plusSeconds(Math.round(Duration.ofDays(days).toSeconds() * ATTACK_FREE_SHARE));
    }

    private static void requireWithin(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("[" + name + "] must be between " + min + " and " + max + ", got [" + value + "]");
        }
    }
}
