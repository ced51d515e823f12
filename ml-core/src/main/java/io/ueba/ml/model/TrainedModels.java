package io.ueba.ml.model;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.profile.EntityProfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a training run published: the entity profile logins are featurized against, and the scorer of each kind the
 * run trained on those features. They travel together so that a login is never featurized by one run and scored by
 * another.
 *
 * @param profile         null before any training
 * @param scorers         one per kind, in the order the job lists its kinds; empty before any training
 * @param attributeFields the further document fields the scorers read ({@link LoginScorer#attributeFields}) in the
 *                        kinds' order, usually none: found once, since ingest asks for them on every login
 */
public record TrainedModels(EntityProfile profile, List<LoginScorer> scorers, Set<String> attributeFields) {

    public static final TrainedModels NONE = new TrainedModels(null, List.of());

    public TrainedModels {
        scorers = List.copyOf(scorers);
        attributeFields = Collections.unmodifiableSet(new LinkedHashSet<>(attributeFields));
    }

    public TrainedModels(EntityProfile profile, List<LoginScorer> scorers) {
        this(profile, scorers, fieldsOf(scorers));
    }

    /** The version: the run that learned the profile; null before any training. */
    public String id() {
        return profile == null ? null : profile.version();
    }

    /** This kind's scorer, or null when none is in use. */
    public LoginScorer scorer(String kind) {
        for (LoginScorer scorer : scorers) {
            if (scorer.kind().equals(kind)) {
                return scorer;
            }
        }
        return null;
    }

    /** Whether there is a scorer to score with. */
    public boolean scores() {
        return scorers.isEmpty() == false;
    }

    private static Set<String> fieldsOf(List<LoginScorer> scorers) {
        Set<String> fields = new LinkedHashSet<>();
        for (LoginScorer scorer : scorers) {
            fields.addAll(scorer.attributeFields());
        }
        return fields;
    }

    /** Scores a login with every kind, combined by {@link CombinedScore}'s rule. */
    public CombinedScore score(LoginFeatures features) {
        List<KindScore> parts = new ArrayList<>(scorers.size());
        for (LoginScorer scorer : scorers) {
            parts.add(scorer.score(features));
        }
        return CombinedScore.of(parts);
    }
}
