package io.ueba.ml.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A login's score over every kind in use, and the one rule that combines them. Every kind's score is calibrated so
 * that 1 is its own threshold. With several kinds, the combined score is their geometric mean, over the kinds that
 * scored the login (a kind that could not, such as the graph model for a login naming neither end of an edge, scores 0
 * and is left out):
 *
 * <pre>score = exp(mean_k ln s_k)</pre>
 *
 * So the login is suspicious (1 or more) when the kinds' scores, on a log scale, average at least their thresholds: a
 * kind far past its threshold carries kinds that see little (ten times one threshold outweighs two kinds at half
 * theirs), and several kinds a little past theirs add up. Kinds whose scores run to different lengths past their
 * thresholds (the autoencoder's to tens of times, rarity's to a few) each count by their ratio, not their distance, so
 * no kind ranks every login. Measured against the highest score, the mean, the lowest and a sum of excesses in the
 * README; the highest, the rule before, let the longest tail rank every login and flagged the union of every kind's
 * alerts. With one kind the combined score is that kind's score.
 *
 * @param parts       each kind's score, in the order the kinds are in use
 * @param drivenBy    the kind with the highest score; null when there are no kinds
 * @param explanation the reasons of every kind past its own threshold, highest score first, each prefixed with its kind
 *                    ({@code autoencoder: first login from this source for this user}), whether or not the combined
 *                    score is past 1 (an analyst who looks sees which kind spoke); empty when none is
 */
public record CombinedScore(double score, List<KindScore> parts, String drivenBy, List<String> explanation) {

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
            if (part.score() > 0) {
                logs += Math.log(part.score());
                scored++;
            }
        }
        return scored == 0 ? 0 : Math.exp(logs / scored);
    }

    public boolean suspicious() {
        return score >= 1;
    }
}
