package io.ueba.ml.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A login's score over every kind in use, and the one rule that combines them. Every kind's score is calibrated so
 * that 1 is its own threshold. With several kinds, the combined score is the geometric mean of their bounded scores,
 * over the kinds that scored the login (a kind that abstained, such as the graph model for a login naming neither end
 * of an edge, is left out):
 *
 * <pre>score = exp(mean_k ln b(s_k)),   b(s) = max(s, FLOOR) up to KNEE, KNEE * (1 + ln(s / KNEE)) past it</pre>
 *
 * So the login is suspicious (1 or more) when the kinds' scores, on a log scale, average at least their thresholds: a
 * kind far past its threshold carries kinds that see little, and several kinds a little past theirs add up. The bounds
 * keep one kind from deciding alone what it cannot measure:
 * <ul>
 *   <li>Past {@link #KNEE} times its threshold a score grows with its logarithm. A threshold is a quantile of what
 *   anchored the kind's scale (the training logins' scores, or the graph's held-out new links), so a few thresholds past
 *   it there is nothing left to say how much rarer a login is, only that it is further out. Without the bend the kind
 *   whose scores run furthest (the autoencoder's, to twenty thresholds on benign new machines) ranked logins the other
 *   kinds found a little odd above those they all found very odd. The order is kept, so a kind alone still ranks.</li>
 *   <li>Below {@link #FLOOR} a score counts as the floor. A kind that finds a login entirely usual (the graph model at
 *   0 for a login whose every link it has seen) holds the login down instead of being left out, which ranked the
 *   logins of known links above those of new, plausible ones.</li>
 * </ul>
 * Measured against the geometric mean without bounds, the highest score, the mean, the lowest and a sum of excesses in
 * the README. With one kind the combined score is that kind's score.
 *
 * @param parts       each kind's score, in the order the kinds are in use
 * @param drivenBy    the kind with the highest score; null when there are no kinds
 * @param explanation the reasons of every kind past its own threshold, highest score first, each prefixed with its kind
 *                    ({@code autoencoder: first login from this source for this user}), whether or not the combined
 *                    score is past 1 (an analyst who looks sees which kind spoke); empty when none is
 */
public record CombinedScore(double score, List<KindScore> parts, String drivenBy, List<String> explanation) {

    /** Past this many times its threshold, a kind's score counts by its logarithm. */
    static final double KNEE = 5;
    /** A kind's score counts as at least this fraction of its threshold. */
    static final double FLOOR = 0.1;

    private static final Comparator<KindScore> HIGHEST_FIRST = Comparator.comparingDouble(KindScore::score).reversed();

    public static CombinedScore of(List<KindScore> parts) {
        KindScore top = null;
        boolean anySuspicious = false;
        for (KindScore part : parts) {
            if (top == null || part.score() > top.score()) {
                top = part;
            }
            anySuspicious |= part.suspicious();
        }
        // Almost every login is usual: it gets its score without sorting or copying reasons it has none of.
        List<String> explanation = anySuspicious ? explanation(parts) : List.of();
        return new CombinedScore(combined(parts), List.copyOf(parts), top == null ? null : top.kind(), explanation);
    }

    private static List<String> explanation(List<KindScore> parts) {
        List<String> explanation = new ArrayList<>();
        parts.stream().filter(KindScore::suspicious).sorted(HIGHEST_FIRST).forEach(part -> {
            for (String reason : part.reasons()) {
                explanation.add(part.kind() + ": " + reason);
            }
        });
        return List.copyOf(explanation);
    }

    private static double combined(List<KindScore> parts) {
        if (parts.size() == 1) {
            return parts.getFirst().score();
        }
        double logs = 0;
        int scored = 0;
        for (KindScore part : parts) {
            if (part.abstained() == false) {
                logs += Math.log(bounded(part.score()));
                scored++;
            }
        }
        return scored == 0 ? 0 : Math.exp(logs / scored);
    }

    /** A kind's score as the combined score counts it: at least {@link #FLOOR}, and logarithmic past {@link #KNEE}. */
    public static double bounded(double score) {
        return score > KNEE ? KNEE * (1 + Math.log(score / KNEE)) : Math.max(score, FLOOR);
    }

    public boolean suspicious() {
        return score >= 1;
    }
}
