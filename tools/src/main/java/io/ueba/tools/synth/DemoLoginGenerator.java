package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Demo data: the logins of a simulated enterprise over a period, benign activity with a few labelled attacks in the
 * last 40% of it, in time order. The same {@link DemoLoginConfig} always gives the same events. Events are simulated
 * lazily, a day at a time, each time the events are iterated.
 *
 * <pre>{@code
 * DemoLoginGenerator generator = new DemoLoginGenerator(DemoLoginConfig.defaults());
 * generator.stream().forEach(indexer::add);
 * generator.injectedAttacks().forEach(attack -> System.out.println(attack.describe()));
 * }</pre>
 */
public final class DemoLoginGenerator implements Iterable<LoginEvent> {

    private final DemoLoginConfig config;
    private final UserPopulation population;
    private final UserDaySimulator simulator;
    private final List<Attack> attacks;

    public DemoLoginGenerator(DemoLoginConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        Infrastructure infrastructure = new Infrastructure();
        this.population = UserPopulation.generate(config.users(), infrastructure, Seeds.random(config.seed(), Seeds.POPULATION));
        this.simulator = new UserDaySimulator(infrastructure);
        this.attacks = AttackPlanner.plan(config, population, infrastructure, Seeds.random(config.seed(), Seeds.ATTACKS));
    }

    public DemoLoginConfig config() {
        return config;
    }

    public UserPopulation population() {
        return population;
    }

    /** Ground truth: the attacks in the events, in order of their start. */
    public List<InjectedAttack> injectedAttacks() {
        return attacks.stream().map(Attack::truth).toList();
    }

    /** The events in time order, simulated afresh on each call. */
    @Override
    public Iterator<LoginEvent> iterator() {
        return new TimeOrderedEvents(config, population, simulator, attacks);
    }

    /** The events in time order, simulated afresh on each call. */
    public Stream<LoginEvent> stream() {
        return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
            false
        );
    }
}
