package io.ueba.ml.threshold;

/** How a run calibrates its threshold on the training logins' errors. */
public sealed interface ThresholdRule {

    Threshold calibrate(float[] trainingErrors);

    /** The q-quantile: a share q of the training logins score below the threshold. The default. */
    record Quantile(double q) implements ThresholdRule {

        @Override
        public Threshold calibrate(float[] trainingErrors) {
            return Threshold.quantile(trainingErrors, q);
        }
    }

    /** Mean plus k standard deviations, as the seed notebooks set theirs. */
    record MeanPlusStd(double k) implements ThresholdRule {

        public MeanPlusStd {
            if ((k > 0 && Double.isFinite(k)) == false) {
                throw new IllegalArgumentException("a threshold's number of standard deviations must be positive, got [" + k + "]");
            }
        }

        @Override
        public Threshold calibrate(float[] trainingErrors) {
            return Threshold.meanPlusStd(trainingErrors, k);
        }
    }
}
