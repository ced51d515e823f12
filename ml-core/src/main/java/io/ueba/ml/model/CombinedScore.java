package io.ueba.ml.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A login's score over every kind in use, and the one rule that combines them. Every kind's score is calibrated so that
 * 1 is its own threshold, and each kind measured at training how far past its threshold its outliers go (its tail
 * scale). With several kinds, the combined score is half of (the highest kind's score, up to 1) plus (the sum over the
 * kinds of how far past its threshold each is, in units of its tail scale):
 *
 * <pre>score = (min(1, max_k s_k) + sum_k max(0, s_k - 1) / tail_k) / 2</pre>
 *
 * So a login no kind finds suspicious scores below 0.5, ranked by its most suspicious kind; one that passes a threshold
 * scores at least 0.5; and it is suspicious (1 or more) when the kinds' excesses add up to one typical training
 * outlier: a kind far past its threshold alone, or several a little past theirs. Measured against the alternatives
 * (the highest, the mean, the geometric mean, the lowest) in the README: the highest let the kind with the longest tail
 * rank every login and flagged the union of every kind's alerts; this sum ranks like the best kind or better, and is
 * more precise at 1. With one kind the combined score is that kind's score.
 *
 * @param parts       each kind's score, in the order the kinds are in use
 * @param drivenBy    the kind furthest past its threshold (in its tail's units), else the one with the highest score;
 *                    null when no kind scored
 * @param explanation the reasons of the kinds that found the login suspicious, furthest past first, each prefixed
 *                    with its kind ({@code autoencoder: first login from this source for this user}); empty otherwise
 */
public record CombinedScore(double score, List<KindScore> parts, String drivenBy, List<String> explanation) {

    /** The kind furthest past its threshold in its own tail's units first, then the highest score. */
    private static final Comparator<KindScore> HIGHEST_FIRST = Comparator.comparingDouble(KindScore::excess)
        .thenComparingDouble(KindScore::score).reversed();

    public static CombinedScore of(List<KindScore> parts) {
        KindScore top = parts.stream().min(HIGHEST_FIRST).orElse(null);
        double score = top == null ? 0 : parts.size() == 1 ? top.score() : combined(parts, top);
        List<String> explanation = new ArrayList<>();
        parts.stream().filter(KindScore::suspicious).sorted(HIGHEST_FIRST).forEach(part -> {
            for (String reason : part.reasons()) {
                explanation.add(part.kind() + ": " + reason);
            }
        });
        return new CombinedScore(score, List.copyOf(parts), top == null ? null : top.kind(), List.copyOf(explanation));
    }

    private static double combined(List<KindScore> parts, KindScore top) {
        double excess = 0;
        for (KindScore part : parts) {
            excess += part.excess();
        }
        return (Math.min(1, top.score()) + excess) / 2;
    }

    public boolean suspicious() {
        return score >= 1;
    }
}
