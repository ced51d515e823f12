package io.ueba.tools.eval;

import io.ueba.ml.autoencoder.AutoencoderKind;
import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.ModelKinds;
import io.ueba.ml.model.ModelSetTrainer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds an evaluation trains, each with the product's defaults but the run's seed, or with the settings the
 * evaluation gives it. Each seed's run trains afresh: a run that built on the previous seed's autoencoder would not
 * measure this seed.
 *
 * @param kinds    by name, in the order the job lists them
 * @param settings by kind, settings of its own for some of the kinds, as a job takes them ({@code embedding_dim: 64})
 */
public record EvalModels(List<String> kinds, Map<String, Map<String, Object>> settings) {

    /** What names the settings in a refusal: the command's option. */
    public static final String SETTINGS_OPTION = "--model-settings";

    public EvalModels {
        kinds = List.copyOf(kinds);
        settings = Map.copyOf(settings);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("[--models] must name at least one of " + ModelKinds.BUILT_IN.names());
        }
        for (String kind : kinds) {
            if (ModelKinds.BUILT_IN.kind(kind).isEmpty()) {
                throw new IllegalArgumentException("[--models] must name kinds among " + ModelKinds.BUILT_IN.names() + ", got [" + kind + "]");
            }
        }
        for (Map.Entry<String, Map<String, Object>> given : settings.entrySet()) {
            String kind = given.getKey();
            if (kinds.contains(kind) == false) {
                throw new IllegalArgumentException("[" + SETTINGS_OPTION + "] has settings for [" + kind + "], which [--models] does not train");
            }
            for (String set : List.of("type", "seed")) {
                if (given.getValue().containsKey(set)) {
                    throw new IllegalArgumentException("[" + SETTINGS_OPTION + "." + kind + "." + set + "] is the evaluation's own: "
                        + (set.equals("seed") ? "give --seeds" : "give --models"));
                }
            }
            Map<String, Object> model = new LinkedHashMap<>(given.getValue());
            model.put("type", kind);
            ModelKinds.BUILT_IN.settings(SETTINGS_OPTION + "." + kind, model);
        }
    }

    public EvalModels(List<String> kinds) {
        this(kinds, Map.of());
    }

    /** The further document fields the models will read, which each login read from a document must keep. */
    public Set<String> attributeFields() {
        return ModelSetTrainer.attributeFields(settings(0, Map.of()));
    }

    /** A job's {@code models}, as a job body takes them. */
    List<Map<String, Object>> job(long seed) {
        List<Map<String, Object>> models = new ArrayList<>();
        for (String kind : kinds) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("type", kind);
            model.put("seed", seed);
            if (kind.equals(AutoencoderKind.NAME)) {
                model.put("incremental", false);
            }
            model.putAll(settings.getOrDefault(kind, Map.of()));
            models.add(model);
        }
        return models;
    }

    /** The same, read by the kinds, with {@code overrides} of each kind's settings by kind, over the evaluation's. */
    List<KindSettings> settings(long seed, Map<String, Map<String, Object>> overrides) {
        List<KindSettings> settings = new ArrayList<>();
        List<Map<String, Object>> job = job(seed);
        for (int i = 0; i < job.size(); i++) {
            Map<String, Object> model = new LinkedHashMap<>(job.get(i));
            model.putAll(overrides.getOrDefault(kinds.get(i), Map.of()));
            settings.add(ModelKinds.BUILT_IN.settings("models[" + i + "]", model));
        }
        return settings;
    }
}
