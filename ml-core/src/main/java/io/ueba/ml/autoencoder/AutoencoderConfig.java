package io.ueba.ml.autoencoder;

/**
 * The shape of the autoencoder and how it is trained.
 *
 * @param hidden        width of the layers around the bottleneck
 * @param bottleneck    width of the code a login is squeezed through
 * @param epochs        passes over the training rows
 * @param batchSize     rows per optimizer step
 * @param learningRate  Adam's learning rate
 * @param seed          weight initialization and shuffling
 */
public record AutoencoderConfig(int hidden, int bottleneck, int epochs, int batchSize, float learningRate, long seed) {

    public AutoencoderConfig {
        positive("hidden", hidden);
        positive("bottleneck", bottleneck);
        positive("epochs", epochs);
        positive("batch_size", batchSize);
        if (learningRate <= 0 || Float.isFinite(learningRate) == false) {
            throw new IllegalArgumentException("[learning_rate] must be a positive number, got [" + learningRate + "]");
        }
    }

    public static AutoencoderConfig defaults() {
        return new AutoencoderConfig(32, 8, 10, 256, 0.005f, 42);
    }

    public AutoencoderConfig withEpochs(int newEpochs) {
        return new AutoencoderConfig(hidden, bottleneck, newEpochs, batchSize, learningRate, seed);
    }

    public AutoencoderConfig withSeed(long newSeed) {
        return new AutoencoderConfig(hidden, bottleneck, epochs, batchSize, learningRate, newSeed);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("[" + name + "] must be at least 1, got [" + value + "]");
        }
    }
}
