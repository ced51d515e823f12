package io.ueba.action;

import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.ModelKinds;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.ToXContentFragment;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model kinds a job trains, each with its settings: {@code "models": [{"type": "autoencoder", ...}, ...]} in a
 * job's body, or {@code "model": {...}} as the shorthand for a list of one. Each entry is read by its kind
 * ({@link ModelKinds}), and a wrong one is refused naming {@code models[i].<field>}. A kind is listed at most once.
 */
public record JobModels(List<KindSettings> kinds) implements Writeable, ToXContentFragment {

    public static final JobModels DEFAULTS = new JobModels(List.of(ModelKinds.BUILT_IN.defaults()));

    public JobModels {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("[models] must list at least one model");
        }
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (listed.add(kinds.get(i).kind()) == false) {
                throw new IllegalArgumentException("[models[" + i + "].type] lists [" + kinds.get(i).kind() + "] a second time");
            }
        }
    }

    /** Reads the {@code models} array the parser is on. */
    public static JobModels parseList(XContentParser parser) throws IOException {
        if (parser.currentToken() != XContentParser.Token.START_ARRAY) {
            throw new IllegalArgumentException("[models] must be an array of models, e.g. [{\"type\": \"autoencoder\"}]");
        }
        return of("models", parser.list());
    }

    /**
     * Reads a list of models' settings, each entry an object read by its kind, as a job's body gives them or a model
     * version's metadata stored them.
     *
     * @param path where the list is, e.g. {@code models}, for the messages: {@code [models[1].type]}
     * @throws IllegalArgumentException naming the entry or the field that is wrong
     */
    static JobModels of(String path, List<?> entries) {
        List<KindSettings> kinds = new ArrayList<>(entries.size());
        for (Object entry : entries) {
            String at = path + "[" + kinds.size() + "]";
            if (entry instanceof Map<?, ?> == false) {
                throw new IllegalArgumentException("[" + at + "] must be an object");
            }
            @SuppressWarnings("unchecked") // the keys of a JSON object, from a parser or a stored document alike
            Map<String, ?> settings = (Map<String, ?>) entry;
            kinds.add(ModelKinds.BUILT_IN.settings(at, settings));
        }
        return new JobModels(kinds);
    }

    /** Reads the {@code model} object the parser is on: a list of one. */
    public static JobModels parseOne(XContentParser parser) throws IOException {
        if (parser.currentToken() != XContentParser.Token.START_OBJECT) {
            throw new IllegalArgumentException("[model] must be an object");
        }
        return new JobModels(List.of(ModelKinds.BUILT_IN.settings("model", parser.map())));
    }

    public JobModels(StreamInput in) throws IOException {
        this(readKinds(in));
    }

    private static List<KindSettings> readKinds(StreamInput in) throws IOException {
        int size = in.readVInt();
        List<KindSettings> kinds = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            kinds.add(ModelKinds.BUILT_IN.settings("models[" + i + "]", in.readMap()));
        }
        return kinds;
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeVInt(kinds.size());
        for (KindSettings kind : kinds) {
            out.writeMap(kind.asMap());
        }
    }

    /** Writes the {@code models} field, every setting of every kind given. */
    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startArray("models");
        for (KindSettings kind : kinds) {
            builder.map(kind.asMap());
        }
        return builder.endArray();
    }

    /** Every kind's settings as {@link #toXContent} writes them, for merging an update over. */
    List<Map<String, Object>> asMaps() {
        return kinds.stream().map(KindSettings::asMap).toList();
    }
}
