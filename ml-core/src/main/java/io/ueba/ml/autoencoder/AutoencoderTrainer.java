package io.ueba.ml.autoencoder;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains an autoencoder on login vectors: dimension -> hidden -> bottleneck -> hidden -> dimension, ReLU between,
 * mean squared reconstruction error. Each optimizer step runs in its own NDManager so native memory stays flat
 * whatever the number of rows.
 */
public final class AutoencoderTrainer {

    /** What training did, epoch by epoch. */
    public record Report(List<Float> epochLosses, long rows, long nanos) {

        public double rowsPerSecond() {
            return rows * epochLosses.size() / (nanos / 1e9);
        }
    }

    static final int MIN_STEPS = 1000;
    static final int MAX_EPOCHS = 200;

    /** Told after each epoch, e.g. to show a run's progress. */
    @FunctionalInterface
    public interface EpochListener {
        void epochDone(int epoch, int epochs, float loss);
    }

    private Report lastReport;
    private EpochListener epochListener = (epoch, epochs, loss) -> {};

    /** Calls the listener after each epoch of the following trainings; returns this trainer. */
    public AutoencoderTrainer onEpoch(EpochListener listener) {
        this.epochListener = listener;
        return this;
    }

    /** Trains a new model on the device; the caller owns (and closes) the returned model. */
    public TrainedAutoencoder train(float[][] rows, AutoencoderConfig config, Device device) {
        return train(rows, config, device, null);
    }

    /**
     * Trains a model that starts from the weights of an earlier one of the same shape ({@link DenseAutoencoder#fits}),
     * so a scheduled run learns the logins since the last run without starting over; null starts from random weights.
     */
    public TrainedAutoencoder train(float[][] rows, AutoencoderConfig config, Device device, DenseAutoencoder warmStart) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows to train on");
        }
        int dimension = rows[0].length;
        Engine.getEngine("PyTorch").setRandomSeed((int) config.seed());
        Model model = Model.newInstance("login-autoencoder", device, "PyTorch");
        model.setBlock(block(dimension, config));
        if (warmStart != null) {
            model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, dimension));
            warmStart.copyInto(model.getBlock());
        }
        DefaultTrainingConfig training = new DefaultTrainingConfig(Loss.l2Loss())
            .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(config.learningRate())).build())
            .optDevices(new Device[] { device });
        List<Float> losses = new ArrayList<>();
        long start = System.nanoTime();
        try (Trainer trainer = model.newTrainer(training)) {
            trainer.initialize(new Shape(config.batchSize(), dimension));
            Random shuffle = new Random(config.seed());
            int[] order = identity(rows.length);
            int epochs = epochsFor(rows.length, config);
            for (int epoch = 0; epoch < epochs; epoch++) {
                shuffle(order, shuffle);
                double lossSum = 0;
                int batches = 0;
                for (int from = 0; from < rows.length; from += config.batchSize()) {
                    lossSum += step(trainer, batch(rows, order, from, config.batchSize()));
                    batches++;
                }
                losses.add((float) (lossSum / batches));
                epochListener.epochDone(epoch + 1, epochs, losses.getLast());
            }
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
        lastReport = new Report(List.copyOf(losses), rows.length, System.nanoTime() - start);
        return new TrainedAutoencoder(model, dimension);
    }

    /**
     * The configured epochs, or more for a small training set: a few thousand logins in batches of 256 are a few
     * dozen optimizer steps an epoch, too few to learn anything. Capped so a tiny set does not train for ever.
     */
    static int epochsFor(int rows, AutoencoderConfig config) {
        int stepsPerEpoch = (rows + config.batchSize() - 1) / config.batchSize();
        int forMinimumSteps = (MIN_STEPS + stepsPerEpoch - 1) / stepsPerEpoch;
        return Math.max(config.epochs(), Math.min(MAX_EPOCHS, forMinimumSteps));
    }

    public Report lastReport() {
        return lastReport;
    }

    static Block block(int dimension, AutoencoderConfig config) {
        return new SequentialBlock()
            .add(Linear.builder().setUnits(config.hidden()).build())
            .add(Activation::relu)
            .add(Linear.builder().setUnits(config.bottleneck()).build())
            .add(Activation::relu)
            .add(Linear.builder().setUnits(config.hidden()).build())
            .add(Activation::relu)
            .add(Linear.builder().setUnits(dimension).build());
    }

    private static float step(Trainer trainer, float[][] batch) {
        try (NDManager step = trainer.getManager().newSubManager()) {
            NDArray input = step.create(batch);
            float loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray output = trainer.forward(new NDList(input)).singletonOrThrow();
                NDArray error = output.sub(input).square().mean();
                collector.backward(error);
                loss = error.getFloat();
            }
            trainer.step();
            return loss;
        }
    }

    private static float[][] batch(float[][] rows, int[] order, int from, int size) {
        int to = Math.min(rows.length, from + size);
        float[][] batch = new float[to - from][];
        for (int i = from; i < to; i++) {
            batch[i - from] = rows[order[i]];
        }
        return batch;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
