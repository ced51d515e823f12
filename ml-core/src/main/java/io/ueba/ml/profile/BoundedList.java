package io.ueba.ml.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first values of a set in their natural order, at most as many as asked for, and how many the set holds: so a
 * page shows a few and knows there are more, and the same set always gives the same few.
 *
 * @param total  how many values the set holds
 * @param values the first of them, ascending
 */
public record BoundedList(int total, List<String> values) {

    public static final BoundedList EMPTY = new BoundedList(0, List.of());

    public BoundedList {
        values = List.copyOf(values);
    }

    /** Keeps the {@code size} smallest values in a heap rather than sorting them all: a server's sources can be thousands. */
    public static BoundedList of(Collection<String> all, int size) {
        PriorityQueue<String> smallest = new PriorityQueue<>(size + 1, Comparator.reverseOrder());
        for (String value : all) {
            smallest.add(value);
            if (smallest.size() > size) {
                smallest.poll();
            }
        }
        List<String> first = new ArrayList<>(smallest);
        first.sort(Comparator.naturalOrder());
        return new BoundedList(all.size(), first);
    }
}
