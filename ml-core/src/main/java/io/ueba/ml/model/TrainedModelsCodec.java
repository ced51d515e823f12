package io.ueba.ml.model;

import io.ueba.ml.autoencoder.DenseAutoencoder;
import io.ueba.ml.autoencoder.LoginScorer;
import io.ueba.ml.features.LoginVectorizer;
import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityProfileCodec;
import io.ueba.ml.threshold.Threshold;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The published models as one compressed byte array, for the model store: the profile, the scorer (weights and
 * threshold) and the feature layout they were trained under. Decoding refuses bytes written under another layout,
 * so a plugin upgrade that changes the features never scores with a model that reads them differently.
 */
public final class TrainedModelsCodec {

    private static final int MAGIC = 0x55454241; // "UEBA"
    /** 2: the profile holds each user's countries. */
    private static final int FORMAT = 2;
    private static final String SCHEMA = new LoginVectorizer().schema();

    private TrainedModelsCodec() {}

    public static byte[] encode(TrainedModels models) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(SCHEMA);
            out.writeBoolean(models.profile() != null);
            if (models.profile() != null) {
                EntityProfileCodec.write(models.profile(), out);
            }
            LoginScorer scorer = models.scorer();
            out.writeBoolean(scorer != null);
            if (scorer != null) {
                out.writeUTF(scorer.version());
                out.writeUTF(scorer.threshold().method());
                out.writeDouble(scorer.threshold().value());
                scorer.model().write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not models this version of the plugin can use */
    public static TrainedModels decode(byte[] encoded) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(encoded)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a UEBA model");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("model format " + format + " is not " + FORMAT);
            }
            String schema = in.readUTF();
            if (schema.equals(SCHEMA) == false) {
                throw new IOException("the model was trained on features [" + schema + "], this plugin makes [" + SCHEMA + "]");
            }
            EntityProfile profile = in.readBoolean() ? EntityProfileCodec.read(in) : null;
            LoginScorer scorer = null;
            if (in.readBoolean()) {
                String version = in.readUTF();
                Threshold threshold = new Threshold(in.readUTF(), in.readDouble());
                scorer = new LoginScorer(version, DenseAutoencoder.read(in), threshold);
            }
            return new TrainedModels(profile, scorer);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt model: " + e.getMessage(), e);
        }
    }

    /** The feature layout models are encoded under: {@link LoginVectorizer#schema()}. */
    public static String schema() {
        return SCHEMA;
    }
}
