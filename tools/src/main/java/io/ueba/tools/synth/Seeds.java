package io.ueba.tools.synth;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Derives independent random streams from the configured seed. Each part of the simulation (the population, the
 * attacks, each user's each day) gets its own stream, so one part's draws never shift another's.
 */
public final class Seeds {

    static final long POPULATION = 1;
    static final long ATTACKS = 2;
    private static final long USER_DAYS = 3;

    private Seeds() {}

    public static RandomGenerator random(long seed, long... parts) {
        long state = mix(seed);
        for (long part : parts) {
            state = mix(state ^ mix(part + 0x9E3779B97F4A7C15L));
        }
        return new SplittableRandom(state);
    }

    static RandomGenerator forUserDay(long seed, int userIndex, LocalDate date) {
        return random(seed, USER_DAYS, userIndex, date.toEpochDay());
    }

    /** The SplitMix64 finalizer: spreads every input bit over the whole output. */
    private static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
