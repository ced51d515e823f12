package io.ueba.tools.synth;

import io.ueba.ml.login.LoginEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Simulates the period one local day at a time and hands out the events in time order. Day {@code d} is each user's
 * {@code d}-th local date from the start; its events all lie after that date's local midnight, so once day {@code d}
 * is simulated, every pending event before the earliest such midnight of day {@code d + 1} is final. Only a day or
 * two of events is held at once.
 */
final class TimeOrderedEvents implements Iterator<LoginEvent> {

    /** Breaks ties between equal timestamps by the order events were made, which is itself deterministic. */
    private record Pending(LoginEvent event, long order) {}

    private static final Comparator<Pending> TIME_ORDER = Comparator.comparing((Pending pending) -> pending.event().timestamp())
        .thenComparingLong(Pending::order);

    private final DemoLoginConfig config;
    private final List<SyntheticUser> users;
    private final UserDaySimulator simulator;
    private final Map<ZoneId, LocalDate> firstDates = new LinkedHashMap<>();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(TIME_ORDER);
    private long made;
    /** Starts a day early: a night shift that began the evening before the period runs into it. */
    private int nextDay = -1;
    private Instant nextDayStart;

    TimeOrderedEvents(DemoLoginConfig config, UserPopulation population, UserDaySimulator simulator, List<Attack> attacks) {
        this.config = config;
        this.users = population.users();
        this.simulator = simulator;
        for (SyntheticUser user : users) {
            firstDates.computeIfAbsent(user.zone(), zone -> config.start().atZone(zone).toLocalDate());
        }
        nextDayStart = earliestMidnight(nextDay);
        attacks.forEach(attack -> attack.events().forEach(this::add));
    }

    @Override
    public boolean hasNext() {
        simulateUntilSettled();
        return pending.isEmpty() == false;
    }

    @Override
    public LoginEvent next() {
        if (hasNext() == false) {
            throw new NoSuchElementException();
        }
        return pending.poll().event();
    }

    private void simulateUntilSettled() {
        while (nextDayStart.isBefore(config.end())
            && (pending.isEmpty() || pending.peek().event().timestamp().isBefore(nextDayStart) == false)) {
            for (SyntheticUser user : users) {
                LocalDate date = firstDates.get(user.zone()).plusDays(nextDay);
                simulator.simulate(user, date, Seeds.forUserDay(config.seed(), user.index(), date)).forEach(this::add);
            }
            nextDay++;
            nextDayStart = earliestMidnight(nextDay);
        }
    }

    private Instant earliestMidnight(int day) {
        Instant earliest = Instant.MAX;
        for (Map.Entry<ZoneId, LocalDate> first : firstDates.entrySet()) {
            Instant midnight = first.getValue().plusDays(day).atStartOfDay(first.getKey()).toInstant();
            if (midnight.isBefore(earliest)) {
                earliest = midnight;
            }
        }
        return earliest;
    }

    private void add(LoginEvent event) {
        if (event.timestamp().isBefore(config.start()) == false && event.timestamp().isBefore(config.end())) {
            pending.add(new Pending(event, made++));
        }
    }
}
