package io.ueba.plugin.ingest;

import io.ueba.ml.autoencoder.LoginScorer;
import io.ueba.ml.features.LoginFeatures;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;

/**
 * What {@code ueba_login_features} leaves in the document's ingest metadata (never indexed) for
 * {@code ueba_login_score}, which takes it out again. It renders as a small object because the simulate API prints
 * the ingest metadata of a pipeline that featurizes without scoring.
 *
 * @param scorer null when no model was published yet
 */
record FeaturizedLogin(LoginFeatures features, LoginScorer scorer) implements ToXContentObject {

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.startObject().field("model_version", scorer == null ? null : scorer.version()).endObject();
    }
}
