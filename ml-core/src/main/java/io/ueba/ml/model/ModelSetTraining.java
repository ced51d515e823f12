package io.ueba.ml.model;

import java.util.List;

/**
 * What {@link ModelSetTrainer#train} made: the kinds that trained, and those whose training failed, each in the order
 * the kinds were given. Some kind trained whenever one failed: {@link ModelSetTrainer#train} throws when none did.
 */
public record ModelSetTraining(List<KindTraining> trained, List<KindFailure> failed) {

    public ModelSetTraining {
        trained = List.copyOf(trained);
        failed = List.copyOf(failed);
    }

    /**
     * What every kind trained, for a caller that measures the kinds it asked for and cannot do with fewer (an
     * evaluation, a benchmark).
     *
     * @throws KindsFailedException when a kind failed
     */
    public List<KindTraining> everyKind() {
        if (failed.isEmpty() == false) {
            throw new KindsFailedException("not every model kind trained", failed);
        }
        return trained;
    }
}
