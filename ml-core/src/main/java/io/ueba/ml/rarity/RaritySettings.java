package io.ueba.ml.rarity;

import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.KindTrainer;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.SettingsFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job's settings for the rarity kind. Every field has a default.
 *
 * @param smoothing         the additive smoothing of each p(value | context); larger makes a pair seen once less rare
 * @param thresholdQuantile the share of training logins scored below the suspicious threshold
 * @param calibrationRows   at most this many training logins (a uniform sample) set the threshold
 * @param maxPairs          at most this many distinct (context, value) pairs are counted per pair kind, so memory is
 *                          bounded; a pair beyond them scores as one never seen
 * @param seed              draws the calibration sample
 * @param userFields        document fields whose value is learned for each user, p(value | user), besides the pairs
 *                          every model learns ({@link FieldPair}); empty by default
 * @param sourceFields      document fields whose value is learned for each source, p(value | source); empty by default
 */
public record RaritySettings(double smoothing, double thresholdQuantile, int calibrationRows, int maxPairs, long seed, List<String> userFields,
    List<String> sourceFields) implements KindSettings {

    /** At most this many {@link #userFields}, and as many {@link #sourceFields}: each is a table as large as the other pairs. */
    static final int MAX_FIELDS = 8;
    public static final RaritySettings DEFAULTS = new RaritySettings(1, 0.99, 50_000, 5_000_000, 42, List.of(), List.of());

    public RaritySettings {
        userFields = List.copyOf(userFields);
        sourceFields = List.copyOf(sourceFields);
    }

    static RaritySettings read(SettingsFields given) {
        RaritySettings d = DEFAULTS;
        RaritySettings settings = new RaritySettings(
            given.number("smoothing", d.smoothing),
            given.number("threshold_quantile", d.thresholdQuantile),
            given.integer("calibration_rows", d.calibrationRows, 1000, 1_000_000),
            given.integer("max_pairs", d.maxPairs, 1000, 100_000_000),
            given.longInteger("seed", d.seed),
            given.documentPaths(FieldPair.Given.USER.setting(), MAX_FIELDS),
            given.documentPaths(FieldPair.Given.SOURCE.setting(), MAX_FIELDS)
        );
        if ((settings.smoothing > 0 && settings.smoothing <= 100) == false) {
            throw given.refuse("smoothing", "must be in (0, 100], got [" + settings.smoothing + "]");
        }
        if ((settings.thresholdQuantile >= 0.5 && settings.thresholdQuantile < 1) == false) {
            throw given.refuse("threshold_quantile", "must be in [0.5, 1), got [" + settings.thresholdQuantile + "]");
        }
        return settings;
    }

    @Override
    public String kind() {
        return RarityKind.NAME;
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", RarityKind.NAME);
        map.put("smoothing", smoothing);
        map.put("threshold_quantile", thresholdQuantile);
        map.put("calibration_rows", calibrationRows);
        map.put("max_pairs", maxPairs);
        map.put("seed", seed);
        if (userFields.isEmpty() == false) {
            map.put(FieldPair.Given.USER.setting(), userFields);
        }
        if (sourceFields.isEmpty() == false) {
            map.put(FieldPair.Given.SOURCE.setting(), sourceFields);
        }
        return map;
    }

    @Override
    public Set<String> attributeFields() {
        return FieldPair.fieldsOf(pairs());
    }

    /** Every pair a model of these settings learns: the built-in ones, then one per user field, then one per source field. */
    List<LoginPair> pairs() {
        List<LoginPair> pairs = new ArrayList<>(List.of(RarityPair.values()));
        userFields.forEach(field -> pairs.add(new FieldPair(FieldPair.Given.USER, field)));
        sourceFields.forEach(field -> pairs.add(new FieldPair(FieldPair.Given.SOURCE, field)));
        return pairs;
    }

    /** Counts are learned over the whole window at every run: there is nothing to build on. */
    @Override
    public KindTrainer trainer(LoginScorer inUse) {
        return new RarityTrainer(this);
    }
}
