package io.ueba.action;

import io.ueba.ml.autoencoder.AutoencoderConfig;
import io.ueba.ml.model.ScorerTraining;
import io.ueba.ml.threshold.ThresholdRule;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.common.io.stream.Writeable;
import org.opensearch.core.xcontent.ToXContentObject;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;

import java.io.IOException;

/**
 * The {@code model} of a training job: the autoencoder's shape and training, how its threshold is calibrated, and
 * how a run updates the model in use. Every field has a default; a wrong one is refused naming {@code model.<field>}.
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
public record ModelSettings(
    String type,
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
) implements Writeable, ToXContentObject {

    public static final String AUTOENCODER = "autoencoder";
    public static final String QUANTILE = "quantile";
    public static final String MEAN_STD = "mean_std";
    private static final AutoencoderConfig AUTOENCODER_DEFAULTS = AutoencoderConfig.defaults();
    public static final ModelSettings DEFAULTS = new ModelSettings(AUTOENCODER, AUTOENCODER_DEFAULTS.hidden(), AUTOENCODER_DEFAULTS.bottleneck(),
        AUTOENCODER_DEFAULTS.epochs(), 3, AUTOENCODER_DEFAULTS.batchSize(),
        Double.parseDouble(Float.toString(AUTOENCODER_DEFAULTS.learningRate())), AUTOENCODER_DEFAULTS.seed(),
        QUANTILE, ScorerTraining.DEFAULT_THRESHOLD_QUANTILE, 3, true, 50_000, ScorerTraining.DEFAULT_MAX_ROWS);

    public ModelSettings {
        if (AUTOENCODER.equals(type) == false) {
            throw new IllegalArgumentException("[model.type] must be [" + AUTOENCODER + "], got [" + type + "]");
        }
        within("hidden", hidden, 1, 4096);
        within("bottleneck", bottleneck, 1, hidden);
        within("epochs", epochs, 1, 1000);
        within("update_epochs", updateEpochs, 1, 1000);
        within("batch_size", batchSize, 1, 65_536);
        if ((learningRate > 0 && learningRate <= 1) == false) {
            throw new IllegalArgumentException("[model.learning_rate] must be in (0, 1], got [" + learningRate + "]");
        }
        if (QUANTILE.equals(thresholdMethod) == false && MEAN_STD.equals(thresholdMethod) == false) {
            throw new IllegalArgumentException("[model.threshold_method] must be [" + QUANTILE + "] or [" + MEAN_STD + "], got [" + thresholdMethod + "]");
        }
        if ((thresholdQuantile >= 0.5 && thresholdQuantile < 1) == false) {
            throw new IllegalArgumentException("[model.threshold_quantile] must be in [0.5, 1), got [" + thresholdQuantile + "]");
        }
        if ((thresholdStdK > 0 && thresholdStdK <= 100) == false) {
            throw new IllegalArgumentException("[model.threshold_std_k] must be in (0, 100], got [" + thresholdStdK + "]");
        }
        within("replay_rows", replayRows, 0, 1_000_000);
        within("max_rows", maxRows, 1000, 1_000_000);
    }

    public ModelSettings(StreamInput in) throws IOException {
        this(in.readString(), in.readVInt(), in.readVInt(), in.readVInt(), in.readVInt(), in.readVInt(), in.readDouble(), in.readLong(),
            in.readString(), in.readDouble(), in.readDouble(), in.readBoolean(), in.readVInt(), in.readVInt());
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(type);
        out.writeVInt(hidden);
        out.writeVInt(bottleneck);
        out.writeVInt(epochs);
        out.writeVInt(updateEpochs);
        out.writeVInt(batchSize);
        out.writeDouble(learningRate);
        out.writeLong(seed);
        out.writeString(thresholdMethod);
        out.writeDouble(thresholdQuantile);
        out.writeDouble(thresholdStdK);
        out.writeBoolean(incremental);
        out.writeVInt(replayRows);
        out.writeVInt(maxRows);
    }

    /** The autoencoder a run trains: from scratch, or warm-started for {@code updateEpochs}. */
    public AutoencoderConfig autoencoder(boolean warmStarted) {
        return new AutoencoderConfig(hidden, bottleneck, warmStarted ? updateEpochs : epochs, batchSize, (float) learningRate, seed);
    }

    /** How a run calibrates the threshold of the model it trains. */
    public ThresholdRule thresholdRule() {
        return MEAN_STD.equals(thresholdMethod) ? new ThresholdRule.MeanPlusStd(thresholdStdK) : new ThresholdRule.Quantile(thresholdQuantile);
    }

    /** Reads the object the parser is on, defaults for what is missing. */
    public static ModelSettings parse(XContentParser parser) throws IOException {
        Builder b = new Builder(DEFAULTS);
        ObjectFields.read(parser, "model", (name, path) -> {
            switch (name) {
                case "type" -> b.type = ObjectFields.text(parser, path);
                case "hidden" -> b.hidden = ObjectFields.integer(parser, path);
                case "bottleneck" -> b.bottleneck = ObjectFields.integer(parser, path);
                case "epochs" -> b.epochs = ObjectFields.integer(parser, path);
                case "update_epochs" -> b.updateEpochs = ObjectFields.integer(parser, path);
                case "batch_size" -> b.batchSize = ObjectFields.integer(parser, path);
                case "learning_rate" -> b.learningRate = ObjectFields.number(parser, path);
                case "seed" -> b.seed = (long) ObjectFields.number(parser, path);
                case "threshold_method" -> b.thresholdMethod = ObjectFields.text(parser, path);
                case "threshold_quantile" -> b.thresholdQuantile = ObjectFields.number(parser, path);
                case "threshold_std_k" -> b.thresholdStdK = ObjectFields.number(parser, path);
                case "incremental" -> b.incremental = ObjectFields.bool(parser, path);
                case "replay_rows" -> b.replayRows = ObjectFields.integer(parser, path);
                case "max_rows" -> b.maxRows = ObjectFields.integer(parser, path);
                default -> {
                    return false;
                }
            }
            return true;
        });
        return b.build();
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.startObject()
            .field("type", type)
            .field("hidden", hidden)
            .field("bottleneck", bottleneck)
            .field("epochs", epochs)
            .field("update_epochs", updateEpochs)
            .field("batch_size", batchSize)
            .field("learning_rate", learningRate)
            .field("seed", seed)
            .field("threshold_method", thresholdMethod)
            .field("threshold_quantile", thresholdQuantile)
            .field("threshold_std_k", thresholdStdK)
            .field("incremental", incremental)
            .field("replay_rows", replayRows)
            .field("max_rows", maxRows)
            .endObject();
    }

    private static void within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("[model." + field + "] must be in [" + min + ", " + max + "], got [" + value + "]");
        }
    }

    /** The fields of a settings object being read, starting from the defaults. */
    private static final class Builder {
        String type;
        int hidden;
        int bottleneck;
        int epochs;
        int updateEpochs;
        int batchSize;
        double learningRate;
        long seed;
        String thresholdMethod;
        double thresholdQuantile;
        double thresholdStdK;
        boolean incremental;
        int replayRows;
        int maxRows;

        Builder(ModelSettings from) {
            type = from.type;
            hidden = from.hidden;
            bottleneck = from.bottleneck;
            epochs = from.epochs;
            updateEpochs = from.updateEpochs;
            batchSize = from.batchSize;
            learningRate = from.learningRate;
            seed = from.seed;
            thresholdMethod = from.thresholdMethod;
            thresholdQuantile = from.thresholdQuantile;
            thresholdStdK = from.thresholdStdK;
            incremental = from.incremental;
            replayRows = from.replayRows;
            maxRows = from.maxRows;
        }

        ModelSettings build() {
            return new ModelSettings(type, hidden, bottleneck, epochs, updateEpochs, batchSize, learningRate, seed, thresholdMethod,
                thresholdQuantile, thresholdStdK, incremental, replayRows, maxRows);
        }
    }
}
