package io.ueba.ml.graph;

import java.util.Comparator;
import java.util.Locale;

/** Which edges a graph keeps when more match than it may show, and the order it lists them in. */
public enum GraphOrder {

    /** The most anomalous first: by the highest combined score, then the suspicious logins, the mean score, the count. */
    SCORE(Comparator.comparingDouble(GraphOrder::maxScore)
        .thenComparingLong(GraphEdge::suspicious)
        .thenComparingDouble(GraphOrder::meanScore)
        .thenComparingLong(GraphEdge::count)
        .reversed()),

    /** The busiest first: by the number of logins, then the highest combined score. */
    COUNT(Comparator.comparingLong(GraphEdge::count).thenComparingDouble(GraphOrder::maxScore).reversed());

    /** Equal edges by their names, so that an answer is the same every time. */
    private static final Comparator<GraphEdge> BY_NAME = Comparator.comparing(GraphEdge::source)
        .thenComparing(GraphEdge::relation)
        .thenComparing(GraphEdge::target);

    private final Comparator<GraphEdge> order;

    GraphOrder(Comparator<GraphEdge> order) {
        this.order = order;
    }

    public Comparator<GraphEdge> comparator() {
        return order.thenComparing(BY_NAME);
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming {@code [order]} for anything but {@code score} or {@code count} */
    public static GraphOrder fromJson(String name) {
        for (GraphOrder order : values()) {
            if (order.jsonName().equals(name)) {
                return order;
            }
        }
        throw new IllegalArgumentException("[order] must be score or count, got [" + name + "]");
    }

    /** An edge none of whose logins were scored ranks below every scored one. */
    private static double maxScore(GraphEdge edge) {
        return edge.score().isEmpty() ? Double.NEGATIVE_INFINITY : edge.score().max();
    }

    private static double meanScore(GraphEdge edge) {
        return edge.score().isEmpty() ? Double.NEGATIVE_INFINITY : edge.score().mean();
    }
}
