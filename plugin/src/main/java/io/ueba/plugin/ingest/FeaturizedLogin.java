package io.ueba.plugin.ingest;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.model.TrainedModels;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;

import java.io.IOException;

/**
 * What {@code ueba_login_features} leaves in the document's ingest metadata (never indexed) for
 * {@code ueba_login_score}, which takes it out again: the features, and the models whose profile they were made
 * against, so the login is scored by the models of that same version. It renders as a small object because the
 * simulate API prints the ingest metadata of a pipeline that featurizes without scoring.
 *
 * @param models {@link TrainedModels#NONE} when no model was published yet
 */
record FeaturizedLogin(LoginFeatures features, TrainedModels models) implements ToXContentObject {

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.startObject().field("model_version", models.id()).endObject();
    }
}
