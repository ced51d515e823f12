package io.ueba.plugin.ingest;

import io.ueba.ml.autoencoder.LoginScorer;
import io.ueba.ml.features.LoginFeatures;

/**
 * What {@code ueba_login_features} leaves in the document's ingest metadata (never indexed) for
 * {@code ueba_login_score}: the features and the scorer published with the profile they were computed against.
 *
 * @param scorer null when no model was published yet
 */
record FeaturizedLogin(LoginFeatures features, LoginScorer scorer) {}
