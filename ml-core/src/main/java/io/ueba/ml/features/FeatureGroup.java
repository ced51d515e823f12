package io.ueba.ml.features;

/**
 * A named run of positions in a login's feature vector: the unit that explanations speak of ("unusual hour").
 *
 * @param name  stable identifier, e.g. {@code first_user_source}
 * @param from  first position, inclusive
 * @param to    last position, exclusive
 */
public record FeatureGroup(String name, int from, int to) {

    public int width() {
        return to - from;
    }
}
