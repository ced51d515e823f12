package io.ueba.ml.model;

import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.threshold.Threshold;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A kind that exists only in the tests, to show that a kind is its own classes and nothing more: it learns how often
 * logins come in each hour of the day, and scores a login by the surprisal of its hour, -log p(hour), over a
 * threshold the job sets.
 */
final class HourRarityKind implements ModelKind {

    static final String NAME = "hour_rarity";

    record Settings(double threshold) implements KindSettings {

        @Override
        public String kind() {
            return NAME;
        }

        @Override
        public Map<String, Object> asMap() {
            return Map.of("type", NAME, "threshold", threshold);
        }

        @Override
        public KindTrainer trainer(LoginScorer inUse) {
            return new Trainer(threshold);
        }
    }

    record Scorer(String version, long[] counts, Threshold threshold) implements LoginScorer {

        @Override
        public String kind() {
            return NAME;
        }

        @Override
        public KindScore score(LoginFeatures features) {
            int hour = (int) features.time().hourOfDay();
            long total = 0;
            for (long count : counts) {
                total += count;
            }
            double surprisal = -Math.log((counts[hour] + 1.0) / (total + counts.length));
            double score = threshold.score(surprisal);
            return new KindScore(NAME, score, score >= 1 ? List.of("logins are rare at " + hour + " o'clock") : List.of());
        }

        @Override
        public void write(DataOutput out) throws IOException {
            for (long count : counts) {
                out.writeLong(count);
            }
        }
    }

    private static final class Trainer implements KindTrainer {
        private final double threshold;
        private final long[] counts = new long[24];

        Trainer(double threshold) {
            this.threshold = threshold;
        }

        @Override
        public void offer(LoginEvent login, LoginFeatures features, boolean learned) {
            counts[(int) features.time().hourOfDay()]++;
        }

        @Override
        public KindTraining train(TrainingContext context) {
            long rows = 0;
            for (long count : counts) {
                rows += count;
            }
            return new KindTraining(new Scorer(context.version(), counts.clone(), new Threshold("fixed", threshold)), (int) rows, 0, null, 0);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public KindSettings settings(SettingsFields given) {
        double threshold = given.number("threshold", 4.0);
        if (threshold <= 0) {
            throw given.refuse("threshold", "must be positive, got [" + threshold + "]");
        }
        return new Settings(threshold);
    }

    @Override
    public int format() {
        return 1;
    }

    @Override
    public String schema() {
        return "hour-of-day[24]";
    }

    @Override
    public LoginScorer read(String version, Threshold threshold, DataInput in) throws IOException {
        long[] counts = new long[24];
        for (int hour = 0; hour < counts.length; hour++) {
            counts[hour] = in.readLong();
        }
        return new Scorer(version, counts, threshold);
    }
}
