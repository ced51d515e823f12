package io.ueba.ml.model;

import io.ueba.ml.autoencoder.DenseAutoencoder;
import io.ueba.ml.autoencoder.AutoencoderKind;
import io.ueba.ml.autoencoder.AutoencoderScorer;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityProfileBuilder;
import io.ueba.ml.threshold.Threshold;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainedModelsCodecTest {

    private static final int DIMENSION = new LoginVectorizer().dimension();
    private static final TrainedModelsCodec CODEC = new TrainedModelsCodec(ModelKinds.BUILT_IN);

    @Test
    void decodedModelsAnswerAsTheOriginalsDo() throws IOException {
        EntityProfile profile = new EntityProfileBuilder()
            .add("alice", "ws-1", "srv-file", 9.5, null)
            .add("alice", "ws-2", "srv-mail", 10.2, "FR")
            .add("bob", "ws-7", "srv-file", 22.0, null)
            .build("run-7");
        AutoencoderScorer scorer = new AutoencoderScorer("run-6", randomAutoencoder(new Random(3), DIMENSION, 8), new Threshold("quantile(0.99)", 0.042));

        TrainedModelsCodec.Decoded read = CODEC.decode(CODEC.encode(new TrainedModels(profile, List.of(scorer))));
        assertEquals(Map.of(), read.unusable());
        TrainedModels decoded = read.models();

        EntityProfile copy = decoded.profile();
        assertEquals("run-7", copy.version());
        assertTrue(copy.knowsUser("bob"));
        assertFalse(copy.knowsUser("carol"));
        assertTrue(copy.hasSeenUserSource("alice", "ws-2"));
        assertFalse(copy.hasSeenUserSource("bob", "ws-1"));
        assertTrue(copy.hasSeenSourceDestination("ws-2", "srv-mail"));
        assertEquals(2, copy.distinctSources("alice"));
        assertTrue(copy.hasSeenUserCountry("alice", "FR"));
        assertFalse(copy.hasSeenUserCountry("alice", "DE"));
        assertFalse(copy.hasSeenUserCountry("bob", "FR"));
        for (double hour = 0; hour < 24; hour += 0.75) {
            assertEquals(profile.hourDistance("alice", hour), copy.hourDistance("alice", hour), "hour " + hour);
        }
        LoginScorer copied = decoded.scorer(AutoencoderKind.NAME);
        assertEquals("run-6", copied.version());
        assertEquals(scorer.threshold(), copied.threshold());
        LoginFeatures login = new LoginFeaturizer().featurize(
            new LoginEvent(Instant.parse("2026-11-20T03:00:00Z"), "alice", null, "203.0.113.9", "ws-9", "dc-01", null, LoginOutcome.SUCCESS, "NTLM", "Network", null, null),
            profile);
        assertEquals(scorer.score(login), copied.score(login));
    }

    @Test
    void aProfileWithoutAScorerStaysWithoutOne() throws IOException {
        EntityProfile profile = new EntityProfileBuilder().add("alice", "ws-1", "srv-file", 9.5, null).build("run-1");
        TrainedModels decoded = CODEC.decode(CODEC.encode(new TrainedModels(profile, List.of()))).models();
        assertEquals("run-1", decoded.profile().version());
        assertFalse(decoded.scores());
        assertNull(decoded.scorer(AutoencoderKind.NAME));
    }

    @Test
    void refusesBytesThatAreNotWholeModels() {
        byte[] encoded = CODEC.encode(new TrainedModels(new EntityProfileBuilder().add("a", "s", "d", 1, null).build("run-1"), List.of()));
        assertThrows(IOException.class, () -> CODEC.decode(Arrays.copyOf(encoded, encoded.length / 2)));
        assertThrows(IOException.class, () -> CODEC.decode("not a model".getBytes()));
    }

    @Test
    void refusesAnAutoencoderWhoseLayersDoNotFit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(2);
        writeLayer(out, new Random(1), 4, 10);
        writeLayer(out, new Random(2), 10, 5);
        IOException refused = assertThrows(IOException.class, () -> DenseAutoencoder.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        assertTrue(refused.getMessage().contains("layer 1"), refused.getMessage());
    }

    @Test
    void theSchemaNamesEveryFeatureGroup() {
        String schema = new AutoencoderKind().schema();
        new LoginVectorizer().groups().forEach(group -> assertTrue(schema.contains(group.name() + "[" + group.from() + "," + group.to() + ")"), schema));
    }

    /** An autoencoder {@code dimension -> hidden -> dimension} with random weights, built through its own reader. */
    static DenseAutoencoder randomAutoencoder(Random random, int dimension, int hidden) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(2);
        writeLayer(out, random, hidden, dimension);
        writeLayer(out, random, dimension, hidden);
        return DenseAutoencoder.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static void writeLayer(DataOutputStream out, Random random, int outputs, int inputs) throws IOException {
        out.writeInt(outputs);
        out.writeInt(inputs);
        for (int i = 0; i < outputs * inputs + outputs; i++) {
            out.writeFloat((float) random.nextGaussian() * 0.3f);
        }
    }
}
