package io.ueba.ml.model;

import io.ueba.ml.autoencoder.AutoencoderKind;
import io.ueba.ml.rarity.RarityKind;
import io.ueba.ml.rgcn.RgcnKind;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The model kinds a node knows, by name. The first is the one a job trains when it names none. */
public final class ModelKinds {

    /** The kinds the product ships. */
    public static final ModelKinds BUILT_IN = new ModelKinds(List.of(new AutoencoderKind(), new RarityKind(), new RgcnKind()));

    private final Map<String, ModelKind> byName = new LinkedHashMap<>();

    public ModelKinds(List<ModelKind> kinds) {
        for (ModelKind kind : kinds) {
            if (byName.putIfAbsent(kind.name(), kind) != null) {
                throw new IllegalArgumentException("two model kinds are named [" + kind.name() + "]");
            }
        }
        if (byName.isEmpty()) {
            throw new IllegalArgumentException("at least one model kind is needed");
        }
    }

    public Optional<ModelKind> kind(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The settings of the kind a job names by {@code type}, when it names none the first kind's defaults. */
    public KindSettings defaults() {
        return settings("model", Map.of());
    }

    /**
     * Reads one entry of a job's {@code models}: its {@code type} (the first kind when missing), then that kind's
     * settings.
     *
     * @param path where the entry is in the request, e.g. {@code models[0]}
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public KindSettings settings(String path, Map<String, ?> given) {
        Map<String, Object> fields = new HashMap<>(given);
        Object type = fields.remove("type");
        String name = type == null ? byName.keySet().iterator().next() : String.valueOf(type);
        ModelKind kind = byName.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("[" + path + ".type] must be one of " + names() + ", got [" + type + "]");
        }
        SettingsFields reader = new SettingsFields(path, fields);
        KindSettings settings = kind.settings(reader);
        reader.refuseUnread(name);
        return settings;
    }
}
