package io.ueba.tools.synth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/** The random draws the simulation needs, on top of {@link RandomGenerator}. */
public final class Draws {

    private Draws() {}

    public static <T> T pick(RandomGenerator rng, List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    public static <T> T weighted(RandomGenerator rng, List<T> items, ToDoubleFunction<T> weight) {
        double total = 0;
        for (T item : items) {
            total += weight.applyAsDouble(item);
        }
        double target = rng.nextDouble() * total;
        for (T item : items) {
            target -= weight.applyAsDouble(item);
            if (target < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }

    /** {@code count} distinct items in random order, or all of them when there are fewer. */
    public static <T> List<T> sample(RandomGenerator rng, List<T> items, int count) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, rng);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    public static double clippedNormal(RandomGenerator rng, double mean, double deviation, double min, double max) {
        return Math.clamp(rng.nextGaussian(mean, deviation), min, max);
    }

    public static int poisson(RandomGenerator rng, double mean) {
        double limit = Math.exp(-mean);
        int count = 0;
        double product = rng.nextDouble();
        while (product > limit) {
            count++;
            product *= rng.nextDouble();
        }
        return count;
    }

    static Duration minutes(double minutes) {
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }

    static Instant between(RandomGenerator rng, Instant from, Instant to) {
        long span = Duration.between(from, to).toMillis();
        return span <= 0 ? from : from.plusMillis(rng.nextLong(span));
    }
}
