package io.ueba.plugin.ingest;

import io.ueba.ml.features.LoginFeatures;

import java.util.List;
import java.util.Map;

/**
 * How much of a login's features {@code ueba_login_features} writes into the document, its {@code write_features}
 * option. Scoring reads the features from the ingest metadata whatever this says, so it is only a choice of what to
 * search on against what every login costs to store and index.
 */
enum FeatureOutput {

    /** Nothing: the document gains only the score. */
    NONE,
    /**
     * {@code novelty}: the list of what is new about the login against the profile ({@link LoginFeatures#novelty}),
     * only when something is: most logins are usual and gain nothing.
     */
    NOVELTY,
    /** Every feature the models read, and the source's geo facts ({@link LoginFeatures#toDocument}). */
    ALL;

    static final String OPTION = "write_features";

    /** @return null when there is nothing to write */
    Map<String, Object> document(LoginFeatures features) {
        return switch (this) {
            case NONE -> null;
            case NOVELTY -> {
                List<String> novelty = features.novelty();
                yield novelty.isEmpty() ? null : Map.of("novelty", novelty);
            }
            case ALL -> features.toDocument();
        };
    }
}
