package io.ueba.ml.autoencoder;

import io.ueba.ml.features.FeatureGroup;
import io.ueba.ml.features.LoginVectorizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReconstructionExplainerTest {

    private final LoginVectorizer vectorizer = new LoginVectorizer();
    private final ReconstructionExplainer explainer = new ReconstructionExplainer(vectorizer.groups(), 2);

    private float[] errorsIn(String... groupsAndWeights) {
        float[] errors = new float[vectorizer.dimension()];
        for (int i = 0; i < groupsAndWeights.length; i += 2) {
            String name = groupsAndWeights[i];
            FeatureGroup group = vectorizer.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
            errors[group.from()] = Float.parseFloat(groupsAndWeights[i + 1]);
        }
        return errors;
    }

    @Test
    void namesTheGroupsHoldingMostOfTheErrorStrongestFirst() {
        List<String> reasons = explainer.explain(errorsIn("first_user_source", "5", "hour_distance", "3", "weekend", "1", "user", "0.5"));
        assertEquals(List.of("first login from this source for this user", "unusual time of day for this user"), reasons);
    }

    @Test
    void groupsSayingTheSameThingAreSaidOnce() {
        List<String> reasons = new ReconstructionExplainer(vectorizer.groups(), 3).explain(errorsIn("hour", "4", "hour_distance", "4", "relation", "2"));
        assertEquals(List.of("unusual time of day for this user", "unusual kind of logon"), reasons);
    }

    @Test
    void smallSharesAndPerfectReconstructionsSayNothing() {
        assertEquals(List.of(), explainer.explain(new float[vectorizer.dimension()]));
        List<String> reasons = explainer.explain(errorsIn("new_user", "9.5", "source", "0.5"));
        assertEquals(List.of("a user never seen before"), reasons);
    }
}
