package io.ueba.ml.model;

import io.ueba.ml.profile.EntityProfile;
import io.ueba.ml.profile.EntityProfileCodec;
import io.ueba.ml.threshold.Threshold;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The published models as one compressed byte array, for the model store: the profile, then one section per kind's
 * scorer, tagged with the kind's name, format and schema and prefixed with its length; a section starts with what
 * every scorer has (its version and threshold), then holds what the kind writes. Decoding refuses bytes of
 * another container format (the profile is shared by every kind, so without it nothing can be used) and skips a
 * section that this node cannot read (a kind it does not know, or one written under another format or feature
 * layout): the other kinds come into use, and the skipped one is reported, so the next run trains it afresh.
 */
public final class TrainedModelsCodec {

    private static final int MAGIC = 0x55454241; // "UEBA"
    /** 3: one tagged section per kind. */
    private static final int FORMAT = 3;

    /**
     * Decoded models, and the kinds whose sections could not be read.
     *
     * @param unusable why each skipped kind could not be read, by kind name
     */
    public record Decoded(TrainedModels models, Map<String, String> unusable) {}

    private final ModelKinds kinds;

    public TrainedModelsCodec(ModelKinds kinds) {
        this.kinds = kinds;
    }

    public byte[] encode(TrainedModels models) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeBoolean(models.profile() != null);
            if (models.profile() != null) {
                EntityProfileCodec.write(models.profile(), out);
            }
            out.writeInt(models.scorers().size());
            for (LoginScorer scorer : models.scorers()) {
                ModelKind kind = kinds.kind(scorer.kind())
                    .orElseThrow(() -> new IllegalArgumentException("no model kind is named [" + scorer.kind() + "]"));
                ByteArrayOutputStream section = new ByteArrayOutputStream();
                DataOutputStream sectionOut = new DataOutputStream(section);
                sectionOut.writeUTF(scorer.version());
                sectionOut.writeUTF(scorer.threshold().method());
                sectionOut.writeDouble(scorer.threshold().value());
                scorer.write(sectionOut);
                out.writeUTF(kind.name());
                out.writeInt(kind.format());
                out.writeUTF(kind.schema());
                out.writeInt(section.size());
                section.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not models in this plugin's container format, or are damaged */
    public Decoded decode(byte[] encoded) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(encoded)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a UEBA model");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("model format " + format + " is not " + FORMAT);
            }
            EntityProfile profile = in.readBoolean() ? EntityProfileCodec.read(in) : null;
            int sections = in.readInt();
            List<LoginScorer> scorers = new ArrayList<>(sections);
            Map<String, String> unusable = new LinkedHashMap<>();
            for (int s = 0; s < sections; s++) {
                String name = in.readUTF();
                int kindFormat = in.readInt();
                String schema = in.readUTF();
                byte[] section = in.readNBytes(in.readInt());
                String whyNot = unreadable(name, kindFormat, schema);
                if (whyNot != null) {
                    unusable.put(name, whyNot);
                    continue;
                }
                DataInputStream sectionIn = new DataInputStream(new ByteArrayInputStream(section));
                String version = sectionIn.readUTF();
                Threshold threshold = new Threshold(sectionIn.readUTF(), sectionIn.readDouble());
                scorers.add(kinds.kind(name).orElseThrow().read(version, threshold, sectionIn));
            }
            return new Decoded(new TrainedModels(profile, scorers), unusable);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt model: " + e.getMessage(), e);
        }
    }

    /** Why this node cannot read a kind's section; null when it can. */
    private String unreadable(String name, int format, String schema) {
        ModelKind kind = kinds.kind(name).orElse(null);
        if (kind == null) {
            return "this node knows no model kind [" + name + "]";
        }
        if (format != kind.format()) {
            return "[" + name + "] was written in format " + format + ", this node reads " + kind.format();
        }
        if (schema.equals(kind.schema()) == false) {
            return "[" + name + "] was trained on features [" + schema + "], this node makes [" + kind.schema() + "]";
        }
        return null;
    }
}
