package io.ueba.ml.graph;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The logins from one entity to another by one relation, as one edge of the graph of who logs in where.
 *
 * @param source     the source entity, named as the models name it (host, else IP, else {@code unknown})
 * @param relation   auth package / logon type
 * @param target     the destination entity, named the same way
 * @param count      logins
 * @param suspicious logins the models found suspicious ({@code ueba.suspicious})
 * @param failed     failed logins
 * @param firstSeen  the earliest login
 * @param lastSeen   the latest login
 * @param score      the combined score ({@code ueba.score}) over the logins that were scored
 * @param scores     each kind's own score over the logins that carry it ({@code ueba.scores.<kind>}), by kind; a kind
 *                   no login carries is left out; in the kinds' order by name
 */
public record GraphEdge(
    String source,
    String relation,
    String target,
    long count,
    long suspicious,
    long failed,
    Instant firstSeen,
    Instant lastSeen,
    ScoreStats score,
    Map<String, ScoreStats> scores
) {

    public GraphEdge {
        TreeMap<String, ScoreStats> carried = new TreeMap<>();
        scores.forEach((kind, stats) -> {
            if (stats.isEmpty() == false) {
                carried.put(kind, stats);
            }
        });
        scores = Collections.unmodifiableSortedMap(carried);
    }

    /** Whether the edge starts or ends at the entity. */
    public boolean touches(String entity) {
        return source.equals(entity) || target.equals(entity);
    }

    /** This edge with the logins of another part of it, met in another group of the index's values. */
    GraphEdge plus(GraphEdge other) {
        assert source.equals(other.source) && relation.equals(other.relation) && target.equals(other.target);
        TreeMap<String, ScoreStats> merged = new TreeMap<>(scores);
        other.scores.forEach((kind, stats) -> merged.merge(kind, stats, ScoreStats::plus));
        return new GraphEdge(
            source,
            relation,
            target,
            count + other.count,
            suspicious + other.suspicious,
            failed + other.failed,
            firstSeen.isBefore(other.firstSeen) ? firstSeen : other.firstSeen,
            lastSeen.isAfter(other.lastSeen) ? lastSeen : other.lastSeen,
            score.plus(other.score),
            merged
        );
    }
}
