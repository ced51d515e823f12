package io.ueba.ml.autoencoder;

import io.ueba.ml.model.KindSettings;
import io.ueba.ml.model.KindTrainer;
import io.ueba.ml.model.LoginScorer;
import io.ueba.ml.model.SettingsFields;
import io.ueba.ml.threshold.ThresholdRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job's settings for the autoencoder: its shape and training, how its threshold is calibrated, and how a run
 * updates the one in use. Every field has a default.
 *
 * @param epochs            passes over the rows when a run trains from scratch
 * @param updateEpochs      passes when a run warm-starts from the model in use ({@code incremental})
 * @param thresholdMethod   {@value #QUANTILE} (the default) or {@value #MEAN_STD}: how the threshold is calibrated on
 *                          the training logins' errors
 * @param thresholdQuantile for {@value #QUANTILE}, the share of training logins scored below the suspicious threshold
 * @param thresholdStdK     for {@value #MEAN_STD}, the threshold is the errors' mean plus this many standard deviations
 * @param incremental       whether a run with a model in use learns the logins since that model's run, plus a replay
 *                          sample of older ones, starting from its weights; false retrains on the whole window
 * @param replayRows        at most this many older logins replayed in an incremental run, so it does not forget them
 * @param maxRows           at most this many logins (a uniform sample) are trained on, so memory is bounded
 */
public record AutoencoderSettings(
    int hidden,
    int bottleneck,
    int epochs,
    int updateEpochs,
    int batchSize,
    double learningRate,
    long seed,
    String thresholdMethod,
    double thresholdQuantile,
    double thresholdStdK,
    boolean incremental,
    int replayRows,
    int maxRows
) implements KindSettings {

    public static final String QUANTILE = "quantile";
    public static final String MEAN_STD = "mean_std";
    private static final AutoencoderConfig CONFIG_DEFAULTS = AutoencoderConfig.defaults();
    public static final AutoencoderSettings DEFAULTS = new AutoencoderSettings(CONFIG_DEFAULTS.hidden(), CONFIG_DEFAULTS.bottleneck(),
        CONFIG_DEFAULTS.epochs(), 3, CONFIG_DEFAULTS.batchSize(), Double.parseDouble(Float.toString(CONFIG_DEFAULTS.learningRate())),
        CONFIG_DEFAULTS.seed(), QUANTILE, 0.99, 3, true, 50_000, 200_000);

    /** Reads what a job gave, defaults for the rest; a wrong value is refused naming its field. */
    static AutoencoderSettings read(SettingsFields given) {
        AutoencoderSettings d = DEFAULTS;
        int hidden = given.integer("hidden", d.hidden, 1, 4096);
        AutoencoderSettings settings = new AutoencoderSettings(
            hidden,
            given.integer("bottleneck", d.bottleneck, 1, 4096),
            given.integer("epochs", d.epochs, 1, 1000),
            given.integer("update_epochs", d.updateEpochs, 1, 1000),
            given.integer("batch_size", d.batchSize, 1, 65_536),
            given.number("learning_rate", d.learningRate),
            given.longInteger("seed", d.seed),
            given.choice("threshold_method", d.thresholdMethod, List.of(QUANTILE, MEAN_STD)),
            given.number("threshold_quantile", d.thresholdQuantile),
            given.number("threshold_std_k", d.thresholdStdK),
            given.bool("incremental", d.incremental),
            given.integer("replay_rows", d.replayRows, 0, 1_000_000),
            given.integer("max_rows", d.maxRows, 100, 1_000_000)
        );
        if (settings.bottleneck > hidden) {
            throw given.refuse("bottleneck", "must be at most [hidden] (" + hidden + "), got [" + settings.bottleneck + "]");
        }
        if ((settings.learningRate > 0 && settings.learningRate <= 1) == false) {
            throw given.refuse("learning_rate", "must be in (0, 1], got [" + settings.learningRate + "]");
        }
        if ((settings.thresholdQuantile >= 0.5 && settings.thresholdQuantile < 1) == false) {
            throw given.refuse("threshold_quantile", "must be in [0.5, 1), got [" + settings.thresholdQuantile + "]");
        }
        if ((settings.thresholdStdK > 0 && settings.thresholdStdK <= 100) == false) {
            throw given.refuse("threshold_std_k", "must be in (0, 100], got [" + settings.thresholdStdK + "]");
        }
        return settings;
    }

    @Override
    public String kind() {
        return AutoencoderKind.NAME;
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", AutoencoderKind.NAME);
        map.put("hidden", hidden);
        map.put("bottleneck", bottleneck);
        map.put("epochs", epochs);
        map.put("update_epochs", updateEpochs);
        map.put("batch_size", batchSize);
        map.put("learning_rate", learningRate);
        map.put("seed", seed);
        map.put("threshold_method", thresholdMethod);
        map.put("threshold_quantile", thresholdQuantile);
        map.put("threshold_std_k", thresholdStdK);
        map.put("incremental", incremental);
        map.put("replay_rows", replayRows);
        map.put("max_rows", maxRows);
        return map;
    }

    @Override
    public KindTrainer trainer(LoginScorer inUse) {
        return new AutoencoderRunTrainer(this, inUse instanceof AutoencoderScorer scorer ? scorer : null);
    }

    /** The autoencoder a run trains: from scratch, or warm-started for {@code updateEpochs}. */
    public AutoencoderConfig config(boolean warmStarted) {
        return new AutoencoderConfig(hidden, bottleneck, warmStarted ? updateEpochs : epochs, batchSize, (float) learningRate, seed);
    }

    /** How a run calibrates the threshold of the model it trains. */
    public ThresholdRule thresholdRule() {
        return MEAN_STD.equals(thresholdMethod) ? new ThresholdRule.MeanPlusStd(thresholdStdK) : new ThresholdRule.Quantile(thresholdQuantile);
    }
}
