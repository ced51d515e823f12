package io.ueba.ml.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A login's score over every kind in use, and the one rule that combines them: the combined score is the highest of
 * the kinds' scores. Every kind's score is calibrated so that 1 is its own threshold, so the combined score is 1 or
 * more exactly when at least one kind finds the login suspicious, and a login one kind finds very odd is not watered
 * down by kinds that see nothing (an average would hide a stolen credential used at the usual hour). With one kind the
 * combined score is that kind's score.
 *
 * @param parts       each kind's score, in the order the kinds are in use
 * @param drivenBy    the kind with the highest score; null when no kind scored
 * @param explanation the reasons of the kinds that found the login suspicious, highest score first, each prefixed
 *                    with its kind ({@code autoencoder: first login from this source for this user}); empty otherwise
 */
public record CombinedScore(double score, List<KindScore> parts, String drivenBy, List<String> explanation) {

    private static final Comparator<KindScore> HIGHEST_FIRST = Comparator.comparingDouble(KindScore::score).reversed();

    public static CombinedScore of(List<KindScore> parts) {
        KindScore top = parts.stream().min(HIGHEST_FIRST).orElse(null);
        List<String> explanation = new ArrayList<>();
        parts.stream().filter(KindScore::suspicious).sorted(HIGHEST_FIRST).forEach(part -> {
            for (String reason : part.reasons()) {
                explanation.add(part.kind() + ": " + reason);
            }
        });
        return new CombinedScore(top == null ? 0 : top.score(), List.copyOf(parts), top == null ? null : top.kind(), List.copyOf(explanation));
    }

    public boolean suspicious() {
        return score >= 1;
    }
}
